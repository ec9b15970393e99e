// A panel's front ports kept as one block (migration 013, db/compact.ts): port_view shows the same
// rows, ids and values as when they were rows, every reader sees them, an edit near them turns them
// into rows first (its undo puts the block back), and a generation's undo and redo carry the blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { applyEdit } from '../../db/edits.js';
import { readDeviceTypes, upsertDeviceType } from '../../db/catalog.js';
import { buildHallEntities, fabricLabel, insertHall } from '../../db/fabric-write.js';
import { loadDetail, loadFloor } from '../../db/floor.js';
import { redo, undo } from '../../db/history.js';
import { loadSnapshot, snapshotJsonChunks } from '../../db/snapshot.js';
import { EntityStore } from '../../db/store.js';
import { columnsOf } from '../../db/tables.js';
import { readScheduleSource } from '../../db/schedule-source.js';
import { fabricCatalog, generateFabric } from '../../main/app/fabric.js';
import { planFabric } from '../../core/fabric/plan.js';
import { portWithId } from '../../core/model/port-from-template.js';

const INPUTS = { arch: 'rail-optimized', gpus: 1024, radix: 64, rails: 8, cabling: 'structured' } as const;

function project(): Db {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-compact-')), 'p.trayline'), { create: true });
  seedCatalog(db);
  return db;
}

/** A 1k structured hall written as generated, the panels' front ports as blocks or (compact: false) as rows. */
function written(compact: boolean): Db {
  const db = project();
  const plan = planFabric({ ...INPUTS }, fabricCatalog(db));
  insertHall(db, buildHallEntities(db, plan, { compact }), fabricLabel(plan));
  return db;
}

const rows = (db: Db, from: string, kind: 'port' | 'cable') => db.prepare(`SELECT ${columnsOf(kind).join(', ')} FROM ${from} ORDER BY id`).raw().all();
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;
/** What a user sees of ports and cables, and the blocks behind them. */
const seen = (db: Db) => JSON.stringify([rows(db, 'port_view', 'port'), rows(db, 'cable_view', 'cable'), db.prepare('SELECT * FROM port_blocks ORDER BY device_id').raw().all()]);

const rowsDb = written(false);
const blocksDb = written(true);

test('generated with blocks, every reader sees the ports it saw as rows', () => {
  const fronts = count(rowsDb, "SELECT count(*) FROM ports WHERE kind = 'front-port'");
  assert.ok(fronts > 0);
  assert.equal(count(blocksDb, "SELECT count(*) FROM ports WHERE kind = 'front-port'"), 0, 'no front port is a row');
  assert.ok(count(blocksDb, 'SELECT count(*) FROM port_blocks') > 0);
  assert.deepEqual(rows(blocksDb, 'port_view', 'port'), rows(rowsDb, 'port_view', 'port'));
  assert.deepEqual(rows(blocksDb, 'cable_view', 'cable'), rows(rowsDb, 'cable_view', 'cable'));
  assert.deepEqual(loadSnapshot(blocksDb), loadSnapshot(rowsDb));
  assert.ok(Buffer.concat(snapshotJsonChunks(blocksDb)).equals(Buffer.concat(snapshotJsonChunks(rowsDb))));
  assert.deepEqual(loadFloor(blocksDb), loadFloor(rowsDb));
  const racks = rowsDb.prepare('SELECT DISTINCT rack_id FROM devices WHERE id IN (SELECT device_id FROM port_blocks) LIMIT 3').pluck().all() as number[];
  const someRacks = racks.length ? racks : (blocksDb.prepare('SELECT DISTINCT d.rack_id FROM port_blocks b JOIN devices d ON d.id = b.device_id LIMIT 3').pluck().all() as number[]);
  assert.deepEqual(loadDetail(blocksDb, { racks: someRacks }), loadDetail(rowsDb, { racks: someRacks }));
  const schedule = (db: Db) => [...readScheduleSource(db).rows()];
  assert.deepEqual(schedule(blocksDb), schedule(rowsDb));
  const a = new EntityStore(blocksDb);
  const b = new EntityStore(rowsDb);
  for (const id of rowsDb.prepare("SELECT id FROM ports WHERE kind = 'front-port' ORDER BY random() LIMIT 20").pluck().all() as number[]) assert.deepEqual(a.get('port', id), b.get('port', id));
});

test("a block's ports are its type's front-port templates at first_id + position, as portWithId makes them", () => {
  const [device, first] = blocksDb.prepare('SELECT device_id, first_id FROM port_blocks ORDER BY device_id DESC LIMIT 1').raw().get() as [number, number];
  const typeId = count(blocksDb, `SELECT type_id FROM devices WHERE id = ${device}`);
  const type = readDeviceTypes(blocksDb).find((t) => t.id === typeId)!;
  const expected = type.ports.map((t, p) => portWithId(first + p, device, t));
  assert.deepEqual(
    loadSnapshot(blocksDb).ports.filter((p) => p.deviceId === device),
    expected,
  );
});

