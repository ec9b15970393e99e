// A file from a newer Trayline is refused with a clear message; an older one is backed up to
// FILE.vN.bak, then migrated, keeping its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { currentVersion, openProject } from '../../db/open.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index.js';
import { cli, fileDigest, tempDir } from '../cli/run-cli.js';
import { fileWithMigrations } from './old-file.js';

/** A project file as an older Trayline wrote it: the migrations up to `version` only. */
function fileAtVersion(path: string, version: number): void {
  const db = fileWithMigrations(path, (x) => x.version <= version);
  db.pragma('journal_mode = WAL');
  db.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('Old hall', 12000, 9000, 600)").run();
  db.close();
}

test('an older project file is backed up as FILE.vN.bak, then migrated with its data', { skip: LATEST_SCHEMA_VERSION < 2 && 'only one schema version exists' }, () => {
  const path = join(tempDir(), 'old.trayline');
  // The version before the latest (versions need not be consecutive while numbers are reserved).
  const old = MIGRATIONS[MIGRATIONS.length - 2]!.version;
  fileAtVersion(path, old);
  const originalBytes = readFileSync(path);

  const db = openProject(path);
  assert.equal(currentVersion(db), LATEST_SCHEMA_VERSION);
  assert.equal(db.prepare('SELECT name FROM halls').pluck().get(), 'Old hall');
  db.close();

  const backup = `${path}.v${old}.bak`;
  assert.ok(existsSync(backup), `no backup at ${backup}`);
  assert.ok(readFileSync(backup).equals(originalBytes), 'the backup is not the file as it was');
  const b = new Database(backup, { readonly: true });
  assert.equal(currentVersion(b), old);
  b.close();
});

test('a file from a newer Trayline is refused with a clear message and left untouched', () => {
  const path = join(tempDir(), 'new.trayline');
  fileAtVersion(path, LATEST_SCHEMA_VERSION);
  const db = new Database(path);
  db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, 'from the future')").run(LATEST_SCHEMA_VERSION + 1);
  db.close();
  const before = fileDigest(path);

  assert.throws(() => openProject(path), new RegExp(`newer Trayline \\(schema version ${LATEST_SCHEMA_VERSION + 1}\\); this version reads up to ${LATEST_SCHEMA_VERSION}`));
  for (const args of [['info', path], ['export', path, '--format', 'json', '--out', '-']]) {
    const r = cli(...args);
    assert.equal(r.code, 2, args[0]);
    assert.match(r.stderr, /was written by a newer Trayline .* Update Trayline to open it/);
  }
  assert.equal(fileDigest(path), before);
});

test('a migration missing below the highest one recorded is still applied (branches merge in either order)', () => {
  const path = join(tempDir(), 'gap.trayline');
  // 004 (structured cabling) and 006 (prices) came from branches merged in either order: a file
  // made with 004 but not 006 must still get 006. (Not the other way round any more: 013 rebuilds
  // the cables table with 004's columns, so no file has 013 without 004.)
  const skipped = MIGRATIONS.find((m) => m.name === 'prices')!;
  const db0 = fileWithMigrations(path, (x) => x !== skipped);
  db0.close();
  const db = openProject(path);
  const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  assert.deepEqual(applied, MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
  db.close();
});
