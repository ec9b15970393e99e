// Plan step 4 (docs/fabrics.md): a generated structured link's two jumpers are one `channels`
// record at rest. cable_view must show exactly the rows the generator wrote before (ids, labels,
// every column), an edit must turn the records it touches into rows inside its undo step, and
// undo must give the record back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { applyEdit } from '../../db/edits.js';
import { redo, undo } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import type { Patch } from '../../core/model/edits.js';
import { columnsOf } from '../../db/tables.js';
import { storedRoutes, writeRoutes } from '../../db/routing-store.js';
import { generateFabric } from '../../main/app/fabric.js';
import { checkProject } from '../../main/app/checks.js';
import { deviceOfPortSql } from '../../db/compact.js';
import type { FabricInputsIn } from '../../core/fabric/inputs.js';
import { readDeviceTypes, readMedia } from '../../db/catalog.js';
import { buildHallEntities, insertHall, rebaseHall, writeFabric } from '../../db/fabric-write.js';
import { planFabric } from '../../core/fabric/plan.js';

const S1K: FabricInputsIn = { arch: 'rail-optimized', gpus: 1024, cabling: 'structured' };
const AUTO: FabricInputsIn = { arch: 'rail-optimized', gpus: 1024, cabling: 'auto' };

const dirs: string[] = [];
function project(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'tl-chan-'));
  dirs.push(dir);
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  seedCatalog(db);
  return db;
}
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const COLS = columnsOf('cable');
/** Every cable row the readers see, every column quoted (types included), in id order. */
const viewRows = (db: Db, from = 'cable_view') => db.prepare(`SELECT ${COLS.map((c) => `quote(${c})`).join(" || '|' || ")} FROM ${from} ORDER BY id`).pluck().all() as string[];
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

async function generated(inputs: FabricInputsIn, compact = true): Promise<Db> {
  const db = project();
  await generateFabric(db, inputs, { route: true, compact });
  return db;
}

for (const [name, inputs] of [['structured', S1K], ['auto', AUTO]] as const) {
  test(`1k ${name}: cable_view over the records equals the rows written without them, column by column`, async () => {
    const rows = await generated(inputs, false);
    const compact = await generated(inputs);
    assert.equal(count(rows, 'SELECT count(*) FROM channels'), 0);
    const records = count(compact, 'SELECT count(*) FROM channels');
    assert.ok(records > 0);
    assert.equal(count(compact, 'SELECT count(*) FROM cables') + 2 * records, count(rows, 'SELECT count(*) FROM cables'));
    assert.deepEqual(viewRows(compact), viewRows(rows, 'cables'));
    assert.deepEqual(compact.pragma('foreign_key_check'), []);
  });
}

test('deleting a jumper materialises its record, deletes the row; undo gives the record back, redo takes it again', async () => {
  const db = await generated(S1K);
  const store = new EntityStore(db);
  const before = viewRows(db);
  const records = count(db, 'SELECT count(*) FROM channels');
  const rec = db.prepare('SELECT id, b_jumper_id FROM channels ORDER BY id LIMIT 1').get() as { id: number; b_jumper_id: number };
  const out = applyEdit(db, { label: 'Delete jumper', ops: [{ op: 'delete', kind: 'cable', id: rec.id }] });
  assert.deepEqual(out.patch.del.cable, [rec.id]);
  assert.equal(count(db, 'SELECT count(*) FROM channels'), records - 1);
  assert.equal(count(db, `SELECT count(*) FROM cables WHERE id = ${rec.b_jumper_id}`), 1, 'the other jumper is a row now');
  assert.deepEqual(viewRows(db), before.filter((r) => !r.startsWith(`${rec.id}|`)));
  undo(db, store);
  assert.equal(count(db, 'SELECT count(*) FROM channels'), records);
  assert.equal(count(db, `SELECT count(*) FROM cables WHERE id IN (${rec.id}, ${rec.b_jumper_id})`), 0);
  assert.deepEqual(viewRows(db), before);
  redo(db, store);
  assert.equal(count(db, 'SELECT count(*) FROM channels'), records - 1);
  assert.deepEqual(viewRows(db), before.filter((r) => !r.startsWith(`${rec.id}|`)));
});

