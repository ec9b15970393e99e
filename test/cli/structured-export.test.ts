// The structured-cabling exports of issue 13 as a contractor gets them from the CLI, on the
// hand-built hall test/fixtures/layout/structured-two-rows.json: racks NA01 and NB01 in two rows,
// a 48-port MPO-12 panel at U40 in each (fronts F1-F48 on rear ports T1-T4, 12 positions each),
// one 144-fibre trunk TRK-A01-B01 between the two T1s, and twelve jumper pairs JA-nn / JB-nn from
// leaf-a01 ports 1/1 ... 6/2 (U20) through F1 ... F12 to the same spine-b01 ports.
//
// Worked by hand:
// - TIA-606 cabinet ids: the tile under each rack's front-left corner, 0.6 m tiles. NA01 stands
//   centred at (3.3, 3.0) m, 0.6 x 1.2 m: corner (3.0, 2.4) -> column 3.0 / 0.6 = 5 -> F, row
//   2.4 / 0.6 = 4 -> 05: F05. NB01 at (3.3, 6.0) turned 180 degrees: corner (3.0, 5.4) -> F10.
// - Lengths (test/cli/structured.test.ts): trunk routed 8788 mm -> 8.788 m, ordered in whole metres
//   9 m; each jumper climbs (39.5 - 19.5) x 44.45 = 889 mm + 500 slack = 1.389 m, stock cord 1.5 m.
// - Trunk price (per assembly, the catalog's marked estimate): 2 ends x 12 MPO connectors x USD 45
//   = 1080, plus 9 m x 144 fibres x USD 0.05 = 64.80: USD 1144.80.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { cli } from './run-cli.js';
import { routedLayout, type Row } from './routed-layout.js';

const { dir, file, csv } = routedLayout('structured-two-rows.json');
/** A sheet row's cells from column 1 (exceljs leaves index 0 and blank cells as holes). */
const cells = (ws: ExcelJS.Worksheet, i: number): unknown[] => [...(ws.getRow(i).values as unknown[])].slice(1);
const LEAF_PORTS = ['1/1', '1/2', '2/1', '2/2', '3/1', '3/2', '4/1', '4/2', '5/1', '5/2', '6/1', '6/2'];

test('trunk-schedule-csv: one row for the one trunk, both panels, lengths, route and the 12 links by position', () => {
  const rows = csv('trunk-schedule-csv');
  assert.equal(rows.length, 1);
  const { links, ...rest } = rows[0]!;
  assert.deepEqual(rest, {
    trunk: 'TRK-A01-B01',
    'trunk id': 'F05-40:T1/F10-40:T1',
    'media id': 'TRUNK-MPO12-144F-OS2-B',
    fibres: '144',
    'fibre type': 'OS2',
    'connector A': '12 x MPO-12 APC',
    'connector B': '12 x MPO-12 APC',
    polarity: 'B',
    'A rack': 'NA01', 'A U': '40', 'A panel': 'panel-a01', 'A port': 'T1',
    'B rack': 'NB01', 'B U': '40', 'B panel': 'panel-b01', 'B port': 'T1',
    positions: '12',
    'links carried': '12',
    'routed length (m)': '8.788',
    'ordered length (m)': '9',
    'leg lengths (m)': '',
    route: 'Tray A:0 > Tray X:0 > Tray B:0',
    status: 'planned',
  });
  assert.equal(links, LEAF_PORTS.map((p, i) => `${i + 1}: leaf-a01:${p} - spine-b01:${p}`).join('; '));
});

