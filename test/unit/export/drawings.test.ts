import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { columnLetters } from '../../../core/geometry/grid.js';
import { chooseScale, clipSegment } from '../../../core/export/floorplan.js';
import { loadSnapshot } from '../../../db/snapshot.js';
import { applyEdit } from '../../../db/edits.js';
import { buildFixture } from './fixture.js';
import { runFormat } from './run-format.js';

const f = buildFixture();
const snap = loadSnapshot(f.db);
const A3 = { w: 1190.55, h: 841.89 }; // landscape, points
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

test('floor plan SVG: every rack by name, grid letters and numbers, trays, scale and title block', async () => {
  const { out } = await runFormat(f, 'floorplan-svg', { revision: 'R7' });
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, /^<\?xml[^]*<svg [^>]*viewBox="0 0 1190.55 841.89"/);
  const t = texts(svg);
  for (const r of snap.racks) assert.ok(t.includes(r.name), `rack ${r.name}`);
  // The hall is 30 m x 20 m on 600 mm tiles: columns A..AX (50), rows 01..33 (20000 / 600 = 33.3).
  const cols = Math.round(30000 / 600);
  assert.ok(t.includes('A') && t.includes(columnLetters(cols - 1)) && t.includes('AX'));
  assert.ok(t.includes('01') && t.includes('33'));
  assert.ok(t.includes('TR-MAIN') && t.includes('TR-SPINE'));
  assert.ok(t.includes('Hall Test (30 x 20 m)') && t.includes('2026-11-30') && t.includes('R7'));
  // 30 m must fit the drawing area (about 1070 pt wide): 30000 mm x 2.835 pt/mm / 1070 pt = 1:79 -> 1:100.
  assert.ok(t.includes('1:100 (A3)'));
});

test('floor plan: an in-row CDU on the floor is drawn and named, with its legend entry; one with no place is not', async () => {
  const g = buildFixture();
  const hallId = loadSnapshot(g.db).halls[0]!.id;
  applyEdit(g.db, {
    label: 'CDUs',
    ops: [
      { op: 'create', kind: 'cdu', value: { hallId, name: 'CDU-FLOOR', placement: 'in-row', capacityW: 2_000_000, xMm: 27_375, yMm: 18_000 } },
      { op: 'create', kind: 'cdu', value: { hallId, name: 'CDU-NOWHERE', placement: 'in-row', capacityW: 2_000_000 } },
    ],
  });
  const t = texts(readFileSync((await runFormat(g, 'floorplan-svg', {}, 'cdu.svg')).out, 'utf8'));
  assert.ok(t.includes('CDU-FLOOR'));
  assert.ok(!t.includes('CDU-NOWHERE'));
  assert.ok(t.includes('in-row CDU (coolant distribution unit)'));
  // the fixture's own hall has none: no legend entry
  assert.ok(!texts(readFileSync((await runFormat(f, 'floorplan-svg', {}, 'plain.svg')).out, 'utf8')).includes('in-row CDU (coolant distribution unit)'));
});

test('floor plan of a selection zooms to those racks and greys the others', async () => {
  const { out } = await runFormat(f, 'floorplan-svg', { racks: ['C04'] }, 'sel.svg');
  const svg = readFileSync(out, 'utf8');
  const t = texts(svg);
  assert.ok(t.includes('Floor plan, 1 of 7 racks'));
  // C04 sits on columns C (front-left tile) and row 04-05: the view spans two tiles around it
  // (A..E, 02..07), so column AX is not drawn and the neighbour D04 is (grey).
  assert.ok(!t.includes('AX'));
  assert.ok(t.includes('D04'));
  assert.match(svg, /fill="#f0f0f0"/);
  // A much smaller extent: the scale is larger than the whole hall's 1:100.
  const scale = Number(/1:(\d+) \(A3\)/.exec(t.join('|'))![1]);
  assert.ok(scale < 100, `scale 1:${scale}`);
});

test('floor plan PNG decodes at A3 150 dpi', async () => {
  const { out } = await runFormat(f, 'floorplan-png');
  const png = readFileSync(out);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.equal(width, Math.round((A3.w / 72) * 150));
  assert.equal(height, Math.round((A3.h / 72) * 150));
  // Concatenate the IDAT chunks and inflate them: one filter byte plus width x 4 (RGBA) per line.
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const len = png.readUInt32BE(o);
    if (png.toString('latin1', o + 4, o + 8) === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const bitDepth = png[24];
  const colorType = png[25];
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : colorType === 4 ? 2 : 1;
  assert.equal(bitDepth, 8);
  assert.equal(inflateSync(Buffer.concat(idat)).length, height * (1 + width * channels));
});

test('floor plan PDF: one A3 landscape page per hall; elevations: one A4 page per rack', async () => {
  const plan = await PDFDocument.load(readFileSync((await runFormat(f, 'floorplan-pdf')).out));
  assert.equal(plan.getPageCount(), snap.halls.length);
  const { width, height } = plan.getPage(0).getSize();
  assert.deepEqual([Math.round(width), Math.round(height)], [Math.round(A3.w), Math.round(A3.h)]);
  const elev = await PDFDocument.load(readFileSync((await runFormat(f, 'elevations-pdf')).out));
  assert.equal(elev.getPageCount(), f.racks);
  assert.deepEqual(elev.getPage(0).getSize(), { width: 595.28, height: 841.89 });
  const two = await PDFDocument.load(readFileSync((await runFormat(f, 'elevations-pdf', { racks: ['C04', 'D09'] }, 'two.pdf')).out));
  assert.equal(two.getPageCount(), 2);
});

test('scale and clipping helpers', () => {
  // 60 m across 1000 pt: 60000 x (72 / 25.4) / 1000 = 170 -> the next standard scale, 1:200
  assert.equal(chooseScale(60000, 1000, 1000, 1000), 200);
  assert.deepEqual(clipSegment(-10, 5, 20, 5, { x0: 0, y0: 0, x1: 10, y1: 10 }), [0, 5, 10, 5]);
  assert.equal(clipSegment(-10, 20, 20, 20, { x0: 0, y0: 0, x1: 10, y1: 10 }), null);
});