test("a client applying each patch (an edit through records and blocks, undo, redo) holds what the views show; rows made from a record or block unchanged are left out", async () => {
  const db = await generated(S1K);
  const store = new EntityStore(db);
  const all = () => ({ cable: new Map(store.all('cable').map((c) => [c.id, JSON.stringify(c)])), port: new Map(store.all('port').map((p) => [p.id, JSON.stringify(p)])) });
  const client = all();
  const apply = (p: Patch | null, what: string) => {
    assert.ok(p, what);
    for (const k of ['cable', 'port'] as const) {
      for (const id of p.del[k] ?? []) assert.ok(client[k].delete(id), `${what}: ${k} ${id} deleted was held`);
      for (const r of p.put[k] ?? []) client[k].set(r.id, JSON.stringify(r));
    }
    const now = all();
    for (const k of ['cable', 'port'] as const) assert.deepEqual([...client[k]].sort(), [...now[k]].sort(), `${what}: the client's ${k}s`);
  };
  // a trunk between two free rear ports: both panels' racks' records and blocks become rows
  const free = db
    .prepare("SELECT p.id FROM ports p WHERE p.kind = 'rear-port' AND NOT EXISTS (SELECT 1 FROM cables c WHERE c.a_port_id = p.id OR c.b_port_id = p.id) ORDER BY p.id LIMIT 2")
    .pluck()
    .all() as number[];
  assert.equal(free.length, 2, 'two free rear ports');
  const { id: _id, ...like } = store.get('cable', db.prepare('SELECT trunk_id FROM channels LIMIT 1').pluck().get() as number)!;
  const records = count(db, 'SELECT count(*) FROM channels');
  const blocks = count(db, 'SELECT count(*) FROM port_blocks');
  const made = applyEdit(db, { label: 'Trunk', ops: [{ op: 'create', kind: 'cable', value: { ...like, label: 'HAND-TRUNK', aPortId: free[0]!, bPortId: free[1]!, route: null, routedMm: null, orderedMm: null } }] });
  assert.ok(count(db, 'SELECT count(*) FROM channels') < records && count(db, 'SELECT count(*) FROM port_blocks') < blocks, 'records and blocks became rows');
  const trunk = made.patch.put.cable!.find((c) => c.label === 'HAND-TRUNK')!;
  assert.deepEqual(made.patch.put.cable!.map((c) => c.id), [trunk.id], 'only the new trunk is put');
  assert.equal(made.patch.put.port, undefined, 'no port changed');
  assert.deepEqual(made.patch.created, { cable: [trunk.id] });
  apply(made.patch, 'trunk made');
  // a jumper deleted: its record's other jumper becomes a row, unchanged
  const rec = db.prepare('SELECT id, b_jumper_id FROM channels ORDER BY id LIMIT 1').get() as { id: number; b_jumper_id: number };
  const del = applyEdit(db, { label: 'Delete jumper', ops: [{ op: 'delete', kind: 'cable', id: rec.id }] });
  assert.deepEqual(del.patch, { put: {}, del: { cable: [rec.id] } });
  apply(del.patch, 'jumper deleted');
  const u1 = undo(db, store)!;
  assert.deepEqual(u1.patch?.put.cable?.map((c) => c.id), [rec.id], 'undo puts back the deleted jumper only');
  assert.deepEqual(u1.patch?.created, { cable: [rec.id] });
  apply(u1.patch, 'undo delete');
  const u2 = undo(db, store)!;
  assert.deepEqual(u2.patch, { put: {}, del: { cable: [trunk.id] } }, 'undo takes the trunk only: the jumpers and fronts are records and blocks again, as they were');
  assert.equal(count(db, 'SELECT count(*) FROM channels'), records);
  apply(u2.patch, 'undo trunk');
  const r1 = redo(db, store)!;
  assert.deepEqual(r1.patch?.created, { cable: [trunk.id] });
  apply(r1.patch, 'redo trunk');
  apply(redo(db, store)!.patch, 'redo delete');
});

