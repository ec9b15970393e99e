// The floor kept in the project file (db/floor-cache.ts): after every kind of write the floor
// read back (served, kept, or read by another connection) is the floor computed afresh, and a
// floor kept before a write is never served after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cachedFloorJson, loadFloor } from '../../db/floor.js';
import { FLOOR_FORMAT, storedFloorJson } from '../../db/floor-cache.js';
import { closeProjectDb, openProject, type Db } from '../../db/open.js';
import { projectRevision, writeTransaction } from '../../db/tx.js';
import { setDevicePrice } from '../../main/app/catalog.js';
import { applyProjectEdit, redoEdit, undoEdit } from '../../main/app/edit.js';
import { generateFabric } from '../../main/app/fabric.js';
import { importLayoutInto, parseLayout } from '../../main/app/imports.js';
import { closeProject, createProject, keepProjectFloor, updateSettings } from '../../main/app/project.js';
import { routeProject } from '../../main/app/routing.js';
import { floorRacks } from '../../core/model/floor.js';
import { keptElsewhere } from './floor-kept.js';

function newProject(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tl-floor-cache-')), 'p.trayline');
  createProject(path);
  return path;
}

const fresh = (db: Db) => JSON.stringify(loadFloor(db));

/** Two floors' JSON texts are the same (a failure names them by length: they run to megabytes). */
function same(actual: string | null | undefined, expected: string, what: string): void {
  assert.ok(actual === expected, `${what} (${actual?.length ?? actual} vs ${expected.length} characters)`);
}

/**
 * After a write: the floor kept before it is used neither here nor by another connection; the
 * floor served is the fresh one; kept again, it is what a later open reads. Returns the floor.
 */
function checkAfterWrite(db: Db, path: string, before: string, what: string): string {
  const now = fresh(db);
  assert.notEqual(now, before, `${what} changes the floor (else this check proves nothing)`);
  assert.ok(storedFloorJson(db) === null, `${what}: the floor kept before it is not used`);
  assert.ok(keptElsewhere(path) === null, `${what}: nor by another connection`);
  same(cachedFloorJson(db).toString('utf8'), now, `${what}: the floor served is the fresh one`);
  assert.equal(keepProjectFloor(db), true, `${what}: the floor is kept`);
  same(keptElsewhere(path), now, `${what}: a later open reads the fresh floor from the file`);
  return now;
}

test('after an import, a route, a rack edit, a generation, undo, redo, settings and a price, the floor read back is the fresh one', async () => {
  const path = newProject();
  const db = openProject(path);
  try {
    let floor = fresh(db);
    assert.equal(keepProjectFloor(db), false, 'nothing computed yet: nothing to keep');
    cachedFloorJson(db);
    assert.equal(keepProjectFloor(db), true);
    same(keptElsewhere(path), floor, "the empty project's floor is kept");

    const file = 'test/fixtures/layout/small-row.json';
    importLayoutInto(db, parseLayout(readFileSync(file, 'utf8'), file));
    floor = checkAfterWrite(db, path, floor, 'a layout import');

    const routed = routeProject(db, { autoMedia: 'missing', details: false });
    assert.ok(routed.routed > 0, 'the import leaves cables to route');
    floor = checkAfterWrite(db, path, floor, 'routing');

    const rack = floorRacks(loadFloor(db))[0]!;
    applyProjectEdit(db, { label: 'Rename rack', ops: [{ op: 'update', kind: 'rack', id: rack.id, patch: { name: `${rack.name}-renamed` } }] });
    floor = checkAfterWrite(db, path, floor, 'a rack edit');

    await generateFabric(db, { arch: 'rail-optimized', gpus: 256 }, { route: true });
    floor = checkAfterWrite(db, path, floor, 'a fabric generation');

    undoEdit(db, { confirm: true });
    floor = checkAfterWrite(db, path, floor, 'an undo');
    redoEdit(db, { confirm: true });
    floor = checkAfterWrite(db, path, floor, 'a redo');

    updateSettings(db, { trayFillPct: 37 });
    floor = checkAfterWrite(db, path, floor, 'a settings change');

    const slug = loadFloor(db).deviceTypes[0]!.slug;
    setDevicePrice(db, slug, 12_345);
    checkAfterWrite(db, path, floor, 'a device price');
  } finally {
    closeProjectDb(db);
  }
});

