// Edits in floor mode (renderer/src/store/floor-edits.ts, floor-counts.ts): which patches can
// change the floor's counts, and the counts after deleting a fetched rack and bringing it back,
// worked out in the page; null (ask the server) when a touched row was never fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cable, Device, Id, Port } from '../../../core/model/entities.js';
import type { FloorCounts } from '../../../core/model/floor.js';
import type { Patch } from '../../../core/model/edits.js';
import { countsAfter, type Gone } from '../../../renderer/src/store/floor-counts.js';
import { patchChangesCounts } from '../../../renderer/src/store/floor-edits.js';
import { rack, tray } from './fixtures.js';

// Rack 1 holds devices 1 and 2, rack 2 device 3, rack 3 device 4 (type 5); one port each (100 + id).
const devices: Device[] = [[1, 1], [2, 1], [3, 2], [4, 3]].map(([id, rackId]) => ({ id: id!, rackId: rackId!, name: `d${id}`, typeId: 5, u: 1 + 2 * id!, face: 'front' }));
const ports: Port[] = devices.map((d) => ({ id: 100 + d.id, deviceId: d.id, name: 'p', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear' }));
const cable = (id: number, a: number, b: number, route: [number, number][] | null): Cable => ({
  id, label: `C${id}`, aPortId: a, bPortId: b, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null,
  route: route && route.map(([trayId, seg]) => ({ trayId, seg })), status: 'planned',
});
// Cable 1 (rack 1 to 2) on segment 0; cable 2 (rack 1 to 3) on segments 0 and 1; cable 3 (rack 1
// to 3) unrouted; cable 4 (rack 2 to 3) on segment 1.
const cables = [cable(1, 101, 103, [[10, 0]]), cable(2, 102, 104, [[10, 0], [10, 1]]), cable(3, 101, 104, null), cable(4, 103, 104, [[10, 1]])];
const trays = new Map([[10, tray(10, [[600, 1500], [6000, 1500], [11400, 1500]])]]);
// Hand-counted from the lists above.
const floor: FloorCounts = {
  rackDevices: { rackId: [1, 2, 3], typeId: [5, 5, 5], count: [2, 1, 1] },
  bundles: { trayId: [10, 10], seg: [0, 1], count: [2, 2] },
  routedByHall: { hallId: [1], count: [3] },
  unrouted: { a: [1], b: [3], count: [1] },
  counts: { devices: 4, ports: 4, cables: 4 },
};
const byId = <T extends { id: Id }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
/** What rack 1's detail brings: its devices and ports, the cables on them and their far ends (not cable 4). */
const fetched = { device: byId(devices), port: byId(ports), cable: byId(cables.slice(0, 3)), tray: trays };
const noneGone = (): Gone => ({ device: new Set(), port: new Set(), cable: new Set() });
const deleteRack1: Patch = { put: {}, del: { rack: [1], device: [1, 2], port: [101, 102], cable: [1, 2, 3] } };
/** Order-free view of counts (the page's order of entries need not be the server's). */
const view = (c: FloorCounts | null) => c && {
  rackDevices: c.rackDevices.rackId.map((r, i) => `${r}/${c.rackDevices.typeId[i]}:${c.rackDevices.count[i]}`).sort(),
  bundles: c.bundles.trayId.map((t, i) => `${t}/${c.bundles.seg[i]}:${c.bundles.count[i]}`).sort(),
  routedByHall: c.routedByHall.hallId.map((h, i) => `${h}:${c.routedByHall.count[i]}`).sort(),
  unrouted: c.unrouted.a.map((a, i) => `${a}-${c.unrouted.b[i]}:${c.unrouted.count[i]}`).sort(),
  counts: c.counts,
};

test('moving, renaming a rack, a device renamed or moved in its rack change no count; deleting or adding devices or cables does', () => {
  const doc = { device: byId(devices), port: byId(ports), cable: byId(cables) };
  assert.equal(patchChangesCounts({ put: { rack: [rack(1, 2100, 3000)] }, del: {} }, doc), false);
  assert.equal(patchChangesCounts({ put: { device: [{ ...devices[0]!, name: 'x', u: 20 }] }, del: {} }, doc), false);
  assert.equal(patchChangesCounts({ put: { cable: [{ ...cables[0]!, label: 'renamed' }] }, del: {} }, doc), false);
  assert.equal(patchChangesCounts({ put: { cable: [{ ...cables[0]!, route: [{ trayId: 10, seg: 1 }] }] }, del: {} }, doc), true);
  assert.equal(patchChangesCounts({ put: { device: [{ ...devices[0]!, rackId: 2 }] }, del: {} }, doc), true);
  assert.equal(patchChangesCounts({ put: { device: [{ ...devices[0]!, id: 9 }] }, del: {} }, doc), true, 'a device the page never saw');
  assert.equal(patchChangesCounts(deleteRack1, doc), true);
});

test('deleting a fetched rack and bringing it back: the counts worked out in the page', () => {
  const gone = noneGone();
  const after = countsAfter(floor, deleteRack1, fetched, gone);
  // Left: devices 3 and 4; cable 4 on segment 1; no unrouted pair.
  assert.deepEqual(view(after), {
    rackDevices: ['2/5:1', '3/5:1'],
    bundles: ['10/1:1'],
    routedByHall: ['1:1'],
    unrouted: [],
    counts: { devices: 2, ports: 2, cables: 1 },
  });
  // Undo puts the rows back: the page knows they had gone, so they are new again, not changes.
  for (const [k, ids] of [['device', [1, 2]], ['port', [101, 102]], ['cable', [1, 2, 3]]] as const) for (const id of ids) gone[k].add(id);
  const left = { device: byId(devices.slice(2)), port: byId(ports.slice(2)), cable: new Map<Id, Cable>(), tray: trays };
  const undo: Patch = { put: { rack: [rack(1, 1500, 3000)], device: devices.slice(0, 2), port: ports.slice(0, 2), cable: cables.slice(0, 3) }, del: {} };
  assert.deepEqual(view(countsAfter(after!, undo, left, gone)), view(floor));
});

test('a deleted row the page never fetched: null, the server is asked', () => {
  assert.equal(countsAfter(floor, { put: {}, del: { cable: [4] } }, fetched, noneGone()), null);
  assert.equal(countsAfter(floor, { put: { device: [{ ...devices[0]!, id: 9 }] }, del: {} }, fetched, noneGone()), null, 'new or never fetched: cannot tell');
});

test('a cable drawn between fetched ports: the patch says it is new, the page counts it without asking', () => {
  const drawn = cable(9, 102, 103, null);
  const patch: Patch = { put: { cable: [drawn] }, del: {}, created: { cable: [9] } };
  // rack 1 to rack 2, not routed yet: one more cable and one unrouted pair 1-2
  const drawnCounts = countsAfter(floor, patch, fetched, noneGone());
  assert.deepEqual(view(drawnCounts), { ...view(floor), unrouted: ['1-2:1', '1-3:1'], counts: { devices: 4, ports: 4, cables: 5 } });
  assert.equal(countsAfter(floor, { put: { cable: [drawn] }, del: {} }, fetched, noneGone()), null, 'without the word that it is new: the server is asked');
  // its route arrives later (routing.routeCables): the page holds it now, the pair becomes segment 0 of tray 10
  const held = { ...fetched, cable: byId([...cables.slice(0, 3), drawn]) };
  const routed = countsAfter(drawnCounts!, { put: { cable: [{ ...drawn, route: [{ trayId: 10, seg: 0 }] }] }, del: {} }, held, noneGone());
  assert.deepEqual(view(routed), { ...view(floor), bundles: ['10/0:3', '10/1:2'], routedByHall: ['1:4'], counts: { devices: 4, ports: 4, cables: 5 } });
});
