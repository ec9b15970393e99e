// `trayline generate --cabling` and `compare --cabling` as a user runs them, on the built-in
// catalog. One SU of DGX H100 on QM9700 (64 ports): 8 leaves x 32 uplinks to 4 spines = 256
// leaf-spine links, all between the leaf rack and the spine rack: auto cabling puts them on
// ceil(256 / 12) = 22 trunks (21 x 144F + one 48F for the last 4 links) landing on 22 trunk
// entries per rack = 6 x 4-entry panels per rack, 12 panels; the 256 server-leaf links stay
// direct. Cables: 256 + 2 x 256 jumpers + 22 trunks = 790; links 512.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, tempDir } from './run-cli.js';

test('generate --cabling auto: trunks, panels and links as worked out; info counts them; check is clean', () => {
  const file = join(tempDir(), 's.trayline');
  assert.equal(cli('new', file).code, 0);
  const g = cli('generate', file, '--arch', 'rail-optimized', '--scalable-units', '1', '--cabling', 'auto', '--json');
  assert.equal(g.code, 0, g.stderr);
  const j = JSON.parse(g.stdout);
  assert.equal(j.structured.links, 256);
  assert.equal(j.structured.trunks, 22);
  assert.equal(j.structured.panels, 12);
  const trunks = j.structured.trunksByMedia as Record<string, number>;
  assert.deepEqual(Object.values(trunks).sort((a, b) => a - b), [1, 21]);
  assert.ok(Object.keys(trunks).some((k) => k.startsWith('TRUNK-MPO12-48F-')) && Object.keys(trunks).some((k) => k.startsWith('TRUNK-MPO12-144F-')));
  assert.ok(j.cost.trunksUsd > 0, 'trunks are priced');
  assert.equal(j.checks.errors, 0, JSON.stringify(j.checks.counts));
  const info = JSON.parse(cli('info', file, '--json').stdout);
  assert.deepEqual({ links: info.links, trunks: info.trunks, panels: info.panels, cables: info.cables }, { links: 512, trunks: 22, panels: 12, cables: 256 + 512 + 22 });
  const c = cli('check', file, '--json');
  assert.equal(JSON.parse(c.stdout).errors, 0);
});

test('--cabling with a bad value is refused naming the flag; compare --cabling fills the trunks bucket', () => {
  const file = join(tempDir(), 'b.trayline');
  assert.equal(cli('new', file).code, 0);
  const bad = cli('generate', file, '--arch', 'clos', '--gpus', '256', '--cabling', 'trunks');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--cabling/);
  const direct = JSON.parse(cli('compare', '--gpus', '2048', '--json').stdout);
  const auto = JSON.parse(cli('compare', '--gpus', '2048', '--cabling', 'auto', '--json').stdout);
  const ro = (rows: { arch: string; cost: { trunksUsd: number } }[]) => rows.find((r) => r.arch === 'rail-optimized')!;
  assert.equal(ro(direct).cost.trunksUsd, 0);
  assert.ok(ro(auto).cost.trunksUsd > 0);
});
