// Floor mode (renderer/src/store/detail.ts): the scene drawn from the floor payload's counts, with
// no device, port or cable in the store, matches the scene drawn from the whole model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cable, Device, DeviceType, Port } from '../../../core/model/entities.js';
import { DEFAULT_SETTINGS } from '../../../core/model/entities.js';
import { packRacks } from '../../../core/model/floor.js';
import { floorMarks } from '../../../core/geometry/floor-marks.js';
import { buildScene } from '../../../renderer/src/canvas/scene.js';
import { useDoc } from '../../../renderer/src/store/document.js';
import { hallCounts } from '../../../renderer/src/store/hall-counts.js';
import { hall, rack, tray } from './fixtures.js';

const type: DeviceType = {
  id: 5, slug: 'node', manufacturer: 'M', model: 'N', role: 'server', uHeight: 2, isFullDepth: true, maxPowerW: 1500,
  typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user', ports: [],
};
const racks = [rack(1, 1500, 3000), rack(2, 4500, 3000), rack(3, 7500, 3000)];
const trays = [tray(10, [[600, 1500], [6000, 1500], [11400, 1500]])];
// Two devices in rack 1, one in rack 2, one in rack 3; one port each.
const devices: Device[] = [[1, 1], [2, 1], [3, 2], [4, 3]].map(([id, rackId]) => ({ id: id!, rackId: rackId!, name: `d${id}`, typeId: 5, u: 1 + 2 * id!, face: 'front' }));
const ports: Port[] = devices.map((d) => ({ id: 100 + d.id, deviceId: d.id, name: 'p', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear' }));
const cable = (id: number, a: number, b: number, route: [number, number][] | null): Cable => ({
  id, label: `C${id}`, aPortId: a, bPortId: b, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null,
  route: route && route.map(([trayId, seg]) => ({ trayId, seg })), status: 'planned',
});
// Segment 0 carries cables 1 and 2, segment 1 carries cable 2; cable 3 (rack 1 to rack 3) is not
// routed; cable 4 joins rack 1's two devices (routed over no tray).
const cables = [cable(1, 101, 103, [[10, 0]]), cable(2, 102, 104, [[10, 0], [10, 1]]), cable(3, 101, 104, null), cable(4, 101, 102, [])];
const base = { schemaVersion: 1, halls: [hall], rows: [], trays, feeds: [], cdus: [], deviceTypes: [type], media: [], settings: DEFAULT_SETTINGS };

test('floor counts draw the same bundles, rack power, routed and unrouted cables as the whole model, and count the same cables', () => {
  useDoc.getState().load({ ...base, racks, devices, ports, cables });
  const full = buildScene(useDoc.getState(), 1);
  const fullCounts = hallCounts(useDoc.getState(), 1);
  useDoc.getState().loadFloor({
    ...base,
    racks: packRacks(racks),
    marks: floorMarks([hall], racks, trays),
    // Hand-counted from the lists above.
    rackDevices: { rackId: [1, 2, 3], typeId: [5, 5, 5], count: [2, 1, 1] },
    bundles: { trayId: [10, 10], seg: [0, 1], count: [2, 1] },
    routedByHall: { hallId: [1], count: [2] },
    unrouted: { a: [1, 1], b: [1, 3], count: [1, 1] },
    counts: { devices: 4, ports: 4, cables: 4 },
  });
  assert.equal(useDoc.getState().cable.size, 0);
  // The status bar's counts: the cable inside rack 1 counts in floor mode too (it had been left out).
  assert.deepEqual(hallCounts(useDoc.getState(), 1), fullCounts);
  assert.deepEqual(fullCounts, { racks: 3, trays: 1, devices: 4, cables: 4 });
  const floor = buildScene(useDoc.getState(), 1);
  const view = (s: typeof full) => ({
    segs: s.segs.map((g) => [g.trayId, g.seg, g.count]),
    racks: s.racks.map((r) => [r.rack.id, r.powerW, r.devices]),
    routed: s.routedCables,
    unrouted: s.unrouted,
    max: s.maxSegCables,
    marks: { aisles: s.aisles, junctions: s.junctions, drops: s.drops },
  });
  // 2 x 1500 W in rack 1; 2 cables on segment 0, 1 on segment 1.
  assert.deepEqual({ ...view(floor), marks: undefined }, {
    segs: [[10, 0, 2], [10, 1, 1]],
    racks: [[1, 3000, 2], [2, 1500, 1], [3, 1500, 1]],
    routed: 2,
    unrouted: [{ a: 1, b: 3, count: 1 }],
    max: 2,
    marks: undefined,
  });
  // Each rack drops straight onto the tray in front of it (y = 1500 mm).
  assert.deepEqual(floor.drops.map((d) => [d.rackId, d.px, d.py]), [[1, 1500, 1500], [2, 4500, 1500], [3, 7500, 1500]]);
  assert.deepEqual(view(floor), view(full));
  // Floor mode knows counts only; the whole model knows which cables.
  assert.deepEqual([floor.segs[0]!.cables, full.segs[0]!.cables], [[], [1, 2]]);
});

test("the payload's aisles, junctions and drop points are drawn until a rack or tray changes, then computed again", () => {
  const marks = floorMarks([hall], racks, trays);
  // Marked apart from what the racks and trays give, to see whose figures the scene draws.
  const moved = marks.map((m) => ({ ...m, drops: m.drops.map((v, i) => (i % 5 === 2 ? v + 1 : v)) }));
  useDoc.getState().loadFloor({
    ...base, racks: packRacks(racks), marks: moved,
    rackDevices: { rackId: [], typeId: [], count: [] }, bundles: { trayId: [], seg: [], count: [] },
    routedByHall: { hallId: [], count: [] }, unrouted: { a: [], b: [], count: [] }, counts: { devices: 0, ports: 0, cables: 0 },
  });
  assert.deepEqual(buildScene(useDoc.getState(), 1).drops.map((d) => d.py), [1501, 1501, 1501]);
  // Rack 2 moved 300 mm east: its hall's marks are computed in the page again.
  useDoc.getState().applyPatch({ put: { rack: [{ ...racks[1]!, xMm: 4800 }] }, del: {} });
  const after = buildScene(useDoc.getState(), 1);
  assert.deepEqual(after.drops.map((d) => [d.rackId, d.px, d.py]), [[1, 1500, 1500], [2, 4800, 1500], [3, 7500, 1500]]);
  assert.equal(after.dropByRack.get(2)!.px, 4800);
});