test('a hand jumper on the freed front takes the next id and traces: the checks are what they were', async () => {
  const db = await generated(S1K);
  const checked = checkProject(db);
  const maxId = count(db, 'SELECT max(id) FROM cable_view');
  const old = db.prepare('SELECT * FROM cable_view WHERE id = (SELECT min(id) FROM channels)').get() as Record<string, unknown>;
  applyEdit(db, { label: 'Delete jumper', ops: [{ op: 'delete', kind: 'cable', id: old.id as number }] });
  // the record's label is still taken while another jumper shows it
  const other = db.prepare('SELECT label FROM channel_a_view LIMIT 1').pluck().get() as string;
  const value = { label: other, aPortId: old.a_port_id as number, bPortId: old.b_port_id as number, mediaId: old.media_id as string, opticA: old.optic_a as string, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' as const };
  assert.throws(() => applyEdit(db, { label: 'Add jumper', ops: [{ op: 'create', kind: 'cable', value }] }), /already has that label/);
  const out = applyEdit(db, { label: 'Add jumper', ops: [{ op: 'create', kind: 'cable', value: { ...value, label: old.label as string } }] });
  const made = out.patch.put.cable!.find((c) => c.label === old.label)!;
  assert.equal(made.id, maxId + 1);
  const again = checkProject(db);
  assert.equal(again.errors, checked.errors);
  assert.equal(again.warnings, checked.warnings);
});

test('deleting a trunk materialises the links on it; undo restores trunk and records', async () => {
  const db = await generated(S1K);
  const store = new EntityStore(db);
  const before = viewRows(db);
  const trunk = db.prepare('SELECT trunk_id FROM channels ORDER BY id LIMIT 1').pluck().get() as number;
  const on = count(db, `SELECT count(*) FROM channels WHERE trunk_id = ${trunk}`);
  assert.ok(on > 0);
  applyEdit(db, { label: 'Delete trunk', ops: [{ op: 'delete', kind: 'cable', id: trunk }] });
  assert.equal(count(db, `SELECT count(*) FROM channels WHERE trunk_id = ${trunk}`), 0);
  assert.equal(count(db, 'SELECT count(*) FROM cable_view'), before.length - 1);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  undo(db, store);
  assert.equal(count(db, `SELECT count(*) FROM channels WHERE trunk_id = ${trunk}`), on);
  assert.deepEqual(viewRows(db), before);
});

test('renaming a switch keeps the labels its jumpers had (they become rows first)', async () => {
  const db = await generated(S1K);
  const dev = db.prepare('SELECT p.device_id FROM channels c JOIN ports p ON p.id = c.a_port_id LIMIT 1').pluck().get() as number;
  const before = viewRows(db);
  applyEdit(db, { label: 'Rename', ops: [{ op: 'update', kind: 'device', id: dev, patch: { name: 'renamed-switch' } }] });
  assert.deepEqual(viewRows(db), before);
  assert.equal(count(db, `SELECT count(*) FROM channels c JOIN ports p ON p.id = c.a_port_id WHERE p.device_id = ${dev}`), 0);
});

test('routing results: an in-rack length goes into the record, a tray route makes the jumper a row', async () => {
  const db = await generated(S1K);
  const rec = db.prepare('SELECT id, b_jumper_id FROM channels ORDER BY id LIMIT 1').get() as { id: number; b_jumper_id: number };
  writeRoutes(db, [{ id: rec.b_jumper_id, routedMm: 1234, orderedMm: 2000, route: [] }]);
  assert.deepEqual(db.prepare('SELECT b_routed_mm, b_ordered_mm FROM channels WHERE id = ?').raw().get(rec.id), [1234, 2000]);
  const tray = db.prepare('SELECT id FROM trays LIMIT 1').pluck().get() as number;
  writeRoutes(db, [{ id: rec.id, routedMm: 9000, orderedMm: 10000, route: [{ trayId: tray, seg: 1 }] }]);
  assert.equal(count(db, `SELECT count(*) FROM channels WHERE id = ${rec.id}`), 0);
  assert.equal(db.prepare('SELECT route FROM cables WHERE id = ?').pluck().get(rec.id), JSON.stringify([{ trayId: tray, seg: 1 }]));
  assert.equal(db.prepare('SELECT routed_mm FROM cables WHERE id = ?').pluck().get(rec.b_jumper_id), 1234);
});

test('undo of the generation and of a hall deletion take the records out and bring them back', async () => {
  const db = await generated(S1K);
  const store = new EntityStore(db);
  const before = viewRows(db);
  const records = count(db, 'SELECT count(*) FROM channels');
  const u = undo(db, store, true)!;
  assert.equal(count(db, 'SELECT count(*) FROM channels'), 0);
  assert.equal(count(db, 'SELECT count(*) FROM cable_view'), 0);
  assert.ok(u.patch!.del.cable!.length === before.length);
  redo(db, store, true);
  assert.deepEqual(viewRows(db), before);
  const hallId = db.prepare('SELECT id FROM halls').pluck().get() as number;
  const del = applyEdit(db, { label: 'Delete hall', ops: [{ op: 'delete', kind: 'hall', id: hallId }] });
  assert.equal(del.patch.del.cable!.length, before.length);
  assert.equal(count(db, 'SELECT count(*) FROM channels'), 0);
  undo(db, store, true);
  assert.equal(count(db, 'SELECT count(*) FROM channels'), records);
  assert.deepEqual(viewRows(db), before);
});

test("stored routes by id (what checks.update compares with): a trunk's row, each jumper's record, as the readers see them", async () => {
  const db = await generated(S1K);
  const store = new EntityStore(db);
  const a = count(db, 'SELECT id FROM channels ORDER BY id LIMIT 1');
  const b = count(db, 'SELECT b_jumper_id FROM channels ORDER BY id LIMIT 1');
  const trunk = count(db, "SELECT id FROM cables WHERE route IS NOT NULL AND route <> '[]' ORDER BY id LIMIT 1");
  const ids = [trunk, a, b, 987_654_321];
  const got = storedRoutes(db, ids);
  assert.deepEqual(
    [...got.keys()].sort((x, y) => x - y),
    [a, b, trunk].sort((x, y) => x - y),
    'the missing id is left out',
  );
  for (const id of [trunk, a, b]) {
    const c = store.get('cable', id)!;
    assert.deepEqual(got.get(id), { id, routedMm: c.routedMm, orderedMm: c.orderedMm, route: c.route });
  }
  assert.ok(got.get(trunk)!.route!.length > 0 && got.get(a)!.routedMm! > 0, 'a routed trunk and a routed jumper');
});

test('rows written while a structured fabric is routed only shift its ids: its records, trunks and labels still agree', () => {
  const db = project();
  const cat = { deviceTypes: readDeviceTypes(db), media: readMedia(db) };
  const plan = planFabric(S1K, cat);
  const e = buildHallEntities(db, plan);
  // meanwhile another structured fabric takes the ids (and the names) the first one was given
  writeFabric(db, planFabric(S1K, cat));
  assert.equal(rebaseHall(db, e), true);
  insertHall(db, e, 'test');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  const halls = db.prepare('SELECT id FROM halls ORDER BY id').pluck().all() as number[];
  assert.equal(halls.length, 2);
  // every cable of both halls, records' jumpers included, names the ports it joins
  const wrong = count(
    db,
    `SELECT count(*) FROM cable_view c JOIN port_view pa ON pa.id = c.a_port_id JOIN devices da ON da.id = pa.device_id
     JOIN port_view pb ON pb.id = c.b_port_id JOIN devices db ON db.id = pb.device_id
     WHERE c.label <> da.name || ':' || pa.name || '/' || db.name || ':' || pb.name`,
  );
  assert.equal(wrong, 0, 'every label names the ports its cable joins');
  assert.equal(
    count(db, 'SELECT count(*) FROM cable_view'),
    2 *
      count(
        db,
        'SELECT count(*) FROM cable_view WHERE a_port_id IN (SELECT p.id FROM port_view p JOIN devices d ON d.id = p.device_id JOIN racks r ON r.id = d.rack_id WHERE r.hall_id = ' +
          halls[0] +
          ')',
      ),
  );
  // each record's trunk joins the rear ports its fronts map to, on the second hall's panels
  // (each port's device by seeks: port_view by id scans the blocks, 98 s here)
  const dev = deviceOfPortSql;
  const stray = count(
    db,
    `SELECT count(*) FROM channels ch JOIN cables t ON t.id = ch.trunk_id
     WHERE ${dev('ch.a_front_id')} NOT IN (${dev('t.a_port_id')}, ${dev('t.b_port_id')})
        OR ${dev('ch.b_front_id')} NOT IN (${dev('t.a_port_id')}, ${dev('t.b_port_id')})`,
  );
  assert.equal(stray, 0, 'records meet their trunk on its panels');
  // and the hall checks clean, as the first one does
  const r = checkProject(db);
  assert.equal(r.errors, 0);
});
