import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { portId, portPart } from '../../../core/export/labels.js';
import { EntityStore } from '../../../db/store.js';
import { buildFixture, PANEL_LABELS } from './fixture.js';
import { runFormat } from './run-format.js';

const f = buildFixture();
const n = f.cables;

test('TIA-606 port ids: cabinet grid location, 2-digit U, port; bare numbers padded', () => {
  assert.equal(portId('AJ05', 35, '4'), 'AJ05-35:04');
  assert.equal(portId('AD02', 3, 'osfp1/2'), 'AD02-03:OSFP1/2');
  assert.equal(portPart('12'), '12');
});

test('labels CSV: two rows per cable (A and B end), each naming this end then the other; then the panel and its ports', async () => {
  const { out } = await runFormat(f, 'labels-csv');
  const all: Record<string, string>[] = parse(readFileSync(out), { columns: true });
  const rows = all.filter((r) => r['kind'] === 'cable');
  assert.equal(rows.length, 2 * n);
  // the spine rack's panel (no trunk on it): one label, then one per front port in natural order
  const panel = all.filter((r) => r['kind'] === 'panel' || r['kind'] === 'panel-port');
  assert.equal(all.length, 2 * n + PANEL_LABELS);
  assert.deepEqual(panel.map((r) => r['port']), ['', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
  // the spine rack stands on tile C14 (column 2 = C, row 3 + 5 x 2 + 1 = 14); the panel is at U10
  assert.deepEqual([panel[0]!['this end'], panel[1]!['this end'], panel[12]!['this end']], ['C14-10', 'C14-10:01', 'C14-10:12']);
  assert.deepEqual(rows.slice(0, 2).map((r) => r['end']), ['A', 'B']);
  const [a, b] = rows;
  // Cable 1 runs from server c04-gpu1 (U1) port osfp1 to the leaf (U40) port swp1 in rack C04,
  // whose front-left corner is on tile column 2 (C), row 3 (04).
  assert.equal(a!['this end'], 'C04-01:OSFP1');
  assert.equal(a!['other end'], 'C04-40:SWP1');
  assert.equal(a!['text'], 'C04-01:OSFP1 / C04-40:SWP1');
  assert.equal(b!['this end'], a!['other end']);
  assert.equal(b!['other end'], a!['this end']);
});

test('the cabinet id comes from the grid location, not the rack name', async () => {
  const store = new EntityStore(f.db);
  const rack = store.all('rack').find((r) => r.name === 'C04')!;
  store.update('rack', rack.id, { name: 'GPU-POD-1', nameAuto: false }, null);
  try {
    const { out } = await runFormat(f, 'labels-csv', {}, 'renamed.csv');
    const rows: Record<string, string>[] = parse(readFileSync(out), { columns: true });
    assert.equal(rows[0]!['rack'], 'GPU-POD-1');
    assert.equal(rows[0]!['this end'], 'C04-01:OSFP1');
  } finally {
    store.update('rack', rack.id, { name: 'C04', nameAuto: true }, null);
  }
});

test('labels PDF, default wrap-around 1 x 1.5 in on Letter: 36 per page, ceil(2n / 36) pages', async () => {
  // Across: floor((8.5 in - 2 x 0.5 in margin + 0.125 in gap) / (1 in + 0.125 in)) = floor(6.78) = 6
  // Down:   floor((11 in - 2 x 0.5 in + 0.125 in) / (1.5 in + 0.125 in)) = floor(6.23) = 6
  const perPage = 6 * 6;
  const { out } = await runFormat(f, 'labels-pdf');
  const pdf = await PDFDocument.load(readFileSync(out));
  assert.equal(pdf.getPageCount(), Math.ceil((2 * n + PANEL_LABELS) / perPage));
  const { width, height } = pdf.getPage(0).getSize();
  assert.deepEqual([width, height], [8.5 * 72, 11 * 72]);
});

test('labels PDF on A4 70 x 37 mm sheets: 3 x 8 = 24 per page', async () => {
  // floor(210 / 70) = 3 across, floor(297 / 37) = 8 down, no margins or gaps
  const { out } = await runFormat(f, 'labels-pdf', { labelSize: 'a4-70x37mm' }, 'a4.pdf');
  const pdf = await PDFDocument.load(readFileSync(out));
  assert.equal(pdf.getPageCount(), Math.ceil((2 * n + PANEL_LABELS) / 24));
});

test('a custom label size and an unknown one', async () => {
  // 2 x 1 in on Letter: floor((7.5 + 0.125) / 2.125) = 3 across, floor((10 + 0.125) / 1.125) = 9 down
  const { out } = await runFormat(f, 'labels-pdf', { labelSize: '2x1in' }, 'custom.pdf');
  const pdf = await PDFDocument.load(readFileSync(out));
  assert.equal(pdf.getPageCount(), Math.ceil((2 * n + PANEL_LABELS) / 27));
  await assert.rejects(runFormat(f, 'labels-pdf', { labelSize: 'huge' }, 'x.pdf'), /options\.labelSize: unknown label size "huge"/);
});
