import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { applyEdit } from '../../db/edits.js';
import { undo, redo } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import { upsertDeviceType } from '../../db/catalog.js';

function fresh() {
  const path = join(mkdtempSync(join(tmpdir(), 'tl-')), 'p.trayline');
  const db = openProject(path, { create: true });
  return { db, path };
}

const rack = (hallId: number, xMm: number) => ({
  hallId, rowId: null, name: 'R', nameAuto: true, xMm, yMm: 1200, rotationDeg: 0, widthMm: 600, depthMm: 1200,
  heightU: 48, powerBudgetW: 20000, feedId: null, dropTrayId: null,
});

test('creating a rack names it after its tile; undo and redo survive reopening the file', () => {
  const { db, path } = fresh();
  applyEdit(db, { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  const out = applyEdit(db, { label: 'Add rack', ops: [{ op: 'create', kind: 'rack', value: rack(1, 900) }] });
  const created = out.patch.put.rack!.at(-1)!;
  // front-left corner at x=600, y=600 -> column 1 (B), row 1 ("02")
  assert.equal(created.name, 'B02');
  assert.equal(out.history.undoLabel, 'Add rack');
  db.close();
  const db2 = openProject(path);
  const store = new EntityStore(db2);
  assert.ok(undo(db2, store));
  assert.equal(store.all('rack').length, 0);
  assert.ok(redo(db2, store));
  assert.equal(store.all('rack')[0]!.name, 'B02');
});

test('an overlapping rack is refused and nothing is written', () => {
  const { db } = fresh();
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  applyEdit(db, { label: 'a', ops: [{ op: 'create', kind: 'rack', value: rack(1, 900) }] });
  assert.throws(() => applyEdit(db, { label: 'b', ops: [{ op: 'create', kind: 'rack', value: rack(1, 1200) }] }), /overlap/);
  assert.equal(new EntityStore(db).all('rack').length, 1);
});

test('devices sharing a U are refused; deleting a device removes its ports and undo restores them', () => {
  const { db } = fresh();
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'sw', manufacturer: 'X', model: 'SW', role: 'switch', uHeight: 2, isFullDepth: true, maxPowerW: 500,
    typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user',
    ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [] }],
  });
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  applyEdit(db, { label: 'r', ops: [{ op: 'create', kind: 'rack', value: rack(1, 900) }] });
  applyEdit(db, { label: 'd', ops: [{ op: 'create', kind: 'device', value: { rackId: 1, name: 'sw1', typeId, u: 10, face: 'front' } }] });
  assert.throws(
    () => applyEdit(db, { label: 'd2', ops: [{ op: 'create', kind: 'device', value: { rackId: 1, name: 'sw2', typeId, u: 11, face: 'rear' } }] }),
    /collide with sw1 at U11/,
  );
  assert.throws(
    () => applyEdit(db, { label: 'd3', ops: [{ op: 'create', kind: 'device', value: { rackId: 1, name: 'sw3', typeId, u: 48, face: 'front' } }] }),
    /U49, above the top/,
  );
  const store = new EntityStore(db);
  applyEdit(db, { label: 'del', ops: [{ op: 'delete', kind: 'device', id: 1 }] });
  assert.equal(store.all('port').length, 0);
  undo(db, store);
  assert.equal(store.all('port').length, 1);
  assert.equal(store.all('device')[0]!.name, 'sw1');
});

test('a bad field is named by its path', () => {
  const { db } = fresh();
  assert.throws(
    () => applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: -5, depthMm: 20000, tileMm: 600 } }] }),
    /ops\[0\]\.value\.widthMm/,
  );
});

test('a zero-U PDU takes no rack unit', async () => {
  const { slotOf, uSpaceProblems } = await import('../../core/model/rack-space.js');
  const pdu = slotOf({ id: 1, u: 10, face: 'rear' }, { uHeight: 0, isFullDepth: false });
  const server = slotOf({ id: 2, u: 10, face: 'front' }, { uHeight: 8, isFullDepth: true });
  assert.deepEqual(uSpaceProblems(48, [pdu, server]), []);
});

