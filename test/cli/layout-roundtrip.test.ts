import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoLayout } from '../../core/demo/demo-hall.js';
import { BUILTIN_DEVICE_TYPES, portTemplates } from '../../core/catalog/index.js';
import { historyState } from '../../db/history.js';
import { openProject } from '../../db/open.js';
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
  // the undo step names the file, not the folder it came from
  const db = openProject(b);
  try {
    assert.equal(historyState(db).undoLabel, 'Import first.json');
  } finally {
    db.close();
  }
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

test('physical fields (plinth, top, A/B feeds, cooling, CDUs, weights, ratings) import, check and export back unchanged', () => {
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  const src = join(ROOT, 'test/fixtures/layout/physical-row.json');
  assert.equal(cli('new', file).code, 0);
  const r = cli('import', file, src, '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).cdus, 1);
  assert.equal(cli('export', file, '--format', 'json', '--out', '-').stdout, readFileSync(src, 'utf8'));
  // Hand-computed: two GB300 NVL72 (142 kW each, liquid) on CDU-1 (150 kW): 284 kW, over.
  // Busway A and B: sqrt(3) x 415 x 250 x 0.8 = 143.76 kW each; the two A/B racks draw 71 kW from
  // each side normally, 284 kW from one side when the other fails: both feeds over. Busway A also
  // feeds A01 (10.2 kW in full). N01 (rotation 0, front at y 3.6 m) faces N02's rear (y 4.8 m)
  // across 1.2 m. Floors: 1360 kg / 0.72 m2 = 1889 kg/m2 under the hall's 2000; A01 (130.45 +
  // 185.45 kg) 439 kg/m2.
  const c = cli('check', file, '--json');
  assert.equal(c.code, 1);
  const out = JSON.parse(c.stdout) as { violations: { rule: string; message: string }[] };
  const byRule = (rule: string) => out.violations.filter((v) => v.rule === rule);
  assert.deepEqual(byRule('cooling').map((v) => v.message), ['CDU CDU-1 (in-row) carries 284.0 kW of liquid load from 2 rack(s), over its 150.0 kW.']);
  assert.deepEqual(byRule('feed-power').map((v) => v.message).sort(), [
    'Feed Busway A carries 152.2 kW from 3 rack(s) and 294.2 kW when feed Busway B fails (its A/B racks move their whole load here), over its 143.8 kW (3-phase 415 V 250 A at 80%).',
    'Feed Busway B carries 142.0 kW from 2 rack(s) and 284.0 kW when feed Busway A fails (its A/B racks move their whole load here), over its 143.8 kW (3-phase 415 V 250 A at 80%).',
  ]);
  assert.deepEqual(byRule('aisle').map((v) => v.message), ['Rack N01\'s front (air intake) faces the rear (hot exhaust) of rack N02 across a 1.20 m aisle.']);
  assert.equal(byRule('floor-load').length, 0);
});

test('a generated structured hall with CDUs: export -> import into a new file -> export is byte-identical (channels read from the end named first, not the lower port id)', () => {
  const dir = tempDir();
  const a = join(dir, 'a.trayline');
  const b = join(dir, 'b.trayline');
  for (const f of [a, b]) assert.equal(cli('new', f).code, 0);
  // a GB300 NVL72 hall: its racks over the default floor rating make check errors (exit 1), by design
  const g = cli('generate', a, '--arch', 'rail-optimized', '--gpus', '576', '--server', 'nvidia-gb300-nvl72', '--switch', 'nvidia-sn5600', '--cabling', 'auto');
  assert.match(g.stdout, /, 1 CDU\n/);
  const first = join(dir, 'first.json');
  const second = join(dir, 'second.json');
  assert.equal(cli('export', a, '--format', 'json', '--out', first).code, 0);
  const layout = JSON.parse(readFileSync(first, 'utf8')) as { cdus?: { xM?: number; yM?: number }[]; channels?: { a: string; b: string | null }[] };
  assert.equal(layout.cdus?.length, 1);
  // it stands on the floor (the generator placed it at its row's end): its centre travels too
  assert.equal(typeof layout.cdus[0]!.xM, 'number');
  assert.equal(typeof layout.cdus[0]!.yM, 'number');
  assert.ok((layout.channels?.length ?? 0) > 0);
  assert.equal(cli('import', b, first).code, 0);
  assert.equal(cli('export', b, '--format', 'json', '--out', second).code, 0);
  assert.equal(readFileSync(second, 'utf8'), readFileSync(first, 'utf8'));
  // info counts the CDUs, in both files
  for (const f of [a, b]) assert.equal(JSON.parse(cli('info', f, '--json').stdout).cdus, 1);
});
