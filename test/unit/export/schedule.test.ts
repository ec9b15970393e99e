import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { loadSnapshot } from '../../../db/snapshot.js';
import { buildFixture, SMALL } from './fixture.js';
import { runFormat } from './run-format.js';

const f = buildFixture();
const snap = loadSnapshot(f.db);
const EXPECTED_HEADERS = [
  'cable id', 'label',
  'A hall', 'A row', 'A rack', 'A U', 'A device', 'A port', 'A port id',
  'B hall', 'B row', 'B rack', 'B U', 'B device', 'B port', 'B port id',
  'media kind', 'media id', 'optic A', 'optic B', 'fibre type', 'routed length (m)', 'ordered length (m)', 'route', 'status',
];

test('fixture: 2 rows x 3 racks x 2 servers x 2 ports to the leaf, plus one fibre per leaf to the spine', () => {
  // 2*3*2*2 = 24 server cables + 2*3 = 6 spine cables
  assert.equal(f.cables, 24 + 6);
  assert.equal(snap.cables.length, f.cables);
});

test('cable schedule CSV: one row per cable with both ends, media, lengths and route; unrouted cables have empty lengths', async () => {
  const { out, progress } = await runFormat(f, 'cable-schedule-csv');
  const rows: Record<string, string>[] = parse(readFileSync(out), { columns: true });
  const header = Object.keys(rows[0]!);
  assert.deepEqual(header, EXPECTED_HEADERS);
  assert.equal(rows.length, snap.cables.length);
  assert.deepEqual(progress.at(-1), { phase: 'cables', done: f.cables, total: f.cables });

  const byLabel = new Map(rows.map((r) => [r['label'], r]));
  for (const c of snap.cables) {
    const r = byLabel.get(c.label)!;
    assert.ok(r, `cable ${c.label} missing`);
    assert.equal(r['routed length (m)'], c.routedMm === null ? '' : String(c.routedMm / 1000), c.label);
    assert.equal(r['ordered length (m)'], c.orderedMm === null ? '' : String(c.orderedMm / 1000), c.label);
    assert.equal(r['media id'], c.mediaId ?? '');
    assert.equal(r['status'], c.status);
  }
  // The first spine cable: leaf port swp64 at U40 of rack C04 to spine1 (U20) in C14, via both trays.
  const spine = rows.find((r) => r['B device'] === 'spine1')!;
  assert.equal(spine['A rack'], 'C04');
  assert.equal(spine['A row'], 'Row A');
  assert.equal(spine['A port id'], 'C04-40:SWP64');
  assert.equal(spine['B port id'], 'C14-20:SWP1');
  assert.equal(spine['B row'], '');
  assert.equal(spine['optic A'], 'T-SR4');
  assert.equal(spine['fibre type'], 'OM4');
  assert.equal(spine['route'], 'TR-MAIN:0 > TR-SPINE:0');
  const unrouted = rows.filter((r) => r['routed length (m)'] === '');
  assert.equal(unrouted.length, snap.cables.filter((c) => c.routedMm === null).length);
  assert.ok(unrouted.length > 0, 'the fixture has unrouted cables');
  assert.ok(unrouted.every((r) => r['ordered length (m)'] === '' && r['route'] === ''));
});

test('cable schedule XLSX: summary plus one pull sheet per row, header frozen, filter on, columns sized', async () => {
  const { out } = await runFormat(f, 'cable-schedule-xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Summary', ...f.rows]);
  // Per row: racks x servers x ports server cables, plus each leaf's spine cable (A end = leaf).
  const perRow = SMALL.racksPerRow * SMALL.serversPerRack * SMALL.portsPerServer + SMALL.racksPerRow;
  for (const name of f.rows) {
    const ws = wb.getWorksheet(name)!;
    assert.equal(ws.rowCount - 1, perRow, name);
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), EXPECTED_HEADERS);
    assert.equal(ws.views[0]?.state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
    assert.ok(ws.autoFilter, `${name} has an autofilter`);
    assert.match(String((ws.autoFilter as unknown as string) ?? ''), /^A1:Y1$/);
    assert.ok(ws.columns.every((c) => (c.width ?? 0) >= 6), 'every column has a width');
    // Rows are in label order.
    const labels = ws.getColumn(2).values.slice(2) as string[];
    assert.deepEqual(labels, [...labels].sort());
  }
  const summary = wb.getWorksheet('Summary')!;
  const total = summary.getRow(f.rows.length + 2).values as unknown[];
  const routed = snap.cables.filter((c) => c.routedMm !== null);
  assert.equal(total[1], 'Total');
  assert.equal(total[2], f.cables);
  assert.equal(total[3], routed.length);
  assert.equal(total[4], f.cables - routed.length);
  assert.equal(total[5], routed.reduce((s, c) => s + c.routedMm!, 0) / 1000);
});

test('a failed export leaves no file behind', async () => {
  await assert.rejects(runFormat(f, 'floorplan-svg', { racks: ['NOPE'] }, 'bad.svg'), /options\.racks\[0\]: no rack named "NOPE"/);
  assert.ok(!readdirSync(f.dir).some((n) => n.includes('bad.svg')));
});
