// project.floor and project.detail read straight from the tables (db/floor.ts): the floor
// payload must draw the same racks and counts the snapshot would, and the detail of a rack, a
// cable or a tray segment must hold exactly what the views need: the devices, ports and cables
// there and both ends of each cable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floorRacks } from '../../core/model/floor.js';
import { cacheFloor, cachedFloor, floorInPieces, loadDetail, loadFloor, loadFloorCounts } from '../../db/floor.js';
import { openProject } from '../../db/open.js';
import { isCached } from '../../db/snapshot.js';
import { smallProject, referenceSnapshot } from './snapshot-fixture.js';

test('the floor payload: racks as the snapshot has them, bundle, routed and unrouted counts', () => {
  const { db } = smallProject();
  const snap = referenceSnapshot(db);
  const f = loadFloor(db);
  // Racks packed as columns come back equal (one rack sets the optional physical fields, one not).
  assert.deepEqual(floorRacks(JSON.parse(JSON.stringify(f))), snap.racks);
  assert.deepEqual([f.halls, f.trays, f.rows], [snap.halls, snap.trays, snap.rows]);
  const [r0, r1] = snap.racks.map((r) => r.id);
  const tray = snap.trays[0]!.id;
  // C1 is routed along T1 segment 0; C2 is not routed, between the two racks.
  assert.deepEqual(f.bundles, { trayId: [tray], seg: [0], count: [1] });
  assert.deepEqual(f.routedByHall, { hallId: [snap.halls[0]!.id], count: [1] });
  assert.deepEqual(f.unrouted, { a: [Math.min(r0!, r1!)], b: [Math.max(r0!, r1!)], count: [1] });
  const typeId = snap.devices[0]!.typeId;
  assert.deepEqual(f.rackDevices, { rackId: [r0, r1], typeId: [typeId, typeId], count: [1, 1] });
  assert.deepEqual(f.counts, { devices: 2, ports: 2, cables: 2 });
  assert.ok(!('cables' in f) && !('ports' in f) && !('devices' in f), 'no cable, port or device travels with the floor');
});

test('the floor payload counts a cable inside one rack under that rack alone (a = b), so the hall counts it', () => {
  const { db, store } = smallProject();
  const snap = referenceSnapshot(db);
  const [d0] = snap.devices;
  const p0 = snap.ports.find((p) => p.deviceId === d0!.id)!;
  db.transaction(() => {
    const other = store.insert('device', { rackId: d0!.rackId, name: 'second', typeId: d0!.typeId, u: 10, face: 'front' }, null);
    const port = store.insert('port', { deviceId: other, name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear' }, null);
    store.insert('cable', {
      label: 'in-rack', aPortId: p0.id, bPortId: port, mediaId: null, opticA: null, opticB: null, lengthMm: null,
      routedMm: 900, orderedMm: 1000, route: [], status: 'planned',
    }, null);
  })();
  const [r0, r1] = snap.racks.map((r) => r.id);
  const f = loadFloor(db);
  const pairs = f.unrouted.a.map((a, i) => [a, f.unrouted.b[i], f.unrouted.count[i]]);
  assert.deepEqual(pairs.sort(), [[r0, r0, 1], [Math.min(r0!, r1!), Math.max(r0!, r1!), 1]].sort());
  assert.equal(f.counts.cables, 3);
  assert.deepEqual(loadFloorCounts(db).unrouted, f.unrouted);
});

function drain<T>(g: Generator<void, T>): { value: T; pieces: number } {
  let pieces = 1;
  for (let r = g.next(); ; r = g.next(), pieces++) if (r.done) return { value: r.value, pieces };
}

test('the floor read a piece at a time (a cable per piece here) is the floor read at once', () => {
  const { db } = smallProject();
  const { value, pieces } = drain(floorInPieces(db, 1));
  // The layout, the catalog, one piece per cable id from the first to the last (C1 routed, C2 not), the counts.
  assert.equal(pieces, 2 + 2 + 1);
  assert.deepEqual(value, loadFloor(db));
  cacheFloor(db, value!);
  assert.equal(isCached(db, 'floor'), true);
  assert.equal(cachedFloor(db), value, 'the cache holds the pieces\' payload');
});

test('the floor in pieces gives up when the data changes between pieces, or a caller cached it first', () => {
  const { db } = smallProject();
  const g = floorInPieces(db, 1);
  g.next();
  const other = openProject(db.name);
  other.prepare('UPDATE halls SET name = ?').run('Elsewhere');
  other.close();
  assert.equal(drain(g).value, null, 'pieces read before and after a commit would not agree');
  const h = floorInPieces(db, 1);
  h.next();
  cachedFloor(db);
  assert.equal(drain(h).value, null, 'the page asked first: nothing left to do');
  const already = drain(floorInPieces(db));
  assert.deepEqual([already.value, already.pieces], [null, 1], 'already cached: not even the plan is read');
});

test('detail of a rack: its devices and ports, the cables on them, and their far ends', () => {
  const { db } = smallProject();
  const snap = referenceSnapshot(db);
  const [d0, d1] = snap.devices;
  const d = loadDetail(db, { racks: [d0!.rackId] });
  // Both cables touch rack 0's one port; their other ends are rack 1's device and port.
  assert.deepEqual(d.devices.map((x) => x.name).sort(), [d0!.name, d1!.name].sort());
  assert.deepEqual(d.ports.map((p) => p.id).sort(), snap.ports.map((p) => p.id).sort());
  assert.deepEqual(d.cables.map((c) => c.label).sort(), ['C1', 'C2 "x"']);
  assert.deepEqual(d.cables.find((c) => c.label === 'C1'), snap.cables.find((c) => c.label === 'C1'));
  assert.deepEqual(loadDetail(db, {}), { devices: [], ports: [], cables: [] });
});

test('detail of a tray segment: only the cables routed through it, with both ends', () => {
  const { db } = smallProject();
  const snap = referenceSnapshot(db);
  const trayId = snap.trays[0]!.id;
  const d = loadDetail(db, { segment: { trayId, seg: 0 } });
  assert.deepEqual(d.cables.map((c) => c.label), ['C1']);
  assert.equal(d.ports.length, 2);
  assert.equal(d.devices.length, 2);
  assert.deepEqual(loadDetail(db, { segment: { trayId, seg: 1 } }).cables, []);
  // One named cable: it and its ends.
  const c2 = snap.cables.find((c) => c.route === null)!;
  assert.deepEqual(loadDetail(db, { cables: [c2.id] }).cables, [c2]);
});

test('project.floorCounts: the floor payload\'s counts alone, re-read after an edit', () => {
  const { db } = smallProject();
  const f = loadFloor(db);
  const c = loadFloorCounts(db);
  assert.deepEqual(c, { rackDevices: f.rackDevices, bundles: f.bundles, routedByHall: f.routedByHall, unrouted: f.unrouted, counts: f.counts });
  // The routed cable C1 gone: segment 0 and the hall count nothing, the totals one cable less.
  db.prepare("DELETE FROM cables WHERE label = 'C1'").run();
  const after = loadFloorCounts(db);
  assert.deepEqual([after.bundles.count, after.routedByHall.count, after.counts.cables], [[], [], 1]);
  assert.deepEqual(after.unrouted, f.unrouted);
});