test('an edit in a panel\'s rack turns its blocks into rows; undo puts the blocks back, redo takes them out', () => {
  const db = written(true);
  const before = seen(db);
  const blocks = count(db, 'SELECT count(*) FROM port_blocks');
  const [device, first] = db.prepare('SELECT device_id, first_id FROM port_blocks ORDER BY device_id LIMIT 1').raw().get() as [number, number];
  const rack = count(db, `SELECT rack_id FROM devices WHERE id = ${device}`);
  const inRack = count(db, `SELECT count(*) FROM port_blocks b JOIN devices d ON d.id = b.device_id WHERE d.rack_id = ${rack}`);
  const front = count(db, `SELECT min(id) FROM port_view WHERE device_id = ${device} AND kind = 'front-port'`);
  assert.ok(front >= first);
  applyEdit(db, { label: 'Rename', ops: [{ op: 'update', kind: 'port', id: front, patch: { name: 'X1' } }] });
  assert.equal(count(db, 'SELECT count(*) FROM port_blocks'), blocks - inRack);
  assert.equal(db.prepare('SELECT name FROM ports WHERE id = ?').pluck().get(front), 'X1');
  assert.equal(count(db, 'SELECT count(*) FROM port_view'), JSON.parse(before)[0].length, 'same ports, same ids');
  const store = new EntityStore(db);
  undo(db, store);
  assert.equal(seen(db), before);
  redo(db, store);
  assert.equal(count(db, 'SELECT count(*) FROM port_blocks'), blocks - inRack);
  undo(db, store);
  assert.equal(seen(db), before);
});

test("a new port takes port_view's max id + 1, past the last block's fronts", () => {
  const db = written(true);
  const max = count(db, 'SELECT max(id) FROM port_view');
  const typeId = count(db, 'SELECT min(type_id) FROM devices');
  const out = applyEdit(db, {
    label: 'Add',
    ops: [
      { op: 'create', kind: 'hall', ref: -1, value: { name: 'Other', widthMm: 30000, depthMm: 20000, tileMm: 600 } },
      {
        op: 'create',
        kind: 'rack',
        ref: -2,
        value: { hallId: -1, rowId: null, name: 'R', nameAuto: true, xMm: 900, yMm: 1200, rotationDeg: 0, widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 20000, feedId: null, dropTrayId: null },
      },
      { op: 'create', kind: 'device', value: { rackId: -2, name: 'new-dev', typeId, u: 1, face: 'front' } },
    ],
  });
  const ids = (out.patch.put.port ?? []).map((p) => p.id);
  assert.ok(ids.length > 0);
  assert.equal(Math.min(...ids), max + 1);
});

test("changing a panel type's templates turns its blocks into rows first; its devices' ports stay as they were", () => {
  const db = written(true);
  const typeId = count(db, 'SELECT d.type_id FROM port_blocks b JOIN devices d ON d.id = b.device_id LIMIT 1');
  const before = rows(db, 'port_view', 'port');
  const type = readDeviceTypes(db).find((t) => t.id === typeId)!;
  upsertDeviceType(db, { ...type, ports: type.ports.map((p) => ({ ...p, name: `${p.name}-new` })) });
  assert.equal(count(db, `SELECT count(*) FROM port_blocks b JOIN devices d ON d.id = b.device_id WHERE d.type_id = ${typeId}`), 0);
  assert.deepEqual(rows(db, 'port_view', 'port'), before);
});

test('a generation undone and redone: its ports, cables and blocks come back exactly', async () => {
  const db = project();
  const empty = seen(db);
  const r = await generateFabric(db, { ...INPUTS }, { route: false });
  assert.equal(r.written.ports, count(db, 'SELECT count(*) FROM port_view'));
  const full = seen(db);
  const store = new EntityStore(db);
  const u = undo(db, store, true)!;
  assert.equal(seen(db), empty);
  assert.equal(u.patch!.del.port!.length, r.written.ports, 'the patch names every port gone, the blocks\' included');
  redo(db, store, true);
  assert.equal(seen(db), full);
});

test("deleting a generated hall takes its blocks aside with it; undo brings them back", async () => {
  const db = project();
  const empty = seen(db);
  const r = await generateFabric(db, { ...INPUTS }, { route: false });
  const full = seen(db);
  const out = applyEdit(db, { label: 'Delete hall', ops: [{ op: 'delete', kind: 'hall', id: r.written.hallId }] });
  assert.equal(seen(db), empty);
  assert.equal(out.patch.del.port!.length, r.written.ports, "the patch names every port gone, the blocks' included");
  undo(db, new EntityStore(db), true);
  assert.equal(seen(db), full);
});