test('a write by another process: this connection neither serves its cached floor nor the kept one', () => {
  const path = newProject();
  const db = openProject(path);
  try {
    const before = cachedFloorJson(db).toString('utf8');
    keepProjectFloor(db);
    const cli = openProject(path);
    writeTransaction(cli, () => cli.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('CLI hall', 12000, 9000, 600)").run());
    cli.close();
    checkAfterWrite(db, path, before, "another process's write");
  } finally {
    closeProjectDb(db);
  }
});

test('rows changed around writeTransaction: the kept floor is not used, and closing bumps the revision for good', () => {
  const path = newProject();
  let db = openProject(path);
  const before = cachedFloorJson(db).toString('utf8');
  keepProjectFloor(db);
  const revision = projectRevision(db);
  db.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('Raw hall', 12000, 9000, 600)").run();
  assert.equal(storedFloorJson(db), null, 'this connection knows rows changed without a revision bump');
  assert.notEqual(cachedFloorJson(db).toString('utf8'), before);
  assert.equal(keepProjectFloor(db), false, 'nor does it keep a floor under a revision that does not cover them');
  closeProjectDb(db);
  db = openProject(path, { readonly: true });
  try {
    assert.equal(projectRevision(db), revision + 1, 'closing bumped the revision');
    assert.ok(storedFloorJson(db) === null, 'so the floor kept before the raw write is not used');
  } finally {
    db.close();
  }
});

test('a refused edit (rolled back) changes nothing: the kept floor stays in use', () => {
  const path = newProject();
  const db = openProject(path);
  try {
    const floor = cachedFloorJson(db).toString('utf8');
    keepProjectFloor(db);
    const revision = projectRevision(db);
    // A hall is written, then the second op is refused: the whole edit is rolled back.
    const ops = [
      { op: 'create' as const, kind: 'hall' as const, value: { name: 'Tmp', widthMm: 12000, depthMm: 9000, tileMm: 600 } },
      { op: 'update' as const, kind: 'hall' as const, id: 999_999, patch: { name: 'X' } },
    ];
    assert.throws(() => applyProjectEdit(db, { label: 'Bad', ops }));
    assert.equal(projectRevision(db), revision);
    same(storedFloorJson(db)?.toString('utf8'), floor, 'the kept floor is still served');
  } finally {
    closeProjectDb(db);
  }
});

test('a kept floor of another format is not used', () => {
  const path = newProject();
  const db = openProject(path);
  cachedFloorJson(db);
  keepProjectFloor(db);
  closeProjectDb(db);
  const raw = new Database(path);
  raw.prepare('UPDATE floor_cache SET format = ?').run(FLOOR_FORMAT + 1);
  raw.close();
  assert.ok(keptElsewhere(path) === null, 'not used');
});

test('a file from before the kept floor (schema 10) opens, migrates, and keeps its floor on closing', () => {
  const path = newProject();
  const raw = new Database(path);
  raw.exec('DROP TABLE floor_cache; DELETE FROM schema_migrations WHERE version = 11; PRAGMA user_version = 0;');
  raw.close();
  const db = openProject(path);
  const floor = cachedFloorJson(db).toString('utf8');
  same(floor, fresh(db), "the migrated file's floor");
  closeProject({ path, db });
  same(keptElsewhere(path), floor, 'kept on closing');
});

test("FLOOR_FORMAT is pinned to the payload's type and its computation: change them, bump it", () => {
  const digest = createHash('sha256');
  // The code without its comments and spacing: rewording a comment needs no bump.
  const code = (f: string) =>
    readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\s+/g, ' ');
  for (const f of ['core/model/floor.ts', 'db/floor.ts', 'db/floor-unrouted.ts', 'core/geometry/floor-marks.ts']) digest.update(code(f));
  // When this fails: if what project.floor returns changed (fields, their meaning, how they are
  // counted), bump FLOOR_FORMAT in db/floor-cache.ts; then put the new digest here.
  assert.deepEqual({ format: FLOOR_FORMAT, digest: digest.digest('hex').slice(0, 16) }, { format: 4, digest: 'a2843f660f092870' });
});
