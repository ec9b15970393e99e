import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoLayout } from '../../core/demo/demo-hall.js';
import { BUILTIN_DEVICE_TYPES, portTemplates } from '../../core/catalog/index.js';
import { cli, ROOT, tempDir } from './run-cli.js';

/** Ports a layout's devices get from their catalog types. */
function expectedPorts(devices: { type: string }[]): number {
  const perType = new Map(BUILTIN_DEVICE_TYPES.map((t) => [t.slug, portTemplates(t).length]));
  return devices.reduce((n, d) => n + perType.get(d.type)!, 0);
}

test('new --demo, info --json reports the demo hall; export -> import into a new file -> export is byte-identical', () => {
  const dir = tempDir();
  const a = join(dir, 'a.trayline');
  const b = join(dir, 'b.trayline');
  const r = cli('new', a, '--demo');
  assert.equal(r.code, 0, r.stderr);

  const demo = demoLayout();
  const info = JSON.parse(cli('info', a, '--json').stdout);
  // 3 rows x 4 GPU racks x 4 DGX x 8 NICs = 384 GPU cables, + 8 leaves x 2 spines x 8 = 128 uplinks
  assert.equal(demo.cables.length, 3 * 4 * 4 * 8 + 8 * 2 * 8);
  assert.deepEqual(
    { halls: info.halls, racks: info.racks, devices: info.devices, ports: info.ports, cables: info.cables, trays: info.trays },
    { halls: 1, racks: demo.racks.length, devices: demo.devices.length, ports: expectedPorts(demo.devices), cables: 512, trays: demo.trays.length },
  );
  assert.ok(info.schemaVersion >= 1);

  const first = join(dir, 'first.json');
  assert.equal(cli('export', a, '--format', 'json', '--out', first).code, 0);
  assert.equal(cli('new', b).code, 0);
  const imp = cli('import', b, first, '--json');
  assert.equal(imp.code, 0, imp.stderr);
  assert.equal(JSON.parse(imp.stdout).cables, 512);
  const second = cli('export', b, '--format', 'json', '--out', '-');
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, readFileSync(first, 'utf8'));
});

test('the example in docs/layout-json.md imports and exports back unchanged', () => {
  const doc = readFileSync(join(ROOT, 'docs/layout-json.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  const layout = join(dir, 'example.json');
  writeFileSync(layout, example);
  assert.equal(cli('new', file).code, 0);
  const r = cli('import', file, layout);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(cli('export', file, '--format', 'json', '--out', '-').stdout, example);
});

test('export refuses an unknown format and a missing --out with exit 2', () => {
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  cli('new', file);
  const bad = cli('export', file, '--format', 'nope', '--out', join(dir, 'x'));
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown format "nope": one of json/);
  assert.equal(cli('export', file, '--format', 'json').code, 2);
});
