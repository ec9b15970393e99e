import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertNetboxFile } from '../../../core/catalog/netbox/convert.js';
import { readDeviceTypes } from '../../../db/catalog.js';
import { importNetboxFiles } from '../../../db/catalog-import.js';
import { openProject } from '../../../db/open.js';
import { seedCatalog } from '../../../db/seed-catalog.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/devicetype-library/device-types', import.meta.url));

function yamlFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(n) ? [{ name: relative(FIXTURES, p), text: readFileSync(p, 'utf8') }] : [];
  });
}
const fixture = (name: string) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') });
const fresh = () => openProject(join(mkdtempSync(join(tmpdir(), 'tl-cat-')), 'p.trayline'), { create: true });

test('a switch file maps figures and ports; the draw is the sum of allocated_draw, maximum_draw is the PSU rating; weight converted to kg', () => {
  const r = convertNetboxFile(fixture('Acme/LS-3264.yaml'));
  assert.ok(r.ok);
  const t = r.deviceType;
  assert.equal(t.slug, 'acme-ls-3264');
  assert.equal(t.role, 'switch');
  assert.equal(t.uHeight, 1);
  // 2 power ports x 650 W maximum_draw (PSU ratings), 2 x 300 W allocated_draw (the draw)
  assert.equal(t.typicalPowerW, 2 * 300);
  assert.equal(t.maxPowerW, null);
  assert.equal(t.psuCount, 2);
  assert.equal(t.psuRatingW, 650);
  assert.equal(t.psuRedundancy, 'N+N');
  assert.ok(r.gaps.some((g) => /psuRedundancy: N\+N inferred from 2 PSUs/.test(g)), r.gaps.join('\n'));
  // 33 lb x 0.45359237 kg/lb = 14.97 kg
  assert.equal(t.weightKg, Math.round(33 * 0.45359237 * 100) / 100);
  const data = t.ports.filter((p) => p.speedGbps === 400);
  assert.equal(data.length, 32);
  assert.equal(data[0]!.formFactor, 'OSFP');
  assert.equal(t.partNumber, 'LS-3264-F');
  assert.match(t.source, /example\.com\/acme\/ls-3264\.pdf/);
});

test('a server with PSUs as module bays gets no power figure and says so; an empty type is reported', () => {
  const r = convertNetboxFile(fixture('Acme/GPU-8X.yml'));
  assert.ok(r.ok);
  assert.equal(r.deviceType.maxPowerW, null);
  assert.equal(r.deviceType.role, 'server');
  assert.ok(r.gaps.some((g) => /module bays/.test(g) && /PSU1/.test(g)), r.gaps.join('\n'));
  assert.ok(r.gaps.some((g) => /"spare"/.test(g) && /no type/.test(g)), r.gaps.join('\n'));
  const spare = r.deviceType.ports.find((p) => p.name === 'spare')!;
  assert.equal(spare.speedGbps, 0);
});

test('a patch panel maps front and rear ports; an MPO rear port carries the fibres of its LC front ports', () => {
  const r = convertNetboxFile(fixture('Generic/MPO-12-panel.yaml'));
  assert.ok(r.ok);
  assert.equal(r.deviceType.role, 'patch-panel');
  const rear = r.deviceType.ports.filter((p) => p.kind === 'rear-port');
  const front = r.deviceType.ports.filter((p) => p.kind === 'front-port');
  assert.equal(rear.length, 2);
  assert.equal(front.length, 8);
  // 4 LC duplex front ports (2 fibres each) per MPO rear port
  assert.equal(rear[0]!.lanes, 4 * 2);
  assert.equal(r.deviceType.maxPowerW, 0);
  // the front -> rear mapping (inline rear_port / rear_port_position) and the rear positions
  assert.deepEqual(rear.map((p) => [p.name, p.positions]), [['MPO1', 4], ['MPO2', 4]]);
  assert.deepEqual(front.map((p) => `${p.name}>${p.rearPort}:${p.rearPosition}`), ['LC1>MPO1:1', 'LC2>MPO1:2', 'LC3>MPO1:3', 'LC4>MPO1:4', 'LC5>MPO2:1', 'LC6>MPO2:2', 'LC7>MPO2:3', 'LC8>MPO2:4']);
});

test('the NetBox 4.5 port-mappings list maps front to rear ports, following renamed rear ports', () => {
  const r = convertNetboxFile(fixture('Generic/LC-12-port-mappings.yaml'));
  assert.ok(r.ok);
  const t = r.deviceType;
  // rear ports named like front ports become "Port 1 (rear)"; the mapping follows them
  assert.deepEqual(t.ports.filter((p) => p.kind === 'rear-port').map((p) => [p.name, p.positions]), [['Port 1 (rear)', 6], ['Port 2 (rear)', 6]]);
  const front = t.ports.filter((p) => p.kind === 'front-port').map((p) => `${p.name}>${p.rearPort}:${p.rearPosition}`);
  assert.deepEqual(front, ['Port 1>Port 1 (rear):1', 'Port 2>Port 1 (rear):2', 'Port 3>Port 1 (rear):3', 'Port 7>Port 2 (rear):1', 'Port 8>null:null']);
  assert.ok(r.gaps.some((g) => g === 'front-port "Port 8": rear port "Port 9" is not in the file'), r.gaps.join('\n'));
});