test('one edit can create a rack, a device in it and a cable between new ports by reference, and undo removes them all', () => {
  const { db } = fresh();
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'sw', manufacturer: 'X', model: 'SW', role: 'switch', uHeight: 1, isFullDepth: true, maxPowerW: 500,
    typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user',
    ports: ['p1', 'p2'].map((name) => ({ name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })),
  });
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  const out = applyEdit(db, {
    label: 'Paste rack',
    ops: [
      { op: 'create', kind: 'rack', ref: -1, value: rack(1, 900) },
      { op: 'create', kind: 'device', ref: -2, value: { rackId: -1, name: 'sw1', typeId, u: 1, face: 'front' } },
      {
        op: 'create', kind: 'cable',
        value: {
          label: 'loop', aPortId: { deviceId: -2, name: 'p1' }, bPortId: { deviceId: -2, name: 'p2' }, mediaId: null,
          opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
        },
      },
    ],
  });
  const store = new EntityStore(db);
  const cable = store.all('cable')[0]!;
  const ports = store.all('port');
  assert.deepEqual([cable.aPortId, cable.bPortId], [ports[0]!.id, ports[1]!.id]);
  assert.equal(store.all('device')[0]!.rackId, out.patch.put.rack![0]!.id);
  undo(db, store);
  assert.equal(store.all('rack').length + store.all('device').length + store.all('cable').length, 0);
  assert.throws(() => applyEdit(db, { label: 'x', ops: [{ op: 'delete', kind: 'rack', id: -7 }] }), /reference -7 names nothing/);
});

test('edits that would leave a rack or tray outside the hall are refused with the reason; so is shrinking the hall', () => {
  const { db } = fresh();
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  // centre x 29800: footprint 29500..30100, 100 mm beyond the 30 m wall
  assert.throws(() => applyEdit(db, { label: 'a', ops: [{ op: 'create', kind: 'rack', value: rack(1, 29800) }] }), {
    message: "the new rack would stand outside hall H1: its footprint reaches x = 30.10 m, beyond the hall's 30.00 m width",
  });
  applyEdit(db, { label: 'a', ops: [{ op: 'create', kind: 'rack', value: rack(1, 9900) }] }); // footprint 9600..10200, tile Q02
  const tray = { hallId: 1, name: 'T1', heightMm: 2600, widthMm: 300, depthMm: 100, points: [[600, 300], [20000, 300]] };
  applyEdit(db, { label: 't', ops: [{ op: 'create', kind: 'tray', value: tray }] });
  assert.throws(() => applyEdit(db, { label: 't2', ops: [{ op: 'update', kind: 'tray', id: 1, patch: { points: [[600, 300], [31000, 300]] } }] }), {
    message: "tray T1 would stand outside hall H1: its point 2 reaches x = 31.00 m, beyond the hall's 30.00 m width",
  });
  // 10 m wide still holds the rack (to 10.2 m? no: 10.2 > 10) -> refused, naming the rack as it is
  const name = new EntityStore(db).all('rack')[0]!.name;
  assert.throws(() => applyEdit(db, { label: 'shrink', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { widthMm: 10000 } }] }), {
    message: `hall H1 cannot be made that small: rack ${name} would be outside it (its footprint reaches x = 10.20 m, beyond the hall's 10.00 m width)`,
  });
  // 25 m holds the rack but not the tray's east end at 20 m? it does: 20 <= 25. 15 m does not.
  assert.throws(() => applyEdit(db, { label: 'shrink', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { widthMm: 15000 } }] }), /tray T1 would be outside it \(its point 2 reaches x = 20\.00 m/);
  applyEdit(db, { label: 'shrink', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { widthMm: 20000 } }] });
  assert.equal(new EntityStore(db).get('hall', 1)!.widthMm, 20000);
});

