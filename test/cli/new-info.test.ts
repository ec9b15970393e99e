import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA } from '../../core/catalog/index.js';
import { openProject } from '../../db/open.js';
import { applyEdit } from '../../db/edits.js';
import { cli, fileDigest, ROOT, tempDir } from './run-cli.js';

test('new seeds the built-in catalog and refuses to overwrite an existing file', () => {
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  const r = cli('new', file);
  assert.equal(r.code, 0, r.stderr);
  const db = new Database(file, { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM device_types').pluck().get(), BUILTIN_DEVICE_TYPES.length);
  assert.equal(db.prepare('SELECT count(*) FROM media').pluck().get(), BUILTIN_MEDIA.length);
  db.close();

  const before = fileDigest(file);
  const again = cli('new', file, '--demo');
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists; not overwriting it/);
  assert.equal(fileDigest(file), before);
});

test('info prints a readable table, and --json the counts', () => {
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  cli('new', file);
  cli('import', file, join(ROOT, 'test/fixtures/layout/small-row.json'));
  const json = JSON.parse(cli('info', file, '--json').stdout);
  for (const k of ['schemaVersion', 'halls', 'racks', 'devices', 'ports', 'cables', 'trays']) assert.equal(typeof json[k], 'number', k);
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/layout/small-row.json'), 'utf8'));
  assert.equal(json.racks, fixture.racks.length);
  assert.equal(json.cables, fixture.cables.length);
  const table = cli('info', file).stdout;
  assert.match(table, new RegExp(`^racks\\s+${fixture.racks.length}$`, 'm'));
  assert.match(table, new RegExp(`^cables\\s+${fixture.cables.length}$`, 'm'));
});

test('info and export read a project another process has open and is writing to', () => {
  const dir = tempDir();
  const file = join(dir, 'p.trayline');
  cli('new', file);
  // The "app": a writer connection that committed a hall (still only in the WAL) and is in the
  // middle of another write transaction.
  const app = openProject(file);
  applyEdit(app, { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name: 'Committed', widthMm: 9000, depthMm: 6000, tileMm: 600 } }] });
  app.exec('BEGIN IMMEDIATE');
  app.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('Uncommitted', 1000, 1000, 600)").run();
  try {
    const info = cli('info', file, '--json');
    assert.equal(info.code, 0, info.stderr);
    assert.equal(JSON.parse(info.stdout).halls, 1);
    const exp = cli('export', file, '--format', 'json', '--out', '-');
    assert.equal(exp.code, 0, exp.stderr);
    assert.deepEqual(JSON.parse(exp.stdout).halls.map((h: { name: string }) => h.name), ['Committed']);
  } finally {
    app.exec('ROLLBACK');
    app.close();
  }
});

test('info on a missing file or a non-project exits 2 naming the file', () => {
  const dir = tempDir();
  const missing = cli('info', join(dir, 'nope.trayline'), '--json');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.trayline: no such project file/);
  const notProject = join(dir, 'other.db');
  const db = new Database(notProject);
  db.exec('CREATE TABLE t (x)');
  db.close();
  const r = cli('info', notProject);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /other\.db is an SQLite database but not a Trayline project/);
});

test('new --demo opens routed, media chosen: check gives 0 errors and 0 warnings, rows alternate their facing', () => {
  const dir = tempDir();
  const file = join(dir, 'demo.trayline');
  assert.equal(cli('new', file, '--demo').code, 0);
  const check = cli('check', file, '--json');
  assert.equal(check.code, 0, check.stdout);
  const res = JSON.parse(check.stdout) as { errors: number; warnings: number };
  assert.deepEqual([res.errors, res.warnings], [0, 0]);
  const layout = JSON.parse(cli('export', file, '--format', 'json', '--out', '-').stdout) as {
    racks: { row: string; rotationDeg: number }[];
    cables: { media: string | null }[];
  };
  const facing = new Map(layout.racks.map((r) => [r.row, r.rotationDeg]));
  // Row 1 faces south (0), row 2 north (180), row 3 south: fronts face fronts, rears face rears.
  assert.deepEqual([...facing.entries()].sort(), [['Row 1', 0], ['Row 2', 180], ['Row 3', 0]]);
  assert.ok(layout.cables.every((c) => c.media), 'every cable has media');
  // Routing was stored: a second run changes nothing.
  const route = JSON.parse(cli('route', file, '--json').stdout) as { routed: number; unroutable: number; changed: number };
  assert.deepEqual([route.routed, route.unroutable, route.changed], [512, 0, 0]);
  // The hint texts speak the command line's words.
  assert.doesNotMatch(cli('check', file).stdout, /\{[a-z-]+\}/);
});
