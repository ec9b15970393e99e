// A hand-built structured hall (test/fixtures/layout/structured-two-rows.json): two network racks
// in different rows, an MPO trunk panel in each, one 144-fibre trunk between them and twelve
// jumper pairs from a leaf's ports to a spine's. It imports, routes, checks clean, and counts one
// link per jumper pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from './run-cli.js';

const FIXTURE = join(ROOT, 'test/fixtures/layout/structured-two-rows.json');

// Hand-computed (1U = 44.45 mm, 48U racks on the default 100 mm plinth, defaults: slack 500,
// service loop 1000 per end; trays at 2600 mm, above the racks' tops (100 + 48 x 44.45 = 2233.6);
// racks on their row's tray, x = 3.3 m):
//  trunk, panel U40 to panel U40: the ports are 100 + 39.5 x 44.45 = 1855.775 mm above the floor,
//  so each end climbs 2600 - 1855.775 = 744.225 mm; along the trays 0.9 + 3.0 + 0.9 = 4800 mm,
//  slack 500 + 2 x 1000: 2 x 744.225 + 4800 + 2500 = 8788.45 -> 8788 mm, made to length in whole
//  metres: 9 m.
//  jumper, switch U20 to panel U40 in one rack: (39.5 - 19.5) x 44.45 = 889 mm + 500 slack =
//  1389 mm -> the 1.5 m stock cord. Channel: 1.5 + 9 + 1.5 = 12 m.
// The racks face each other across the aisle between the rows (NB01 turned 180 degrees).
const TRUNK_ROUTED_M = 8.788;
const TRUNK_ORDERED_M = 9;
const JUMPER_ORDERED_M = 1.5;