test('a duplicate port name is kept under a new name and reported', () => {
  const r = convertNetboxFile(fixture('Acme/LS-3264-dup.yaml'));
  assert.ok(r.ok);
  const names = r.deviceType.ports.map((p) => p.name);
  assert.deepEqual(names, ['Ethernet1', 'Ethernet2', 'Ethernet2 #2', 'Ethernet3']);
  assert.ok(r.gaps.some((g) => g.includes('duplicate') && g.includes('Ethernet2')));
});

test('malformed files are refused with a reason naming the field or line', () => {
  const bad = convertNetboxFile(fixture('Broken/bad-u-height.yaml'));
  assert.equal(bad.ok, false);
  assert.match(!bad.ok ? bad.reason : '', /u_height/);
  const notYaml = convertNetboxFile(fixture('Broken/not-yaml.yaml'));
  assert.equal(notYaml.ok, false);
  assert.match(!notYaml.ok ? notYaml.reason : '', /line \d+/);
});

test('a folder imports in one go: good files written, bad ones skipped with their path; re-import updates without duplicates', () => {
  const db = fresh();
  const files = yamlFiles(FIXTURES);
  const good = files.filter((f) => !f.name.startsWith('Broken'));
  const first = importNetboxFiles(db, files);
  assert.equal(first.imported, good.length);
  assert.equal(first.updated, 0);
  assert.deepEqual(first.skipped.map((s) => s.file).sort(), ['Broken/bad-u-height.yaml', 'Broken/not-yaml.yaml']);
  const count = readDeviceTypes(db).length;
  assert.equal(count, good.length);

  // Re-import with one figure changed: updated in place, same number of types.
  const changed = files.map((f) => (f.name === 'Acme/LS-3264.yaml' ? { ...f, text: f.text.replace(/allocated_draw: 300/g, 'allocated_draw: 350') } : f));
  const second = importNetboxFiles(db, changed);
  assert.equal(second.imported, 0);
  assert.equal(second.updated, good.length);
  const types = readDeviceTypes(db);
  assert.equal(types.length, count);
  const ls = types.find((t) => t.slug === 'acme-ls-3264')!;
  assert.equal(ls.typicalPowerW, 2 * 350);
  assert.equal(ls.ports.length, 33);
  assert.ok(ls.gaps !== undefined);
});

test('progress is reported for validation and writing', () => {
  const db = fresh();
  const files = yamlFiles(FIXTURES);
  const events: string[] = [];
  const s = importNetboxFiles(db, files, (phase, done, total) => events.push(`${phase} ${done}/${total}`));
  assert.equal(events.filter((e) => e.startsWith('validate')).at(-1), `validate ${files.length}/${files.length}`);
  const written = s.imported + s.updated;
  assert.equal(events.filter((e) => e.startsWith('write')).at(-1), `write ${written}/${written}`);
});

test('a file whose slug is a built-in type is imported beside it, leaving the sourced built-in intact', () => {
  const db = fresh();
  seedCatalog(db);
  const before = readDeviceTypes(db).find((t) => t.slug === 'nvidia-qm9700')!;
  const text = readFileSync(join(FIXTURES, 'Acme/LS-3264.yaml'), 'utf8').replace('slug: acme-ls-3264', 'slug: nvidia-qm9700');
  const s = importNetboxFiles(db, [{ name: 'qm.yaml', text }]);
  assert.equal(s.imported, 1);
  assert.equal(s.types[0]!.slug, 'nvidia-qm9700-netbox');
  const after = readDeviceTypes(db).find((t) => t.slug === 'nvidia-qm9700')!;
  assert.deepEqual(after, before);
});

test('seeding twice keeps one entry per slug and the user\'s prices', async () => {
  const { setMediaPrice, readMedia } = await import('../../../db/catalog.js');
  const db = fresh();
  seedCatalog(db);
  const n = readDeviceTypes(db).length;
  const id = readMedia(db)[0]!.id;
  assert.ok(setMediaPrice(db, id, 123.45));
  seedCatalog(db);
  assert.equal(readDeviceTypes(db).length, n);
  const m = readMedia(db).find((x) => x.id === id)!;
  assert.equal(m.unitCostUsd, 123.45);
  assert.equal(m.costEstimate, false);
});

test('a user fills in the power a file lacks: the figure is set, its source says so, the gap goes', async () => {
  const { setDeviceTypeFigures } = await import('../../../db/catalog.js');
  const db = fresh();
  importNetboxFiles(db, [fixture('Acme/GPU-8X.yml')]);
  const before = readDeviceTypes(db).find((t) => t.slug === 'acme-gpu-8x')!;
  assert.equal(before.maxPowerW, null);
  assert.ok(before.gaps!.some((g) => g.startsWith('maxPowerW')));
  const after = setDeviceTypeFigures(db, 'acme-gpu-8x', { maxPowerW: 6000 })!;
  assert.equal(after.maxPowerW, 6000);
  assert.match(after.source, /^maxPowerW: entered by the user$/m);
  assert.ok(!after.gaps!.some((g) => g.startsWith('maxPowerW')), after.gaps!.join('\n'));
  // Other gaps stay.
  assert.ok(after.gaps!.some((g) => g.includes('"spare"')));
  assert.equal(setDeviceTypeFigures(db, 'no-such-type', { maxPowerW: 1 }), null);
});
