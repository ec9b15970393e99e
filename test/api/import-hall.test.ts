// 'import.hall': the files a user picked in the app (NetBox's racks, devices and cables exports
// with device type YAML, or a layout JSON), sorted by what they are, imported as one undo step;
// a bad row is listed with its file, line and column, and nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyState } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import { createProject } from '../../main/app/create-project.js';
import { importsHandlers as h } from '../../main/handlers/imports.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { withProject } from './with-project.js';
import { cli } from '../cli/run-cli.js';
import { setAsideByName } from '../../core/import/hall-files.js';

const nb = (f: string) => join(FIXTURES, 'netbox-import', f);
const pick = (...paths: string[]) => paths.map((p) => ({ name: p.split('/').pop()!, text: readFileSync(p, 'utf8') }));
const TYPES = readdirSync(nb('device-types')).map((f) => nb(`device-types/${f}`));
const csvRows = (f: string) => readFileSync(nb(f), 'utf8').trim().split('\n').length - 1;
const fresh = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-import-hall-')), 'p.trayline');
  createProject(file);
  return file;
};

test('NetBox files picked together: each read as what it is, the hall written as one undo step, its hall named to show', async () => {
  await withProject(async (ctx, db) => {
    const r = await h['import.hall'](ctx, { files: pick(nb('cables.csv'), ...TYPES, nb('racks.csv'), nb('devices.csv')) });
    assert.deepEqual(r.problems, []);
    assert.equal(r.kind, 'netbox');
    assert.deepEqual(
      r.files.map((f) => `${f.name}=${f.as}`).sort(),
      ['acme-gpu8.yaml=device type', 'acme-sw64.yaml=device type', 'cables.csv=cables', 'devices.csv=devices', 'racks.csv=racks'],
    );
    const store = new EntityStore(db);
    assert.equal(store.all('rack').length, csvRows('racks.csv'));
    assert.equal(store.all('cable').length, csvRows('cables.csv') - 1); // (one power cable)
    assert.match(r.summary!, new RegExp(`^${csvRows('racks.csv')} racks in \\d+ rows \\(2 new halls\\), ${csvRows('devices.csv') - 2} devices, ${csvRows('cables.csv') - 1} cables, 1 CDU, 2 device types$`));
    assert.equal(store.get('hall', r.hallId!)!.name, 'Hall 1');
    assert.ok(r.notes.some((n) => /NetBox has no floor coordinates/.test(n)));
    assert.equal(historyState(db).undoLabel, 'Import from NetBox');
  }, fresh());
});

test('a bad row is listed with its file, line and column; nothing is written', async () => {
  await withProject(async (ctx, db) => {
    const r = await h['import.hall'](ctx, { files: pick(nb('racks.csv'), nb('devices-bad.csv'), ...TYPES) });
    assert.equal(r.kind, null);
    assert.ok(r.problems.length > 0);
    for (const p of r.problems) assert.equal(p.file, 'devices-bad.csv');
    assert.ok(r.problems.every((p) => typeof p.line === 'number' && p.line > 1 && p.reason.length > 0), JSON.stringify(r.problems));
    assert.equal(new EntityStore(db).all('rack').length, 0);
    assert.equal(historyState(db).undoLabel, null);
  }, fresh());
});

test('a layout document imports alone; a file the import does not know, or a layout with NetBox files, is refused by name', async () => {
  const layout = join(import.meta.dirname, '../fixtures/layout/structured-two-rows.json');
  await withProject(async (ctx, db) => {
    const odd = await h['import.hall'](ctx, { files: [{ name: 'notes.txt', text: 'hello' }] });
    assert.deepEqual(odd.problems.map((p) => p.reason), ['no NetBox racks, devices or cables export and no layout JSON among the files']);
    assert.match(odd.files[0]!.why!, /^not a file the import knows/);
    const json = await h['import.hall'](ctx, { files: [{ name: 'my-hall.json', text: '{"halls": []}' }] });
    assert.match(json.files[0]!.why!, /^a JSON file that is not a Trayline layout \(no "format": "trayline-layout"/);
    assert.equal(json.kind, null);
    const mixed = await h['import.hall'](ctx, { files: pick(layout, nb('racks.csv')) });
    assert.match(mixed.problems[0]!.reason, /a layout document is imported alone/);
    const twice = await h['import.hall'](ctx, { files: pick(nb('racks.csv'), nb('racks.yaml')) });
    assert.match(twice.problems[0]!.reason, /racks.csv is the racks file already/);
    assert.equal(new EntityStore(db).all('rack').length, 0);

    const r = await h['import.hall'](ctx, { files: pick(layout) });
    assert.deepEqual([r.kind, r.problems], ['layout', []]);
    assert.match(r.summary!, /^1 hall, 2 rows, 2 racks, 4 devices, 3 trays, 25 cables$/);
    assert.equal(new EntityStore(db).get('hall', r.hallId!)!.name, 'Hall 1');
    // the same document again: its names are taken, so it is refused with where and why
    const again = await h['import.hall'](ctx, { files: pick(layout) });
    assert.equal(again.kind, null);
    assert.match(`${again.problems[0]!.column}: ${again.problems[0]!.reason}`, /^\$\.halls\[0\]\.name: .*Hall 1/);
  }, fresh());
});

test("Trayline's own NetBox export folder picked whole: its tables read, the other files set aside, the hall back with its CDU", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-import-hall-nb-'));
  const hall = join(dir, 'nvl.trayline');
  cli('new', hall);
  cli('generate', hall, '--arch', 'rail-optimized', '--gpus', '144', '--server', 'nvidia-gb300-nvl72', '--switch', 'nvidia-sn5600', '--floor-rating', '2000');
  assert.equal(cli('export', hall, '--format', 'netbox', '--out', join(dir, 'nb')).code, 0);
  const all = readdirSync(join(dir, 'nb'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  await withProject(async (ctx, db) => {
    // as the page sends them: a file set aside by its name goes without its text
    const names = all.map((p) => p.slice(dir.length + 1));
    const aside = setAsideByName(names);
    const r = await h['import.hall'](ctx, { files: all.map((p, i) => ({ name: names[i]!, text: aside[i] ? '' : readFileSync(p, 'utf8') })) });
    assert.deepEqual(r.problems, []);
    const as = new Map(r.files.map((f) => [f.name.split('/').pop()!, f.as]));
    assert.deepEqual(names.filter((_, i) => aside[i]).map((n) => n.split('/').pop()).sort(), [...as].filter(([n, a]) => a === 'ignored' && !/\.(json|ya?ml)$/.test(n)).map(([n]) => n).sort());
    assert.ok(aside[names.findIndex((n) => n.endsWith('cables-netbox-4.4.csv'))]);
    assert.deepEqual([as.get('racks.csv'), as.get('devices.csv'), as.get('cables.csv'), as.get('cables-netbox-4.4.csv'), as.get('sites.csv'), as.get('README.md')], ['racks', 'devices', 'cables', 'ignored', 'ignored', 'ignored']);
    const store = new EntityStore(db);
    assert.equal(store.all('cdu').length, 1);
    assert.ok(store.all('rack').some((k) => k.coolingKind === 'liquid' && k.cduId === store.all('cdu')[0]!.id));
  }, fresh());
});
