// NetBox's bulk-import fields below are copied from NetBox v4.6's forms
// (netbox/dcim/forms/bulk_import.py: CableImportForm, DeviceImportForm, RackImportForm), as listed
// in the project's reference notes on NetBox formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as yaml from 'js-yaml';
import { loadSnapshot } from '../../../db/snapshot.js';
import { buildFixture } from './fixture.js';
import { runFormat } from './run-format.js';
import { BUILTIN_DEVICE_TYPES, toDeviceType } from '../../../core/catalog/index.js';
import { deviceTypeDefinition } from '../../../core/export/netbox.js';
import { applyEdit } from '../../../db/edits.js';
import { readFloorComment } from '../../../core/import/netbox-floor.js';

const NETBOX_CABLE_FIELDS = [
  'side_a_site', 'side_a_device', 'side_a_power_panel', 'side_a_type', 'side_a_name',
  'side_b_site', 'side_b_device', 'side_b_power_panel', 'side_b_type', 'side_b_name',
  'type', 'status', 'profile', 'tenant', 'bundle', 'label', 'color', 'length', 'length_unit', 'description', 'owner', 'comments', 'tags',
];
const NETBOX_DEVICE_FIELDS = [
  'name', 'role', 'tenant', 'manufacturer', 'device_type', 'platform', 'serial', 'asset_tag', 'status', 'site', 'location', 'rack',
  'position', 'face', 'parent', 'device_bay', 'airflow', 'virtual_chassis', 'vc_position', 'vc_priority', 'cluster', 'description',
  'config_template', 'owner', 'comments', 'tags',
];
// (the reference's list, with the fields every primary model's import takes: description, owner,
// comments, tags, as netbox/dcim/forms/bulk_import.py RackImportForm.Meta.fields lists them)
const NETBOX_RACK_FIELDS = [
  'site', 'location', 'group', 'name', 'facility_id', 'tenant', 'status', 'role', 'rack_type', 'form_factor', 'width', 'u_height',
  'outer_width', 'outer_depth', 'outer_height', 'outer_unit', 'mounting_depth', 'airflow', 'weight', 'max_weight', 'weight_unit',
  'description', 'owner', 'comments', 'tags',
];
// NetBox's own cable import example (the same reference): exactly these columns, in this order.
const CABLE_EXAMPLE_HEADER = 'side_a_site,side_a_device,side_a_type,side_a_name,side_b_site,side_b_device,side_b_type,side_b_name,type,status,label,color,length,length_unit';

const f = buildFixture();
const snap = loadSnapshot(f.db);
const table = (dir: string, name: string) => {
  const text = readFileSync(join(dir, name), 'utf8');
  return { header: text.split('\n')[0]!.split(','), rows: parse(text, { columns: true }) as Record<string, string>[] };
};

