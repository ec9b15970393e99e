// `trayline import-netbox`: a hall from NetBox exports, all or nothing, with row-level errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rackRect, rectContains, rectsOverlap } from '../../core/geometry/footprint.js';
import { historyState } from '../../db/history.js';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { cli, fileDigest, tempDir } from './run-cli.js';

const nb = (f: string) => join(FIXTURES, 'netbox-import', f);
const TYPES = ['--device-types', nb('device-types')];
const csvRows = (f: string) => readFileSync(nb(f), 'utf8').trim().split('\n').length - 1;

test('racks, devices and cables import in one step; racks stand in rows without overlapping', () => {
  const file = join(tempDir(), 'hall.trayline');
  const r = cli('import-netbox', file, '--racks', nb('racks.csv'), '--devices', nb('devices.csv'), '--cables', nb('cables.csv'), ...TYPES, '--json');
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  // devices.csv has two rows without rack/position: a spare switch (skipped) and a CDU of role cdu
  // on a Generic type, as Trayline's own NetBox export writes it (a CDU again: a standby unit of
  // Hall 1, it names no rack); cables.csv one power cable
  assert.deepEqual(
    [s.racks, s.devices, s.cables, s.deviceTypes, s.halls, s.cdus],
    [csvRows('racks.csv'), csvRows('devices.csv') - 2, csvRows('cables.csv') - 1, 2, 2, 1],
  );
  assert.match(r.stderr, /NetBox has no floor coordinates/);
  assert.match(r.stderr, /1 device\(s\) without a rack and position/);

  const db = openProject(file, { readonly: true });
  const store = new EntityStore(db);
  const halls = new Map(store.all('hall').map((h) => [h.id, h]));
  const racks = store.all('rack');
  const rows = new Map(store.all('row').map((x) => [x.id, x.name]));
  // Row A: A01, A02, A10 in natural order, side by side along x in one row (same y)
  const rowA = racks.filter((k) => rows.get(k.rowId!) === 'Row A').sort((a, b) => a.xMm - b.xMm);
  assert.deepEqual(rowA.map((k) => k.name), ['A01', 'A02', 'A10']);
  assert.equal(new Set(rowA.map((k) => k.yMm)).size, 1);
  assert.equal(rowA[2]!.widthMm, 800);
  for (let i = 1; i < rowA.length; i++) assert.equal(rackRect(rowA[i]!).x0, rackRect(rowA[i - 1]!).x1, 'racks touch side by side');
  // Row B stands one aisle behind Row A, turned to face it: fronts to fronts across a cold aisle
  const rowB = racks.filter((k) => rows.get(k.rowId!) === 'Row B');
  assert.ok(rackRect(rowB[0]!).y0 > rackRect(rowA[0]!).y1);
  assert.deepEqual([...new Set(rowA.map((k) => k.rotationDeg))], [0]);
  assert.deepEqual([...new Set(rowB.map((k) => k.rotationDeg))], [180]);
  // inches converted: 23.62 in x 47.24 in = 600 x 1200 mm
  const h2 = racks.find((k) => k.name === 'H2-01')!;
  assert.deepEqual([h2.widthMm, h2.depthMm, halls.get(h2.hallId)!.name], [Math.round(23.62 * 25.4), Math.round(47.24 * 25.4), 'Hall 2']);
  for (const a of racks) {
    assert.ok(rectContains({ x0: 0, y0: 0, x1: halls.get(a.hallId)!.widthMm, y1: halls.get(a.hallId)!.depthMm }, rackRect(a)), `${a.name} inside its hall`);
    for (const b of racks) if (a.id < b.id && a.hallId === b.hallId) assert.ok(!rectsOverlap(rackRect(a), rackRect(b)), `${a.name} / ${b.name}`);
  }
  const dev = new Map(store.all('device').map((d) => [d.name, d]));
  assert.deepEqual([dev.get('leaf02')!.u, dev.get('leaf02')!.face], [40, 'rear']);
  const cables = store.all('cable');
  const c5 = cables.find((c) => c.label === 'CBL-0005')!;
  assert.equal(c5.lengthMm, 150 * 10);
  assert.equal(cables.find((c) => c.label === 'CBL-0003')!.status, 'planned');
  assert.equal(historyState(db).undoLabel, 'Import from NetBox');
  db.close();

  // Audited against the NetBox export it came from: the power cable is not a data link, and the
  // two cables NetBox marks "planned" are not built yet, so the plan misses them on the floor.
  const audit = cli('audit', file, '--as-built', nb('cables.csv'), '--json');
  const out = JSON.parse(audit.stdout);
  assert.deepEqual([out.matched, out.missing, out.unexpected], [csvRows('cables.csv') - 1 - 2, 2, 0]);
});

