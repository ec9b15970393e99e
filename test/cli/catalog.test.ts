import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA } from '../../core/catalog/index.js';
import { cli, fileDigest, ROOT, tempDir } from './run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/devicetype-library');

function project(): string {
  const file = join(tempDir(), 'p.trayline');
  const r = cli('new', file);
  assert.equal(r.code, 0, r.stderr);
  return file;
}

test('catalog list --json holds every built-in device type and media entry, each with a source', () => {
  const file = project();
  const r = cli('catalog', 'list', file, '--json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.deviceTypes.map((t: { slug: string }) => t.slug).sort(), BUILTIN_DEVICE_TYPES.map((t) => t.slug).sort());
  assert.deepEqual(out.media.map((m: { id: string }) => m.id).sort(), BUILTIN_MEDIA.map((m) => m.id).sort());
  const dgx = out.deviceTypes.find((t: { slug: string }) => t.slug === 'nvidia-dgx-h100');
  assert.equal(Object.keys(dgx).filter((k) => ['slug', 'manufacturer', 'model', 'uHeight', 'maxPowerW', 'ports'].includes(k)).length, 6);
  assert.equal(Object.keys(dgx.ports[0]).filter((k) => ['name', 'formFactor', 'speedGbps'].includes(k)).length, 3);
  for (const m of out.media) {
    for (const k of ['id', 'kind', 'speedGbps', 'formFactor', 'fiber', 'connector', 'maxReachM', 'powerW', 'unitCost', 'lengthsM']) assert.ok(k in m, `${m.id}: ${k}`);
    assert.ok(['dac', 'acc', 'aec', 'aoc', 'transceiver', 'fiber'].includes(m.kind));
    assert.ok(m.source.length > 0);
  }
  for (const t of out.deviceTypes) assert.ok(t.source.length > 0, t.slug);
});

test('import-netbox: a folder is read recursively, bad files skipped with path and reason (exit 1); re-import updates', () => {
  const file = project();
  const dir = join(tempDir(), 'lib');
  cpSync(FIXTURES, dir, { recursive: true });
  const r = cli('catalog', 'import-netbox', file, dir, '--json');
  assert.equal(r.code, 1, r.stderr);
  const s = JSON.parse(r.stdout);
  // 5 good files (Acme x3, Generic x2); 2 broken; notes.txt is not a .yaml file and is ignored
  assert.equal(s.imported, 5);
  assert.equal(s.updated, 0);
  assert.deepEqual(s.skipped.map((x: { file: string }) => x.file.slice(dir.length + 1)).sort(), ['device-types/Broken/bad-u-height.yaml', 'device-types/Broken/not-yaml.yaml']);
  for (const x of s.skipped) assert.ok(x.reason.length > 0);

  const ls = join(dir, 'device-types/Acme/LS-3264.yaml');
  writeFileSync(ls, readFileSync(ls, 'utf8').replace('u_height: 1', 'u_height: 2'));
  const again = JSON.parse(cli('catalog', 'import-netbox', file, join(dir, 'device-types/Acme'), '--json').stdout);
  assert.equal(again.imported, 0);
  assert.equal(again.updated, 3);
  const list = JSON.parse(cli('catalog', 'list', file, '--json').stdout);
  const acme = list.deviceTypes.filter((t: { slug: string }) => t.slug === 'acme-ls-3264');
  assert.equal(acme.length, 1);
  assert.equal(acme[0].uHeight, 2);
  assert.equal(list.deviceTypes.length, BUILTIN_DEVICE_TYPES.length + 5);
});

test('import-netbox: a missing path is a usage error and nothing is written', () => {
  const file = project();
  const digest = fileDigest(file);
  const r = cli('catalog', 'import-netbox', file, join(FIXTURES, 'nope'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /nope: no such file or folder/);
  assert.equal(fileDigest(file), digest);
});

test('set-price changes one media price; an unknown id or a bad price is refused', () => {
  const file = project();
  const id = BUILTIN_MEDIA[0]!.id;
  const r = cli('catalog', 'set-price', file, id, '42.5', '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { id, unitCost: 42.5 });
  const m = JSON.parse(cli('catalog', 'list', file, '--json').stdout).media.find((x: { id: string }) => x.id === id);
  assert.equal(m.unitCost, 42.5);
  assert.equal(m.costEstimate, false);
  assert.equal(cli('catalog', 'set-price', file, 'NO-SUCH', '1').code, 2);
  const bad = cli('catalog', 'set-price', file, id, 'cheap');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /not a price/);
});

test('set-price on a trunk sets its base and price per metre; a price per metre on a non-assembly is refused', () => {
  const file = project();
  const id = 'TRUNK-MPO12-144F-OS2-B';
  const listed = () => JSON.parse(cli('catalog', 'list', file, '--json').stdout).media.find((x: { id: string }) => x.id === id);
  // The default: 24 connectors x 45 + 144 fibres x 0.05 per metre (prices.ts).
  assert.deepEqual([listed().unitCost, listed().perMUsd], [1080, 7.2]);
  const r = cli('catalog', 'set-price', file, id, '900', '--per-m', '5', '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { id, unitCost: 900, perMUsd: 5 });
  assert.deepEqual([listed().unitCost, listed().perMUsd, listed().costEstimate], [900, 5, false]);
  // Without --per-m the per-metre price stays; --per-m none makes it a flat price per assembly.
  assert.deepEqual(JSON.parse(cli('catalog', 'set-price', file, id, '950', '--json').stdout), { id, unitCost: 950, perMUsd: 5 });
  assert.match(cli('catalog', 'set-price', file, id, '1200', '--per-m', 'none').stdout, /TRUNK-MPO12-144F-OS2-B: \$1,200\n/);
  assert.equal(listed().perMUsd, null);
  const dac = BUILTIN_MEDIA.find((m) => m.kind === 'dac')!.id;
  const bad = cli('catalog', 'set-price', file, dac, '10', '--per-m', '1');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /: a price per metre is only for a made assembly/);
});

test('set-figure fills in a missing figure of a device type; a bad field or value is refused', () => {
  const file = project();
  const slug = BUILTIN_DEVICE_TYPES.find((t) => t.maxPowerW === null)!.slug;
  const r = cli('catalog', 'set-figure', file, slug, 'max-power-w', '4200', '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).maxPowerW, 4200);
  const t = JSON.parse(cli('catalog', 'list', file, '--json').stdout).deviceTypes.find((x: { slug: string }) => x.slug === slug);
  assert.equal(t.maxPowerW, 4200);
  assert.match(t.source, /maxPowerW: entered by the user/);
  assert.equal(cli('catalog', 'set-figure', file, slug, 'colour', 'red').code, 2);
  assert.equal(cli('catalog', 'set-figure', file, slug, 'max-power-w', '-5').code, 2);
});