test('trunk-schedule-xlsx: trunks to order by fibre count and length, then every trunk', async () => {
  const out = join(dir, 'trunks.xlsx');
  assert.equal(cli('export', file, '--format', 'trunk-schedule-xlsx', '--out', out).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Summary', 'Trunks']);
  const sum = wb.getWorksheet('Summary')!;
  assert.deepEqual(cells(sum, 2), ['TRUNK-MPO12-144F-OS2-B', 144, 9, 1, 9]);
  assert.deepEqual(cells(sum, 3), ['Total', undefined, undefined, 1, 9]);
  assert.equal(wb.getWorksheet('Trunks')!.actualRowCount, 1 + 1);
});

test('panel-map-csv: every front port of both panels; F1-F12 cross the trunk to the same position, F13 on has no trunk', () => {
  const rows = csv('panel-map-csv');
  assert.equal(rows.length, 2 * 48);
  assert.deepEqual(rows[0], {
    rack: 'NA01', U: '40', panel: 'panel-a01', 'front port': 'F1', 'port id': 'F05-40:F1',
    'rear port': 'T1', 'rear position': '1', trunk: 'TRK-A01-B01',
    'far rack': 'NB01', 'far U': '40', 'far panel': 'panel-b01', 'far front port': 'F1', 'far port id': 'F10-40:F1',
    jumper: 'JA-01', 'active port': 'leaf-a01:1/1', 'far jumper': 'JB-01', 'far active port': 'spine-b01:1/1', status: 'link',
  });
  // F12: the twelfth position of T1, the leaf's twelfth port 6/2
  assert.deepEqual([rows[11]!['rear position'], rows[11]!['active port'], rows[11]!['far front port']], ['12', 'leaf-a01:6/2', 'F12']);
  // F13 is position 1 of T2, where no trunk is plugged
  assert.deepEqual([rows[12]!['front port'], rows[12]!['rear port'], rows[12]!['rear position'], rows[12]!['trunk'], rows[12]!['status']], ['F13', 'T2', '1', '', 'free, no trunk']);
  // the far panel's rows face the other way: the spine is its active port
  const b1 = rows[48]!;
  assert.deepEqual([b1['panel'], b1['front port'], b1['far panel'], b1['active port'], b1['far active port']], ['panel-b01', 'F1', 'panel-a01', 'spine-b01:1/1', 'leaf-a01:1/1']);
  assert.equal(rows.filter((r) => r['status'] === 'link').length, 2 * 12);
});

test('jumper-schedule-csv and -xlsx: 24 jumpers rack by rack, 1.5 m stock cords, the trunk behind and the far end to check', async () => {
  const rows = csv('jumper-schedule-csv');
  assert.equal(rows.length, 24);
  assert.deepEqual(rows[0], {
    jumper: 'JA-01', leg: '', rack: 'NA01', panel: 'panel-a01', 'panel U': '40', 'panel port': 'F1', 'panel port id': 'F05-40:F1',
    device: 'leaf-a01', 'device U': '20', 'device port': '1/1', 'device port id': 'F05-20:1/1',
    'media id': 'PATCH-MPO12-OS2', polarity: 'B', 'routed length (m)': '1.389', 'ordered length (m)': '1.5',
    trunk: 'TRK-A01-B01', 'link far end': 'spine-b01:1/1', status: 'planned',
  });
  assert.deepEqual(rows.map((r) => r['rack']), [...Array(12).fill('NA01'), ...Array(12).fill('NB01')]);
  assert.deepEqual([rows[12]!['jumper'], rows[12]!['device port id'], rows[12]!['link far end']], ['JB-01', 'F10-20:1/1', 'leaf-a01:1/1']);

  const out = join(dir, 'jumpers.xlsx');
  assert.equal(cli('export', file, '--format', 'jumper-schedule-xlsx', '--out', out).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Summary', 'Row A', 'Row B']);
  assert.deepEqual(cells(wb.getWorksheet('Summary')!, 2), ['PATCH-MPO12-OS2', 1.5, 24]);
  assert.deepEqual([wb.getWorksheet('Row A')!.actualRowCount, wb.getWorksheet('Row B')!.actualRowCount], [13, 13]);
});

test('labels-csv: two per cable (trunk ends and jumpers by kind), then each panel and its 48 ports with the far panel port', () => {
  const rows = csv('labels-csv');
  // 25 cables x 2 ends + 2 panels x (1 + 48 ports)
  assert.equal(rows.length, 25 * 2 + 2 * 49);
  const trunk = rows.filter((r) => r['kind'] === 'trunk');
  assert.deepEqual(trunk.map((r) => [r['this end'], r['other end']]), [['F05-40:T1', 'F10-40:T1'], ['F10-40:T1', 'F05-40:T1']]);
  assert.equal(rows.filter((r) => r['kind'] === 'jumper').length, 24 * 2);
  const panels = rows.filter((r) => r['kind'] === 'panel');
  assert.deepEqual(panels.map((r) => [r['device'], r['this end'], r['other end']]), [['panel-a01', 'F05-40', 'F10-40'], ['panel-b01', 'F10-40', 'F05-40']]);
  const ports = rows.filter((r) => r['kind'] === 'panel-port');
  assert.equal(ports.length, 96);
  assert.deepEqual([ports[0]!['this end'], ports[0]!['other end']], ['F05-40:F1', 'F10-40:F1']);
  // F13 leads nowhere yet: no far end on its label
  assert.deepEqual([ports[12]!['this end'], ports[12]!['other end']], ['F05-40:F13', '']);
});

test('bom-csv: the trunk by fibre count and ordered length, priced per assembly; jumpers by stock length; panels apart', () => {
  const rows = csv('bom-csv');
  const line = (section: string) => rows.filter((r) => r['section'] === section);
  assert.deepEqual(line('trunk').map((r) => [r['item'], r['fibres'], r['length (m)'], r['count'], r['unit cost (USD)'], r['price basis']]), [
    ['TRUNK-MPO12-144F-OS2-B', '144', '9', '1', String(2 * 12 * 45 + 9 * 144 * 0.05), 'estimate'],
  ]);
  assert.deepEqual(line('jumper').map((r) => [r['item'], r['length (m)'], r['count']]), [['PATCH-MPO12-OS2', '1.5', '24']]);
  assert.deepEqual(line('panel').map((r) => [r['item'], r['count']]), [['generic-mpo12-trunk-panel-1u', '2']]);
  assert.deepEqual(line('device').map((r) => [r['item'], r['count']]), [['nvidia-qm9700', '2']]);
  // no trunk or jumper is listed again as a plain cable
  assert.equal(line('cable').length, 0);
});

test('netbox: rear and front ports of both panels, the trunk between rear ports and jumpers to front ports', () => {
  const out = join(dir, 'nb');
  const r = cli('export', file, '--format', 'netbox', '--out', out, '--site', 'DC1');
  assert.equal(r.code, 0, r.stderr);
  const read = (name: string): Row[] => parse(readFileSync(join(out, name)), { columns: true });
  const rear = read('rear-ports.csv');
  assert.equal(rear.length, 2 * 4);
  assert.deepEqual(rear[0], { device: 'panel-a01', name: 'T1', type: 'mpo', positions: '12' });
  const front = read('front-ports.csv');
  assert.equal(front.length, 2 * 48);
  // F13 is the first position of T2
  assert.deepEqual(front[12], { device: 'panel-a01', name: 'F13', type: 'mpo', rear_port: 'T2', rear_port_position: '1' });
  const cables = read('cables.csv');
  assert.equal(cables.length, 25);
  const trunk = cables.find((c) => c['label'] === 'TRK-A01-B01')!;
  assert.deepEqual([trunk['side_a_device'], trunk['side_a_type'], trunk['side_a_name'], trunk['side_b_device'], trunk['side_b_type'], trunk['side_b_name'], trunk['length']], [
    'panel-a01', 'dcim.rearport', 'T1', 'panel-b01', 'dcim.rearport', 'T1', '9.00',
  ]);
  const ja = cables.find((c) => c['label'] === 'JA-01')!;
  assert.deepEqual([ja['side_a_type'], ja['side_a_name'], ja['side_b_device'], ja['side_b_type'], ja['side_b_name']], ['dcim.interface', '1/1', 'panel-a01', 'dcim.frontport', 'F1']);
});

test('the structured formats are listed with plain titles in export --help; a hall that does not exist is refused', () => {
  const help = cli('export', '--help').stdout;
  for (const f of ['trunk-schedule-csv', 'trunk-schedule-xlsx', 'panel-map-csv', 'jumper-schedule-csv', 'jumper-schedule-xlsx']) assert.match(help, new RegExp(`\\n  ${f} `));
  const r = cli('export', file, '--format', 'trunk-schedule-csv', '--hall', 'Hall 9', '--out', '-');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no hall named "Hall 9"/);
  assert.equal(csv('trunk-schedule-csv').length, 1);
});