test('racks imported in rows keep hot and cold aisles: no aisle error, also for rows added to the hall later', () => {
  const file = join(tempDir(), 'aisles.trayline');
  assert.equal(cli('import-netbox', file, '--racks', nb('racks.csv'), '--json').code, 0);
  // the same racks again under other names: rows added below Hall 1's, turned to its last row
  const dir = tempDir();
  const again = join(dir, 'racks2.csv');
  writeFileSync(again, readFileSync(nb('racks.csv'), 'utf8').replace(/,(A0|A1|B0)(\d),/g, ',X$1$2,').replace(/,H2-01,/, ',H2-02,'));
  assert.equal(cli('import-netbox', file, '--racks', again, '--json').code, 0, 'second import');
  const check = JSON.parse(cli('check', file, '--json').stdout) as { violations: { rule: string; message: string }[] };
  assert.deepEqual(check.violations.filter((v) => v.rule === 'aisle').map((v) => v.message), []);
  const db = openProject(file, { readonly: true });
  const turns = db.prepare("SELECT group_concat(rotation_deg, ' ') FROM (SELECT DISTINCT r.y_mm, r.rotation_deg FROM racks r JOIN halls h ON h.id = r.hall_id WHERE h.name = 'Hall 1' ORDER BY r.y_mm)").pluck().get();
  db.close();
  assert.equal(turns, '0 180 0 180');
});

test('NetBox JSON exports read like the CSV ones', () => {
  const dir = tempDir();
  const a = JSON.parse(cli('import-netbox', join(dir, 'a.trayline'), '--racks', nb('racks.csv'), '--devices', nb('devices.csv'), ...TYPES, '--json').stdout);
  const b = JSON.parse(cli('import-netbox', join(dir, 'b.trayline'), '--racks', nb('racks.csv'), '--devices', nb('devices.json'), ...TYPES, '--json').stdout);
  assert.equal(b.devices, a.devices);
});

test('every bad row is reported with file, row, column and reason; nothing is written', () => {
  const file = join(tempDir(), 'bad.trayline');
  const r = cli('import-netbox', file, '--racks', nb('racks.csv'), '--devices', nb('devices-bad.csv'), ...TYPES);
  assert.equal(r.code, 2);
  const lines = r.stderr.trim().split('\n');
  const has = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `${re} in\n${r.stderr}`);
  has(/devices-bad\.csv:3: device_type: device type "ACME-SW99" is not in the catalog/);
  has(/devices-bad\.csv:4: position: leaf01 \(2U at U42\) would reach U43, above the top of rack B01 \(42U\)/);
  has(/devices-bad\.csv:4: position: leaf01 would share U42 with gpu03 in rack B01/);
  has(/devices-bad\.csv:5: face: "side" is not front or rear/);
  has(/devices-bad\.csv:6: position: position 2\.5: half rack units are not supported/);
  has(/devices-bad\.csv:7: rack: rack "Z99" is neither in the racks file nor in the project/);
  has(/6 problem\(s\); nothing was imported/);
  assert.equal(existsSync(file), false, 'a project the failed import would have created is not left behind');
});