test('NetBox folder: racks, devices and cables CSVs with NetBox import columns, one row per object', async () => {
  const { out } = await runFormat(f, 'netbox', { site: 'DC1' });
  const cables = table(out, 'cables.csv');
  // NetBox 4.5+: the example's columns plus `profile` (CableImportForm, 4.5+) after status
  assert.equal(cables.header.join(','), CABLE_EXAMPLE_HEADER.replace('status,', 'status,profile,'));
  assert.ok(cables.header.every((h) => NETBOX_CABLE_FIELDS.includes(h)));
  assert.equal(cables.rows.length, snap.cables.length);
  // every cable here joins two interfaces: one connector of one position at each end
  assert.ok(cables.rows.every((r) => r['profile'] === 'single-1c1p'));
  // NetBox up to 4.4: exactly the example's columns (an unknown `profile` column fails its import)
  const legacy = table(out, 'cables-netbox-4.4.csv');
  assert.equal(legacy.header.join(','), CABLE_EXAMPLE_HEADER);
  assert.equal(legacy.rows.length, snap.cables.length);
  assert.ok(!existsSync(join(out, 'cable-assemblies.json')), 'no assembly, no REST file');
  const devices = table(out, 'devices.csv');
  assert.ok(devices.header.every((h) => NETBOX_DEVICE_FIELDS.includes(h)), devices.header.join());
  for (const required of ['role', 'manufacturer', 'device_type', 'status', 'site']) assert.ok(devices.header.includes(required), required);
  assert.equal(devices.rows.length, snap.devices.length);
  assert.ok(!devices.header.includes('comments'), 'no CDU: no comments column');
  const racks = table(out, 'racks.csv');
  assert.ok(racks.header.every((h) => NETBOX_RACK_FIELDS.includes(h)), racks.header.join());
  // width and u_height are required when no rack_type is given.
  assert.ok(racks.header.includes('width') && racks.header.includes('u_height'));
  assert.equal(racks.rows.length, f.racks);
  assert.ok(racks.rows.every((r) => r['site'] === 'DC1' && r['status'] === 'planned' && r['width'] === '19'));
  // each rack's row and place on the floor, which NetBox has no field for, in its comments, to the millimetre
  racks.rows.forEach((r) => {
    const k = snap.racks.find((x) => x.name === r['name'])!;
    const row = k.rowId === null ? null : snap.rows.find((x) => x.id === k.rowId)!.name;
    assert.deepEqual(readFloorComment(r['comments']!), { row, xMm: k.xMm, yMm: k.yMm, rotationDeg: k.rotationDeg });
  });

  // Cable types from media: DAC -> dac-passive, AOC -> aoc, OM4 trunk -> mmf-om4.
  const type = (mediaId: string) => new Set(cables.rows.filter((_, i) => snap.cables[i]!.mediaId === mediaId).map((r) => r['type']));
  assert.deepEqual(type('T-DAC-800G'), new Set(['dac-passive']));
  assert.deepEqual(type('T-AOC-400G'), new Set(['aoc']));
  assert.deepEqual(type('T-OM4-MPO'), new Set(['mmf-om4']));
  cables.rows.forEach((r, i) => {
    const c = snap.cables[i]!;
    assert.equal(r['side_a_type'], 'dcim.interface');
    assert.equal(r['label'], c.label);
    // NetBox knows connected | planned | decommissioning: "installed" is connected.
    assert.equal(r['status'], c.status === 'installed' ? 'connected' : c.status);
    assert.equal(r['length'], c.orderedMm === null ? '' : (c.orderedMm / 1000).toFixed(2));
    assert.equal(r['length_unit'], c.orderedMm === null ? '' : 'm');
  });
});

