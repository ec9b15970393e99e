// Undo that never surprises (issue 18 point 1): every step names its hall; undoing a hall's
// creation or deletion needs confirm; generations, imports and hall deletions of any size are
// compact steps whose undo and redo give back exactly the rows there were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../../db/open.js';
import { applyEdit } from '../../db/edits.js';
import { historyState, redo, undo } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import { upsertDeviceType, upsertMedia } from '../../db/catalog.js';
import { TABLES, columnsOf } from '../../db/tables.js';
import { ENTITY_KINDS } from '../../core/model/entities.js';
import { generateFabric } from '../../main/app/fabric.js';
import { importLayoutInto, parseLayout } from '../../main/app/imports.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { CATALOG } from '../unit/fabric/hardware-fixtures.js';

function project(): Db {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-hist-')), 'p.trayline'), { create: true });
  for (const t of CATALOG.deviceTypes) upsertDeviceType(db, t);
  for (const m of CATALOG.media) upsertMedia(db, m);
  return db;
}

/** Every row of every entity table, in id order, as one string: equal digests mean equal contents. */
function digest(db: Db): string {
  return ENTITY_KINDS.map((k) => db.prepare(`SELECT json_group_array(json_array(${columnsOf(k).join(', ')})) FROM (SELECT * FROM ${TABLES[k].table} ORDER BY id)`).pluck().get()).join('\n');
}
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const hall = (name: string) => ({ op: 'create' as const, kind: 'hall' as const, value: { name, widthMm: 30000, depthMm: 20000, tileMm: 600 } });
const rack = (hallId: number, xMm: number) => ({
  op: 'create' as const,
  kind: 'rack' as const,
  value: { hallId, rowId: null, name: 'R', nameAuto: true, xMm, yMm: 1200, rotationDeg: 0, widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 20000, feedId: null, dropTrayId: null },
});

test('each step names its hall; undoing a hall creation asks, a rack move does not', () => {
  const db = project();
  applyEdit(db, { label: 'Add hall', ops: [hall('North')] });
  applyEdit(db, { label: 'Add hall', ops: [hall('South')] });
  const s = historyState(db);
  assert.deepEqual(s.undoHall, { id: 2, name: 'South' });
  assert.equal(s.undoAsks, 'Undo "Add hall" deletes hall South and everything in it.');
  applyEdit(db, { label: 'Add rack', ops: [rack(1, 900)] });
  const r = historyState(db);
  assert.deepEqual(r.undoHall, { id: 1, name: 'North' });
  assert.equal(r.undoAsks, null);
  const store = new EntityStore(db);
  assert.equal(undo(db, store)!.hall!.name, 'North');
  // next: the creation of South; refused without confirm, and nothing changes
  const before = digest(db);
  assert.throws(() => undo(db, store), (e: Error & { where?: string }) => e.where === 'confirm' && /deletes hall South/.test(e.message));
  assert.equal(digest(db), before);
  assert.equal(undo(db, store, true)!.hall!.name, 'South');
  assert.equal(count(db, 'halls'), 1);
  // redoing a creation does not ask
  assert.equal(historyState(db).redoAsks, null);
  redo(db, store);
  assert.equal(count(db, 'halls'), 2);
});

test('a generated fabric is one compact step: undo takes its rows out, redo puts back the same rows', async () => {
  const db = project();
  applyEdit(db, { label: 'Add hall', ops: [hall('Old')] });
  applyEdit(db, { label: 'Add rack', ops: [rack(1, 900)] });
  const empty = digest(db);
  const r = await generateFabric(db, { arch: 'rail-optimized', scalableUnits: 2, server: 'test-dgx', switch: 'test-qm' }, { route: true });
  const rows = 1 + r.written.rows + r.written.trays + r.written.racks + r.written.devices + r.written.ports + r.written.cables;
  const full = digest(db);
  // the step is a few hundred bytes, not a row image per row
  const stored = db.prepare('SELECT length(forward) + length(inverse) + length(inserted) FROM history ORDER BY id DESC LIMIT 1').pluck().get() as number;
  assert.ok(stored < 1000, `${stored} bytes stored for ${rows} rows`);
  assert.deepEqual(historyState(db).undoHall, { id: r.written.hallId, name: r.written.hallName });
  const store = new EntityStore(db);
  const u = undo(db, store, true)!;
  assert.equal(u.hall!.id, r.written.hallId);
  assert.equal(u.patch!.del.cable!.length, r.written.cables);
  assert.equal(digest(db), empty);
  assert.equal(count(db, 'history_aside'), rows);
  const back = redo(db, store)!;
  assert.equal(back.patch, null); // rows back in bulk: the client reloads
  assert.equal(digest(db), full);
  assert.equal(count(db, 'history_aside'), 0);
  // and the earlier step (the rack in hall Old) is still undoable, in its hall
  undo(db, store, true);
  assert.deepEqual(historyState(db).undoHall, { id: 1, name: 'Old' });
});

test('deleting a hall is a compact step; undo (asked) brings back every row, redo (asked) deletes again', async () => {
  const db = project();
  const r = await generateFabric(db, { arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm' }, { route: false });
  const full = digest(db);
  const del = applyEdit(db, { label: `Delete hall ${r.written.hallName}`, ops: [{ op: 'delete', kind: 'hall', id: r.written.hallId }] });
  assert.equal(del.patch.del.port!.length, r.written.ports);
  assert.equal(count(db, 'ports'), 0);
  assert.match(del.history.undoAsks!, /^Undo "Delete hall .*" brings back hall .* and everything in it\.$/);
  const store = new EntityStore(db);
  assert.throws(() => undo(db, store), /confirm/);
  undo(db, store, true);
  assert.equal(digest(db), full);
  assert.match(historyState(db).redoAsks!, /^Redo "Delete hall .*" deletes hall/);
  assert.throws(() => redo(db, store), /confirm/);
  redo(db, store, true);
  assert.equal(count(db, 'halls'), 0);
  // a new step drops the redoable one and the rows kept aside for it
  undo(db, store, true);
  applyEdit(db, { label: 'Add hall', ops: [hall('New')] });
  assert.equal(count(db, 'history_aside'), 0);
});

test('an import is one compact step naming the hall it made', () => {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-hist-')), 'p.trayline'), { create: true });
  seedCatalog(db);
  const file = 'test/fixtures/layout/small-row.json';
  const doc = parseLayout(readFileSync(file, 'utf8'), file);
  const res = importLayoutInto(db, doc);
  assert.equal(res.undoable, true);
  const full = digest(db);
  const s = historyState(db);
  assert.equal(s.undoHall!.name, doc.layout.halls[0]!.name);
  assert.ok(s.undoAsks);
  const store = new EntityStore(db);
  undo(db, store, true);
  assert.equal(count(db, 'racks'), 0);
  redo(db, store);
  assert.equal(digest(db), full);
});