test('bad cables into an existing project: the project is unchanged', () => {
  const file = join(tempDir(), 'hall.trayline');
  assert.equal(cli('import-netbox', file, '--racks', nb('racks.csv'), '--devices', nb('devices.csv'), ...TYPES).code, 0);
  const before = fileDigest(file);
  const r = cli('import-netbox', file, '--cables', nb('cables-bad.csv'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cables-bad\.csv:3: side_a_name: device leaf01 \(acme-sw64\) has no port "swp9"/);
  assert.match(r.stderr, /cables-bad\.csv:4: side_b_name: spine01 swp1 is already cabled on row 2/);
  assert.match(r.stderr, /cables-bad\.csv:5: side_b_device: device "spine03" is neither in the devices file nor in the project/);
  assert.match(r.stderr, /cables-bad\.csv:5: length: "twelve" with unit "m" is not a length/);
  assert.equal(fileDigest(file), before);
  // the good cables go into the same project afterwards, referring to its devices
  assert.equal(cli('import-netbox', file, '--cables', nb('cables.csv')).code, 0);
  // and a second import of the same racks is refused by name
  const again = cli('import-netbox', file, '--racks', nb('racks.csv'));
  assert.equal(again.code, 2);
  assert.match(again.stderr, /racks\.csv:2: name: the project already has a rack named A02/);
});

test('round trip: the demo hall exported for NetBox imports back with the same racks, devices, ports and cables', () => {
  const dir = tempDir();
  const demo = join(dir, 'demo.trayline');
  assert.equal(cli('new', demo, '--demo').code, 0);
  const nbDir = join(dir, 'nb');
  assert.equal(cli('export', demo, '--format', 'netbox', '--out', nbDir).code, 0);
  const copy = join(dir, 'copy.trayline');
  const r = cli('import-netbox', copy, '--racks', join(nbDir, 'racks.csv'), '--devices', join(nbDir, 'devices.csv'), '--cables', join(nbDir, 'cables.csv'));
  assert.equal(r.code, 0, r.stderr);
  const count = (file: string) => {
    const db = openProject(file, { readonly: true });
    const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    const out = { racks: n('racks'), devices: n('devices'), ports: n('ports'), cables: n('cables') };
    db.close();
    return out;
  };
  assert.deepEqual(count(copy), count(demo));
});

test('round trip with CDUs: a liquid-cooled hall exported for NetBox imports back with its CDUs, each serving its racks, declared liquid-cooled', () => {
  const dir = tempDir();
  const hall = join(dir, 'nvl.trayline');
  assert.equal(cli('new', hall).code, 0);
  // (its racks over the default floor rating make check errors, exit 1, by design: the hall is written)
  assert.match(cli('generate', hall, '--arch', 'rail-optimized', '--gpus', '576', '--server', 'nvidia-gb300-nvl72', '--switch', 'nvidia-sn5600').stdout, /wrote hall .*, 1 CDU\n/);
  // each CDU: placement, capacity, footprint and the racks it serves, by name
  const units = (file: string) => {
    const db = openProject(file, { readonly: true });
    const rows = db
      .prepare("SELECT c.name, c.placement, c.capacity_w, c.width_mm, c.depth_mm, (SELECT group_concat(name, ',') FROM (SELECT name FROM racks WHERE cdu_id = c.id AND cooling_kind = 'liquid' ORDER BY name)) AS racks FROM cdus c ORDER BY c.name")
      .all();
    const devices = db.prepare('SELECT count(*) FROM devices').pluck().get() as number;
    db.close();
    return { rows, devices };
  };
  const before = units(hall);
  assert.ok(before.rows.length > 0, 'the NVL72 hall has CDUs');
  const nbDir = join(dir, 'nb');
  assert.equal(cli('export', hall, '--format', 'netbox', '--out', nbDir).code, 0);
  const copy = join(dir, 'copy.trayline');
  const r = cli('import-netbox', copy, '--racks', join(nbDir, 'racks.csv'), '--devices', join(nbDir, 'devices.csv'), '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).devices, before.devices);
  assert.equal(JSON.parse(r.stdout).cdus, before.rows.length);
  assert.deepEqual(units(copy).rows, before.rows);
  // racks and CDUs stand where they stood, in their rows, turned as they were (their comments say where)
  assert.match(r.stderr, new RegExp(`${JSON.parse(r.stdout).racks} rack\\(s\\) stand in their rows where their comments say`));
  assert.match(r.stderr, new RegExp(`${before.rows.length} in-row CDU\\(s\\) stand where their comments say`));
  const floor = (file: string) => {
    const db = openProject(file, { readonly: true });
    const out = {
      racks: db.prepare('SELECT r.name, r.x_mm, r.y_mm, r.rotation_deg, w.name AS row FROM racks r LEFT JOIN rows w ON w.id = r.row_id ORDER BY r.name').all(),
      cdus: db.prepare('SELECT name, x_mm, y_mm, rotation_deg FROM cdus ORDER BY name').all(),
    };
    db.close();
    return out;
  };
  assert.deepEqual(floor(copy), floor(hall));
  // no rack of liquid-cooled devices comes back air-cooled or without its CDU
  const check = cli('check', copy, '--json');
  const cooling = (JSON.parse(check.stdout) as { violations: { rule: string; message: string }[] }).violations.filter((v) => v.rule === 'cooling');
  assert.deepEqual(cooling, []);
});

test('NetBox YAML import lists read like CSV', () => {
  const r = cli('import-netbox', join(tempDir(), 'y.trayline'), '--racks', nb('racks.yaml'), '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).racks, 2);
});
