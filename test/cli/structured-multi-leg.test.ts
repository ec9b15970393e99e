// Multi-leg assemblies in the contractor exports, on test/fixtures/layout/structured-multi-leg.json:
// the two-row hall of structured-two-rows.json (racks NA01 on tile F05 and NB01 on F10, 48-port
// MPO-12 trunk panels panel-a01 and panel-b01 at U40, rear ports T1-T4 of 12 positions) with a
// second panel panel-b02 at U10 in NB01, the single 144F trunk TRK-A01-B01 (T1-T1) and two jumpers,
// a two-leg 288F OS2 trunk TRK-M (leg 1 panel-a01:T2 - panel-b01:T2, leg 2 panel-a01:T3 -
// panel-b02:T1) and a two-leg MPO-16 -> 2 x MPO-8 harness HRN (leaf-a01:7/1 to panel-a01 F13, F14).
//
// Worked by hand (the routing model of test/cli/structured.test.ts: trays at 2.6 m, ports at
// 100 mm + (U - 0.5) x 44.45 mm, 4.8 m along the trays, 2.5 m slack):
// - leg 1, U40 to U40: 2 x (2600 - 1855.775) + 4800 + 2500 = 8788.45 -> 8.788 m, made in whole
//   metres: 9 m.
// - leg 2, U40 to U10: the U10 port is 100 + 9.5 x 44.45 = 522.275 mm up, so it climbs
//   2600 - 522.275 = 2077.725 mm: 744.225 + 2077.725 + 4800 + 2500 = 10121.95 -> 10.122 m -> 11 m.
// - Each leg is ordered at its own length (9 m and 11 m), not both at 11 m.
// - Price (the catalog's marked estimate for TRUNK-MPO12-288F-OS2-B): base 2 ends x 24 MPO-12 x
//   USD 45 = 2160; per metre USD 0.05 per fibre; each leg carries 288 / 2 = 144 fibres:
//   9 m x 144 x 0.05 = 64.80 and 11 m x 144 x 0.05 = 79.20: USD 2304.00 (at the longest leg's
//   length it was 2160 + 11 x 288 x 0.05 = 2318.40).
// - NetBox (dcim/cable_profiles.py, v4.6.8): two legs of 12-position rear ports = trunk-2c12p (2
//   connectors of 12 positions, k to k); the harness = breakout-1c2p-2c1p (leaf port at A, F13 and
//   F14 at B); the single trunk between 12-position rear ports single-1c12p; jumpers single-1c1p.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { cli } from './run-cli.js';
import { routedLayout, type Row } from './routed-layout.js';

const { dir, file, csv } = routedLayout('structured-multi-leg.json');

test('trunk-schedule-csv: the two-leg trunk lists each leg routed and ordered at its own length, and both far panels', () => {
  const rows = csv('trunk-schedule-csv');
  assert.equal(rows.length, 2);
  const m = rows.find((r) => r['trunk'] === 'TRK-M-1')!;
  assert.equal(m['leg lengths (m)'], '1: 8.788 -> 9; 2: 10.122 -> 11');
  assert.equal(m['ordered length (m)'], '20');
  assert.equal(m['routed length (m)'], '18.91');
  assert.deepEqual([m['A panel'], m['A U'], m['A port']], ['panel-a01', '40', 'T2, T3']);
  assert.deepEqual([m['B rack'], m['B panel'], m['B U'], m['B port']], ['NB01, NB01', 'panel-b01, panel-b02', '40, 10', 'T2, T1']);
  const single = rows.find((r) => r['trunk'] === 'TRK-A01-B01')!;
  assert.deepEqual([single['ordered length (m)'], single['leg lengths (m)']], ['9', '']);
});