test('structured example: links = jumper pairs, one trunk, two panels; routes; checks clean', () => {
  const file = join(tempDir(), 's.trayline');
  assert.equal(cli('new', file).code, 0);
  const imp = cli('import', file, FIXTURE);
  assert.equal(imp.code, 0, imp.stderr);

  const info = JSON.parse(cli('info', file, '--json').stdout);
  assert.deepEqual(
    { cables: info.cables, links: info.links, openLinks: info.openLinks, trunks: info.trunks, panels: info.panels },
    { cables: 1 + 2 * 12, links: 12, openLinks: 0, trunks: 1, panels: 2 },
  );

  const r = cli('route', file, '--json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const trunk = out.cables.find((c: { label: string }) => c.label === 'TRK-A01-B01');
  assert.deepEqual(trunk, { label: 'TRK-A01-B01', media: 'TRUNK-MPO12-144F-OS2-B', routedM: TRUNK_ROUTED_M, orderedM: TRUNK_ORDERED_M });
  assert.equal(out.links.length, 12);
  assert.deepEqual(out.links[0], {
    a: 'leaf-a01:1/1',
    b: 'spine-b01:1/1',
    cables: ['JA-01', 'TRK-A01-B01', 'JB-01'],
    panels: [
      { device: 'panel-a01', front: 'F1', rear: 'T1', position: 1 },
      { device: 'panel-b01', front: 'F1', rear: 'T1', position: 1 },
    ],
    junctions: 2,
    matedPairs: 2,
    legs: [],
    lengthM: JUMPER_ORDERED_M + TRUNK_ORDERED_M + JUMPER_ORDERED_M,
    open: null,
  });
  // port 6/2 is the twelfth: its jumpers sit on F12, trunk position 12
  const last = out.links.find((l: { a: string }) => l.a === 'leaf-a01:6/2');
  assert.deepEqual(last.panels.map((p: { position: number }) => p.position), [12, 12]);

  const c = cli('check', file, '--json');
  const checked = JSON.parse(c.stdout);
  assert.equal(checked.errors, 0, JSON.stringify(checked.violations.filter((v: { severity: string }) => v.severity === 'error')));
  assert.equal(checked.warnings, 0);
  assert.equal(c.code, 0);
});

test('layout JSON v2: the structured example exports panels, trunks and channels; export -> import -> export is byte-identical; v1 rejects v2 fields', () => {
  const dir = tempDir();
  const a = join(dir, 'a.trayline');
  const b = join(dir, 'b.trayline');
  cli('new', a);
  assert.equal(cli('import', a, FIXTURE).code, 0);
  const first = cli('export', a, '--format', 'json', '--out', '-');
  assert.equal(first.code, 0, first.stderr);
  const doc = JSON.parse(first.stdout);
  assert.equal(doc.version, 2);
  assert.deepEqual(doc.panels, [
    { device: 'panel-a01', rack: 'NA01', type: 'generic-mpo12-trunk-panel-1u', map: ['F1-F12 -> T1:1-12', 'F13-F24 -> T2:1-12', 'F25-F36 -> T3:1-12', 'F37-F48 -> T4:1-12'] },
    { device: 'panel-b01', rack: 'NB01', type: 'generic-mpo12-trunk-panel-1u', map: ['F1-F12 -> T1:1-12', 'F13-F24 -> T2:1-12', 'F25-F36 -> T3:1-12', 'F37-F48 -> T4:1-12'] },
  ]);
  assert.deepEqual(doc.trunks, [{ label: 'TRK-A01-B01', a: 'panel-a01:T1', b: 'panel-b01:T1', media: 'TRUNK-MPO12-144F-OS2-B', fibres: 144, links: 12, positions: 12, polarity: 'B' }]);
  assert.equal(doc.channels.length, 12);
  assert.deepEqual(doc.channels[0], { a: 'leaf-a01:1/1', b: 'spine-b01:1/1', via: ['JA-01', 'TRK-A01-B01', 'JB-01'] });

  cli('new', b);
  const back = join(dir, 'back.json');
  writeFileSync(back, first.stdout);
  assert.equal(cli('import', b, back).code, 0);
  assert.equal(cli('export', b, '--format', 'json', '--out', '-').stdout, first.stdout);

  // declared polarity and harness legs survive the round trip
  const v2 = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  v2.version = 2;
  v2.cables[1].polarity = 'B';
  v2.cables.push(
    { label: 'H-1', a: { device: 'leaf-a01', port: '7/1' }, b: { device: 'panel-a01', port: 'F13' }, media: 'HARNESS-MPO16-2xMPO8-OS2', lengthM: null, assembly: 'H', leg: 1 },
    { label: 'H-2', a: { device: 'leaf-a01', port: '7/1' }, b: { device: 'panel-a01', port: 'F14' }, media: 'HARNESS-MPO16-2xMPO8-OS2', lengthM: null, assembly: 'H', leg: 2 },
  );
  const withLegs = join(dir, 'legs.json');
  writeFileSync(withLegs, JSON.stringify(v2));
  const c = join(dir, 'c.trayline');
  cli('new', c);
  assert.equal(cli('import', c, withLegs).code, 0);
  const legsOut = cli('export', c, '--format', 'json', '--out', '-').stdout;
  const legsDoc = JSON.parse(legsOut);
  assert.deepEqual(
    legsDoc.cables.filter((x: { label: string }) => ['H-1', 'H-2', 'JA-01'].includes(x.label)).map((x: { label: string; polarity?: string; assembly?: string; leg?: number }) => [x.label, x.polarity, x.assembly, x.leg]),
    [['H-1', undefined, 'H', 1], ['H-2', undefined, 'H', 2], ['JA-01', 'B', undefined, undefined]],
  );
  // the two legs leave one port: one connector, no port-reuse; each is its own (open) channel
  const checked = JSON.parse(cli('check', c, '--json').stdout);
  assert.equal(checked.violations.filter((v: { rule: string }) => v.rule === 'port-reuse').length, 0);
  assert.deepEqual(legsDoc.channels.filter((x: { via: string[] }) => x.via[0]!.startsWith('H-')), [
    { a: 'leaf-a01:7/1', b: null, via: ['H-1'] },
    { a: 'leaf-a01:7/1', b: null, via: ['H-2'] },
  ]);
  writeFileSync(withLegs, legsOut);
  const d = join(dir, 'd.trayline');
  cli('new', d);
  assert.equal(cli('import', d, withLegs).code, 0);
  assert.equal(cli('export', d, '--format', 'json', '--out', '-').stdout, legsOut);

  // a v1 document may not carry version 2 fields
  const v1 = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  v1.cables[1] = { ...v1.cables[1], polarity: 'A' };
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify(v1));
  const r = cli('import', b, bad);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\$\.cables\[1\]\.polarity: "polarity" is a version 2 field: set "version": 2/);
});
