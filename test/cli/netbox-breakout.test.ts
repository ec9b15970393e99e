// A hall whose switch ports run split by a breakout (SN5600's 800G OSFP as 2 x 400G: swp1s0 and
// swp1s1 of swp1) through NetBox and through a layout JSON document: NetBox's export lists the
// sub-ports as interfaces under their parent (NetBox makes a device's interfaces from its type,
// which has swp1 only), and both imports split a port whose sub-ports the cables name, as the
// generator does (a port no cable splits stays whole, unless NetBox's interfaces file is given).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { openProject } from '../../db/open.js';
import { cli, tempDir } from './run-cli.js';

const ends = (file: string) => {
  const db = openProject(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT da.name || ':' || pa.name || ' - ' || db.name || ':' || pb.name AS link, pa.speed_gbps || '/' || pb.speed_gbps AS speeds FROM cables c
       JOIN port_view pa ON pa.id = c.a_port_id JOIN devices da ON da.id = pa.device_id
       JOIN port_view pb ON pb.id = c.b_port_id JOIN devices db ON db.id = pb.device_id ORDER BY link`,
    )
    .all();
  const sub = db.prepare("SELECT d.name AS device, p.name FROM port_view p JOIN devices d ON d.id = p.device_id WHERE p.name GLOB '*s[0-9]' ORDER BY d.name, p.name").all() as { device: string; name: string }[];
  db.close();
  return { rows, sub };
};

/** A 256-GPU hall on SN5600s: 400G NICs on 800G ports split in two. */
const splitHall = () => {
  const dir = tempDir();
  const hall = join(dir, 'split.trayline');
  assert.equal(cli('new', hall).code, 0);
  assert.equal(cli('generate', hall, '--arch', 'rail-optimized', '--gpus', '256', '--switch', 'nvidia-sn5600').code, 0);
  return { dir, hall };
};

test('breakout sub-ports go to NetBox as interfaces under their parent and come back as the same split ports', () => {
  const { dir, hall } = splitHall();
  const before = ends(hall);
  assert.ok(before.sub.length > 0, 'the 400G NICs meet 800G switch ports split in two');
  const nb = join(dir, 'nb');
  assert.equal(cli('export', hall, '--format', 'netbox', '--out', nb).code, 0);
  const interfaces = parse(readFileSync(join(nb, 'interfaces.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(interfaces.map((i) => `${i['device']}:${i['name']}`).sort(), before.sub.map((s) => `${s.device}:${s.name}`).sort());
  for (const i of interfaces) assert.deepEqual([i['parent'], i['type']], [i['name']!.replace(/s\d+$/, ''), '400gbase-x-osfp']);
  assert.match(readFileSync(join(nb, 'README.md'), 'utf8'), /\*\*Interfaces\*\* — `interfaces\.csv`: the [\d,]+ interfaces .* breakout sub-ports/);

  const copy = join(dir, 'copy.trayline');
  const r = cli('import-netbox', copy, '--racks', join(nb, 'racks.csv'), '--devices', join(nb, 'devices.csv'), '--cables', join(nb, 'cables.csv'));
  assert.equal(r.code, 0, r.stderr);
  // every cable back on the same ports at the same speeds; the ports split are those whose sub-ports
  // a cable uses (a port no cable splits comes back whole: the cables are what the import reads)
  const after = ends(copy);
  assert.deepEqual(after.rows, before.rows);
  const cabledParents = new Set((before.rows as { link: string }[]).flatMap((x) => x.link.split(' - ')).filter((e) => /s\d+$/.test(e)).map((e) => e.replace(/s\d+$/, '')));
  assert.match(r.stderr, new RegExp(`${cabledParents.size} port\\(s\\) split by a breakout`));
  assert.deepEqual(new Set(after.sub.map((x) => `${x.device}:${x.name.replace(/s\d+$/, '')}`)), cabledParents);
  // with the interfaces file too, the split ports no cable uses (spares) come back split as well
  const whole = join(dir, 'whole.trayline');
  const w = cli('import-netbox', whole, '--racks', join(nb, 'racks.csv'), '--devices', join(nb, 'devices.csv'), '--interfaces', join(nb, 'interfaces.csv'), '--cables', join(nb, 'cables.csv'));
  assert.equal(w.code, 0, w.stderr);
  assert.ok(cabledParents.size < before.sub.length / 2, 'the hall has spare split ports');
  assert.deepEqual(ends(whole), before);
});

test('a port cabled both whole and by its sub-ports, or past its breakout, is refused by file, line and column', () => {
  const { dir, hall } = splitHall();
  const nb = join(dir, 'nb');
  cli('export', hall, '--format', 'netbox', '--out', nb);
  const text = readFileSync(join(nb, 'cables.csv'), 'utf8').split('\n');
  // line 2 ends on a leaf's swp1s0; line 3 takes that leaf's swp1 whole; line 4 a lane past the
  // port's widest breakout (8 x 100G)
  const leaf = /,([^,]+),dcim\.interface,swp1s0,/.exec(text[1]!)![1]!;
  text[2] = text[2]!.replace(/,[^,]+,dcim\.interface,swp\d+s\d,/, `,${leaf},dcim.interface,swp1,`);
  text[3] = text[3]!.replace(/,[^,]+,dcim\.interface,swp\d+s\d,/, `,${leaf},dcim.interface,swp2s8,`);
  writeFileSync(join(nb, 'cables.csv'), text.join('\n'));
  const r = cli('import-netbox', join(dir, 'bad.trayline'), '--racks', join(nb, 'racks.csv'), '--devices', join(nb, 'devices.csv'), '--cables', join(nb, 'cables.csv'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, new RegExp(`cables\\.csv:3: side_b_name: ${leaf} swp1 is split into 2 x 400G sub-ports \\(swp1s0, \\.\\.\\.\\) by other cables`));
  assert.match(r.stderr, new RegExp(`cables\\.csv:4: side_b_name: device ${leaf} \\(nvidia-sn5600\\) has no port "swp2s8"`));
});

test('a layout JSON document of a hall with breakouts imports back with its cables on the same sub-ports; a port cabled whole and split is refused by its JSON path', () => {
  const { dir, hall } = splitHall();
  const doc = join(dir, 'hall.json');
  assert.equal(cli('export', hall, '--format', 'json', '--out', doc).code, 0);
  const copy = join(dir, 'copy.trayline');
  cli('new', copy);
  const r = cli('import', copy, doc);
  assert.equal(r.code, 0, r.stderr);
  // every port as it was, the split ones no cable uses included (the devices' `split`)
  assert.deepEqual(ends(copy), ends(hall));

  const layout = JSON.parse(readFileSync(doc, 'utf8')) as { devices: { name: string; split?: Record<string, number> }[]; cables: { a: { device: string; port: string }; b: { device: string; port: string } }[] };
  const leaf = layout.devices.findIndex((d) => d.split);
  assert.equal(layout.devices[leaf]!.split!['swp1'], 2);
  const i = layout.cables.findIndex((c) => /s0$/.test(c.b.port));
  const j = layout.cables.findIndex((c, k) => k !== i && c.b.device !== layout.cables[i]!.b.device && /s\d$/.test(c.b.port));
  layout.cables[j]!.b = { device: layout.cables[i]!.b.device, port: layout.cables[i]!.b.port.replace(/s0$/, '') };
  writeFileSync(doc, JSON.stringify(layout));
  const other = join(dir, 'other.trayline');
  cli('new', other);
  const bad = cli('import', other, doc);
  assert.equal(bad.code, 2);
  // and a split into a count the port's breakouts do not have
  layout.devices[leaf]!.split!['swp1'] = 3;
  writeFileSync(doc, JSON.stringify(layout));
  assert.match(cli('import', other, doc).stderr, new RegExp(`\\$\\.devices\\[${leaf}\\]\\.split\\.swp1: port "swp1" of nvidia-sn5600 has no breakout into 3 \\(2 x 400G, 4 x 200G, 8 x 100G\\)`));
  layout.devices[leaf]!.split!['swp1'] = 2;
  assert.match(bad.stderr, new RegExp(`\\$\\.cables\\[${j}\\]\\.b\\.port: ${layout.cables[i]!.b.device} ${layout.cables[j]!.b.port} is split into 2 x 400G sub-ports`));
});