test('trunk-schedule-xlsx: the summary orders the two-leg trunk as legs of 9 and 11 m, 20 m in all', async () => {
  const out = join(dir, 'trunks.xlsx');
  assert.equal(cli('export', file, '--format', 'trunk-schedule-xlsx', '--out', out).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sum = wb.getWorksheet('Summary')!;
  const rows = [2, 3, 4].map((i) => [...(sum.getRow(i).values as unknown[])].slice(1));
  assert.deepEqual(rows[0], ['TRUNK-MPO12-144F-OS2-B', 144, 9, 1, 9]);
  assert.deepEqual(rows[1], ['TRUNK-MPO12-288F-OS2-B', 288, '9; 11', 1, 20]);
  assert.deepEqual(rows[2], ['Total', undefined, undefined, 2, 29]);
});

test('bom-csv: the two-leg trunk is one assembly with legs of 9 and 11 m, priced base + per metre of each leg', () => {
  const rows = csv('bom-csv');
  const m = rows.find((r) => r['item'] === 'TRUNK-MPO12-288F-OS2-B')!;
  assert.deepEqual([m['section'], m['count'], m['length (m)'], m['leg lengths (m)']], ['trunk', '1', '20', '9; 11']);
  assert.equal(Number(m['unit cost (USD)']), 2160 + 64.8 + 79.2);
  assert.equal(m['price basis'], 'estimate');
  // the harness stays one piece at its stock length (1.389 m routed -> 1.5 m cord)
  const h = rows.find((r) => r['item'] === 'HARNESS-MPO16-2xMPO8-OS2')!;
  assert.deepEqual([h['count'], h['length (m)'], h['leg lengths (m)']], ['1', '1.5', '']);
});

const nbDir = join(dir, 'nb');
function netbox(name: string): Row[] {
  return parse(readFileSync(join(nbDir, name)), { columns: true });
}

test('netbox: profiles on every cable; the trunk and the harness as one cable each with all their legs', () => {
  const r = cli('export', file, '--format', 'netbox', '--out', nbDir, '--site', 'DC1');
  assert.equal(r.code, 0, r.stderr);
  const cables = netbox('cables.csv');
  assert.deepEqual(cables.map((c) => [c['label'], c['profile']]), [
    ['TRK-A01-B01', 'single-1c12p'],
    ['JA-01', 'single-1c1p'],
    ['JB-01', 'single-1c1p'],
  ]);
  // NetBox 4.7+ CSV: several names in one cell, one device per name where the legs reach two panels
  const multi = netbox('cable-assemblies.csv');
  assert.deepEqual(
    multi.map((c) => [c['label'], c['profile'], c['side_a_device'], c['side_a_name'], c['side_b_device'], c['side_b_type'], c['side_b_name'], c['length']]),
    [
      ['TRK-M-1', 'trunk-2c12p', 'panel-a01', 'T2,T3', 'panel-b01,panel-b02', 'dcim.rearport', 'T2,T1', '11.00'],
      ['HRN-1', 'breakout-1c2p-2c1p', 'leaf-a01', '7/1', 'panel-a01', 'dcim.frontport', 'F13,F14', '1.50'],
    ],
  );
  const json = JSON.parse(readFileSync(join(nbDir, 'cable-assemblies.json'), 'utf8'));
  assert.equal(json.site_slug, 'dc1');
  assert.deepEqual(json.cables[0].b_terminations, [
    { object_type: 'dcim.rearport', device: 'panel-b01', name: 'T2' },
    { object_type: 'dcim.rearport', device: 'panel-b02', name: 'T1' },
  ]);
  // NetBox up to 4.4: no profile column, each assembly as its first leg, the other legs by hand
  const legacy = netbox('cables-netbox-4.4.csv');
  assert.equal(legacy.length, 5);
  assert.ok(!('profile' in legacy[0]!));
  const readme = readFileSync(join(nbDir, 'README.md'), 'utf8');
  assert.match(readme, /- TRK-M-2 \(assembly TRK-M, leg 2\): panel-a01:T3 - panel-b02:T1/);
  assert.match(readme, /- HRN-2 \(assembly HRN, leg 2\): leaf-a01:7\/1 - panel-a01:F14/);
  assert.match(readme, /NETBOX_URL=https:\/\/netbox\.example\.com NETBOX_TOKEN=<your API token> python3 netbox-cables\.py cable-assemblies\.json/);
  assert.match(readme, /`breakout-1c2p-2c1p` 4\.5\.7/);
});

const python = spawnSync('python3', ['--version']).status === 0;

test('netbox-cables.py looks each port up by site, device and name and posts the cables with their ids', { skip: !python && 'python3 not installed' }, async () => {
  // a stand-in for NetBox's REST API: ids from a table of ports, the POST body kept
  const ids: Record<string, number> = { 'rear-ports/panel-a01/T2': 11, 'rear-ports/panel-a01/T3': 12, 'rear-ports/panel-b01/T2': 21, 'rear-ports/panel-b02/T1': 31, 'interfaces/leaf-a01/7/1': 41, 'front-ports/panel-a01/F13': 53, 'front-ports/panel-a01/F14': 54 };
  const gets: string[] = [];
  let posted: unknown = null;
  let auth = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    auth = req.headers.authorization ?? '';
    if (req.method === 'GET') {
      const kind = url.pathname.split('/')[3]!;
      const q = url.searchParams;
      gets.push(`${q.get('site')} ${kind}/${q.get('device')}/${q.get('name')}`);
      const id = ids[`${kind}/${q.get('device')}/${q.get('name')}`];
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ results: id ? [{ id }] : [] }));
      return;
    }
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      posted = JSON.parse(body);
      res.statusCode = 201;
      res.end(JSON.stringify(posted));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const child = spawn('python3', [join(nbDir, 'netbox-cables.py'), join(nbDir, 'cable-assemblies.json')], {
    env: { ...process.env, NETBOX_URL: `http://127.0.0.1:${port}/`, NETBOX_TOKEN: 'nbt_abc.def' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  server.close();
  assert.equal(code, 0, stderr);
  assert.equal(stdout.trim(), 'created 2 cables');
  assert.equal(auth, 'Bearer nbt_abc.def');
  assert.equal(gets.length, 7);
  assert.ok(gets.every((g) => g.startsWith('dc1 ')));
  assert.deepEqual(posted, [
    {
      label: 'TRK-M-1', type: 'smf-os2', status: 'planned', profile: 'trunk-2c12p', length: 11, length_unit: 'm',
      a_terminations: [{ object_type: 'dcim.rearport', object_id: 11 }, { object_type: 'dcim.rearport', object_id: 12 }],
      b_terminations: [{ object_type: 'dcim.rearport', object_id: 21 }, { object_type: 'dcim.rearport', object_id: 31 }],
    },
    {
      label: 'HRN-1', type: 'smf-os2', status: 'planned', profile: 'breakout-1c2p-2c1p', length: 1.5, length_unit: 'm',
      a_terminations: [{ object_type: 'dcim.interface', object_id: 41 }],
      b_terminations: [{ object_type: 'dcim.frontport', object_id: 53 }, { object_type: 'dcim.frontport', object_id: 54 }],
    },
  ]);
});