test('NetBox folder: devicetype-library YAML only for types not from NetBox, and a README with the import order', async () => {
  const { out } = await runFormat(f, 'netbox', {}, 'nb2');
  const files = readdirSync(join(out, 'device-types'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.yaml')).sort();
  // The server (user) and the patch panel (builtin) need definitions; the leaf came from NetBox.
  assert.deepEqual(files, [join('Panelco', 'mpo-panel-1u.yaml'), join('Testco', 'gpu-server-8.yaml')]);
  const server = yaml.load(readFileSync(join(out, 'device-types', 'Testco', 'gpu-server-8.yaml'), 'utf8')) as Record<string, unknown>;
  for (const k of ['manufacturer', 'model', 'slug', 'u_height', 'is_full_depth']) assert.ok(k in server, k);
  const ifaces = server['interfaces'] as { name: string; type: string; mgmt_only?: boolean }[];
  assert.equal(ifaces.length, 9);
  assert.deepEqual(ifaces[0], { name: 'osfp1', type: '400gbase-x-osfp' });
  assert.deepEqual(ifaces[8], { name: 'mgmt', type: '1000base-t', mgmt_only: true });
  assert.deepEqual(server['power-ports'], [{ name: 'PSU', maximum_draw: 10200, allocated_draw: 8000 }]);
  const panel = yaml.load(readFileSync(join(out, 'device-types', 'Panelco', 'mpo-panel-1u.yaml'), 'utf8')) as Record<string, unknown>;
  const front = panel['front-ports'] as { rear_port: string; rear_port_position: number }[];
  assert.equal(front.length, 12);
  assert.deepEqual(front.map((p) => p.rear_port_position), Array.from({ length: 12 }, (_, i) => i + 1));
  assert.deepEqual(panel['rear-ports'], [{ name: 'R1', type: 'mpo', positions: 12 }]);
  assert.ok(!('power-ports' in panel), 'no power figure is invented for the panel');
  const readme = readFileSync(join(out, 'README.md'), 'utf8');
  const order = ['manufacturers.csv', 'device-types/', 'sites.csv', 'locations.csv', 'racks.csv', 'device-roles.csv', 'devices.csv', 'cables.csv'].map((s) => readme.indexOf(s));
  assert.ok(order.every((i) => i >= 0), 'README names every file');
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'in import order');
  assert.ok(existsSync(join(out, 'sites.csv')));
});

test('a device type with only a typical power (the Q3450-LD) gives NetBox its allocated draw, and no maximum is invented', () => {
  const t = BUILTIN_DEVICE_TYPES.find((x) => x.slug === 'nvidia-q3450-ld')!;
  const def = deviceTypeDefinition({ ...toDeviceType(t), id: 1 });
  assert.equal(def['is_powered'], true);
  assert.deepEqual(def['power-ports'], [{ name: 'PSU', allocated_draw: t.typicalPowerW }]);
});

test('NetBox folder: CDUs are devices of role cdu on Generic 0 U types, with the racks they serve and their place in the comments', async () => {
  const g = buildFixture();
  const before = loadSnapshot(g.db);
  const hallId = before.halls[0]!.id;
  const [r1, r2, r3] = before.racks;
  applyEdit(g.db, {
    label: 'CDUs',
    ops: [
      { op: 'create', kind: 'cdu', value: { hallId, name: 'CDU-ROW', placement: 'in-row', capacityW: 2_000_000, xMm: 27_375, yMm: 18_000 } },
      { op: 'create', kind: 'cdu', value: { hallId, name: 'CDU-SPARE', placement: 'in-row', capacityW: 2_000_000 } },
      { op: 'create', kind: 'cdu', value: { hallId, name: 'CDU-IN', placement: 'in-rack', capacityW: 150_000 } },
    ],
  });
  const cdu = new Map((loadSnapshot(g.db).cdus ?? []).map((c) => [c.name, c.id]));
  applyEdit(g.db, {
    label: 'served',
    ops: [
      { op: 'update', kind: 'rack', id: r1!.id, patch: { coolingKind: 'liquid', cduId: cdu.get('CDU-ROW')! } },
      { op: 'update', kind: 'rack', id: r2!.id, patch: { coolingKind: 'liquid', cduId: cdu.get('CDU-ROW')! } },
      { op: 'update', kind: 'rack', id: r3!.id, patch: { coolingKind: 'liquid', cduId: cdu.get('CDU-IN')! } },
    ],
  });
  const { out } = await runFormat(g, 'netbox', { site: 'DC1' }, 'nb-cdu');
  const devices = table(out, 'devices.csv');
  assert.ok(devices.header.every((h) => NETBOX_DEVICE_FIELDS.includes(h)), devices.header.join());
  assert.equal(devices.rows.length, before.devices.length + 3);
  const row = new Map(devices.rows.map((r) => [r['name'], r]));
  const inRow = row.get('CDU-ROW')!;
  assert.deepEqual([inRow['role'], inRow['manufacturer'], inRow['device_type'], inRow['rack'], inRow['position'], inRow['face'], inRow['location']],
    ['cdu', 'Generic', 'In-row CDU 2000 kW (750 x 1200 mm)', '', '', '', before.halls[0]!.name]);
  assert.match(inRow['comments']!, new RegExp(`Serves 2 racks: ${r1!.name}, ${r2!.name}\\.`));
  assert.match(inRow['comments']!, /centre at x 27\.375 m, y 18\.000 m/);
  assert.match(row.get('CDU-SPARE')!['comments']!, /Serves no rack \(a standby unit\)\. No place on the floor yet\./);
  // an in-rack unit serving one rack is in that rack, with no U (NetBox allows a racked device without a position)
  const inRack = row.get('CDU-IN')!;
  assert.deepEqual([inRack['device_type'], inRack['rack'], inRack['position']], ['In-rack CDU 150 kW', r3!.name, '']);
  // the racks' own devices say nothing in the new column
  assert.ok(devices.rows.filter((r) => r['role'] !== 'cdu').every((r) => r['comments'] === ''));
  // each device type named is defined, once, as a 0 U Generic type; the default unit keeps its source
  const dir = join(out, 'device-types', 'Generic');
  const defs = readdirSync(dir).map((n) => yaml.load(readFileSync(join(dir, n), 'utf8')) as Record<string, unknown>);
  assert.deepEqual(defs.map((d) => d['model']).sort(), ['In-rack CDU 150 kW', 'In-row CDU 2000 kW (750 x 1200 mm)']);
  assert.ok(defs.every((d) => d['manufacturer'] === 'Generic' && d['u_height'] === 0 && typeof d['slug'] === 'string'));
  assert.match(String(defs.find((d) => String(d['model']).startsWith('In-row'))!['comments']), /CHx2000/);
  assert.ok(!String(defs.find((d) => String(d['model']).startsWith('In-rack'))!['comments']).includes('CHx2000'));
  assert.ok(table(out, 'manufacturers.csv').rows.some((r) => r['name'] === 'Generic'));
  assert.ok(table(out, 'device-roles.csv').rows.some((r) => r['name'] === 'cdu' && r['color'] === '00bcd4'));
  assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /the 3 CDUs are devices of role `cdu`/);
});
