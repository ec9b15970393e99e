import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { loadSnapshot } from '../../../db/snapshot.js';
import { buildFixture, MEDIA, SMALL } from './fixture.js';
import { runFormat } from './run-format.js';

const f = buildFixture();
const snap = loadSnapshot(f.db);
const media = new Map(MEDIA.map((m) => [m.id, m]));

test('BOM CSV: cables by media and stock length with counts and costs, transceivers per end, devices by type, totals', async () => {
  const { out } = await runFormat(f, 'bom-csv');
  const rows: Record<string, string>[] = parse(readFileSync(out), { columns: true });
  const cableRows = rows.filter((r) => r['section'] === 'cable');
  // Every cable is counted once, in the line of its media and ordered length.
  assert.equal(cableRows.reduce((s, r) => s + Number(r['count']), 0), snap.cables.length);
  const expected = new Map<string, number>();
  for (const c of snap.cables) {
    const key = `${c.mediaId}|${c.orderedMm === null ? '' : c.orderedMm / 1000}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  assert.equal(cableRows.length, expected.size);
  for (const r of cableRows) {
    const n = expected.get(`${r['item']}|${r['length (m)']}`);
    assert.equal(Number(r['count']), n, `${r['item']} ${r['length (m)']} m`);
    const m = media.get(r['item']!)!;
    if (m.unitCostUsd === null) assert.equal(r['extended cost (USD)'], '');
    else assert.equal(Number(r['extended cost (USD)']), m.unitCostUsd * n!);
    // Power of an active cable counts both ends.
    assert.equal(Number(r['total power (W)']), Math.round(m.powerW! * 2 * n! * 100) / 100);
  }
  // Transceivers: one per end of each spine cable: 2 ends x 6 leaves = 12, at 900 USD and 8 W.
  const sr4 = rows.find((r) => r['section'] === 'transceiver' && r['item'] === 'T-SR4')!;
  const spineCables = SMALL.rows * SMALL.racksPerRow;
  assert.equal(Number(sr4['count']), 2 * spineCables);
  assert.equal(Number(sr4['extended cost (USD)']), 2 * spineCables * 900);
  assert.equal(Number(sr4['total power (W)']), 2 * spineCables * 8);
  // Devices: servers = rows x racks x servers; leaves = one per rack plus the spine (same type).
  const dev = (slug: string, section = 'device') => Number(rows.find((r) => r['section'] === section && r['item'] === slug)!['count']);
  assert.equal(dev('test-gpu-server'), SMALL.rows * SMALL.racksPerRow * SMALL.serversPerRack);
  assert.equal(dev('test-leaf'), SMALL.rows * SMALL.racksPerRow + 1);
  // patch panels and cassettes have their own section: MPO-12 fronts on an MPO-24 rear is a cassette
  assert.equal(dev('test-mpo-panel', 'panel'), 1);
  assert.equal(rows.find((r) => r['item'] === 'test-mpo-panel')!['kind'], 'cassette');
  // Total media cost = sum of the priced lines; the fibre trunk has no price and is reported as such.
  const priced = rows.filter((r) => (r['section'] === 'cable' || r['section'] === 'transceiver') && r['extended cost (USD)'] !== '');
  const totalMedia = rows.find((r) => r['section'] === 'total' && r['item'] === 'media')!;
  assert.equal(Number(totalMedia['extended cost (USD)']), priced.reduce((s, r) => s + Number(r['extended cost (USD)']), 0));
  const unpriced = rows.filter((r) => (r['section'] === 'cable' || r['section'] === 'transceiver') && r['extended cost (USD)'] === '').length;
  assert.ok(unpriced > 0);
  assert.match(totalMedia['description']!, new RegExp(`${unpriced} lines without price`));
  const devices = rows.find((r) => r['section'] === 'total' && r['item'] === 'devices')!;
  // 12 servers x 10,200 W + 7 leaves x 2,000 W; the panel has no figure.
  assert.equal(Number(devices['total power (W)']), 12 * 10200 + 7 * 2000);
});

test('BOM XLSX: Cables, Transceivers, Devices and Totals sheets with the same counts', async () => {
  const { out } = await runFormat(f, 'bom-xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  // no trunks, jumpers or harnesses in this hall: no sheets for them; its one panel has a sheet
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Cables', 'Transceivers', 'Devices', 'Panels', 'Totals']);
  const count = (ws: ExcelJS.Worksheet) => {
    let n = 0;
    ws.eachRow((row, i) => {
      if (i > 1) n += Number(row.getCell(5).value);
    });
    return n;
  };
  assert.equal(count(wb.getWorksheet('Cables')!), snap.cables.length);
  assert.equal(count(wb.getWorksheet('Transceivers')!), snap.cables.filter((c) => c.opticA).length + snap.cables.filter((c) => c.opticB).length);
  assert.equal(count(wb.getWorksheet('Devices')!) + count(wb.getWorksheet('Panels')!), snap.devices.length);
  assert.equal(count(wb.getWorksheet('Panels')!), 1);
  assert.equal(wb.getWorksheet('Cables')!.views[0]?.state, 'frozen');
});