test('a refused move names the racks by the names the user sees, not the tile it would get', () => {
  const { db } = fresh();
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  applyEdit(db, { label: 'a', ops: [{ op: 'create', kind: 'rack', value: rack(1, 900) }] }); // B02
  applyEdit(db, { label: 'b', ops: [{ op: 'create', kind: 'rack', value: { ...rack(1, 3300), name: 'R2' } }] }); // F02
  const [a, b] = new EntityStore(db).all('rack');
  assert.deepEqual([a!.name, b!.name], ['B02', 'F02']);
  assert.throws(() => applyEdit(db, { label: 'm', ops: [{ op: 'update', kind: 'rack', id: b!.id, patch: { xMm: 1200 } }] }), { message: 'rack F02 would overlap rack B02' });
  assert.throws(() => applyEdit(db, { label: 'n', ops: [{ op: 'create', kind: 'rack', value: { ...rack(1, 1200), name: 'new-rack-x' } }] }), { message: 'the new rack would overlap rack B02' });
});

test('an in-row CDU stands on the floor: a rack moved onto it, it moved onto a rack or another CDU, or past the hall\'s edge is refused; one with no place is not checked', () => {
  const { db } = fresh();
  applyEdit(db, { label: 'h', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  applyEdit(db, { label: 'a', ops: [{ op: 'create', kind: 'rack', value: rack(1, 900) }] }); // B02: x 600..1200
  // the default footprint, 750 x 1200 mm, centred at x = 1575: 1200..1950, beside B02
  const cdu = { hallId: 1, name: 'CDU-1', placement: 'in-row', capacityW: 2_000_000, xMm: 1575, yMm: 1200 };
  applyEdit(db, { label: 'c', ops: [{ op: 'create', kind: 'cdu', value: cdu }] });
  const c = new EntityStore(db).all('cdu')[0]!;
  assert.deepEqual([c.widthMm, c.depthMm, c.rotationDeg], [750, 1200, 0]);
  assert.throws(() => applyEdit(db, { label: 'm', ops: [{ op: 'create', kind: 'rack', value: { ...rack(1, 2100), name: 'R3' } }] }), { message: 'the new rack would overlap CDU CDU-1' });
  assert.throws(() => applyEdit(db, { label: 'm', ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { xMm: 1500 } }] }), { message: 'CDU CDU-1 would overlap rack B02' });
  // turned a quarter, it is 1200 wide: 975..2175 meets B02
  assert.throws(() => applyEdit(db, { label: 't', ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { rotationDeg: 90 } }] }), { message: 'CDU CDU-1 would overlap rack B02' });
  assert.throws(() => applyEdit(db, { label: 'd', ops: [{ op: 'create', kind: 'cdu', value: { ...cdu, name: 'CDU-2', xMm: 2000 } }] }), { message: 'CDU CDU-2 would overlap CDU CDU-1' });
  assert.throws(() => applyEdit(db, { label: 'e', ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { xMm: 29800 } }] }), {
    message: "CDU CDU-1 would stand outside hall H1: its footprint reaches x = 30.18 m, beyond the hall's 30.00 m width",
  });
  assert.throws(() => applyEdit(db, { label: 's', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { widthMm: 1800 } }] }), /hall H1 cannot be made that small: CDU CDU-1 would be outside it/);
  // one taken off the floor (no place) or in a rack takes no floor space
  applyEdit(db, { label: 'off', ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { xMm: null, yMm: null } }] });
  applyEdit(db, { label: 'r', ops: [{ op: 'create', kind: 'rack', value: { ...rack(1, 2100), name: 'R3' } }] });
  // half a place is refused, and nothing of it is kept
  assert.throws(() => applyEdit(db, { label: 'x', ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { xMm: 9000 } }] }), {
    message: 'CDU CDU-1: its centre takes both xMm and yMm, or neither (no place on the floor)',
  });
  assert.equal(new EntityStore(db).get('cdu', c.id)!.xMm, undefined);
  applyEdit(db, { label: 'in', ops: [{ op: 'create', kind: 'cdu', value: { ...cdu, name: 'CDU-3', placement: 'in-rack' } }] });
  assert.equal(new EntityStore(db).all('rack').length, 2);
});
