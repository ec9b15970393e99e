// Structured cabling of racks their servers fill (a GB300 NVL72 takes all 48U): the layout gives
// each row such racks are in a patch rack of panels, every link between racks still runs through
// panels and trunks, and the jumpers to the patch rack are routed along the row tray and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import type { Placement, PlanRack, RunRack } from '../../../core/fabric/layout.js';
import { addPatchRacks, needsPatchRacks } from '../../../core/fabric/patch-racks.js';
import { planFabric } from '../../../core/fabric/plan.js';
import { panelFacts, planStructured } from '../../../core/fabric/structured.js';
import { Topology } from '../../../core/fabric/topology.js';
import { PANEL as PANEL_TYPE } from './structured-fixtures.js';
import { writeSettings } from '../../../db/settings.js';
import { loadSnapshot } from '../../../db/snapshot.js';
import { generateFabric } from '../../../main/app/fabric.js';
import { withSeededProject } from './seeded-project.js';

const CATALOG = {
  deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ ...toDeviceType(t), id: i + 1 })),
  media: BUILTIN_MEDIA.map(toMedia),
};
const PANEL = { positions: 12, entries: 4, uHeight: 1 };
const NVL72: FabricInputsIn = { arch: 'rail-optimized', gpus: 1152, server: 'nvidia-gb300-nvl72', switch: 'nvidia-sn5600', cabling: 'structured' };

const computeRacks = (n: number): RunRack[] => Array.from({ length: n }, () => ({ kind: 'compute', devices: [0], unit: 0, unitNet: 2, panelLinks: 72 }));

test('a row gets as many patch racks as its compute links need, before its first network rack', () => {
  assert.equal(needsPatchRacks(PANEL, 1, 48, 48), true);
  assert.equal(needsPatchRacks(PANEL, 4, 10, 48), false); // four 10U servers leave 8U
  // 3 racks x 72 links = 216 -> 18 trunk entries, + 2 part-filled ones (2 network racks) = 20: one rack of 48 panels x 4
  const row: RunRack[] = [...computeRacks(3), { kind: 'network', devices: [1] }];
  addPatchRacks(row, PANEL, 48);
  assert.deepEqual(row.map((r) => r.kind), ['compute', 'compute', 'compute', 'patch', 'network']);
  assert.ok(row.slice(0, 3).every((r) => r.patch === row[3]));
  // 40 racks: 2,880 links -> 240 + 2 = 242 entries, over one rack's 192: two, half the racks each
  const long = computeRacks(40);
  addPatchRacks(long, PANEL, 48);
  const patches = long.filter((r) => r.kind === 'patch');
  assert.equal(patches.length, 2);
  assert.equal(long.indexOf(patches[0]!), 20); // no network rack: in the middle
  const served = patches.map((p) => long.filter((r) => r.patch === p).length);
  assert.deepEqual(served, [20, 20]);
  // a row whose racks have no link through panels (auto: all inside their unit) gets none
  const inside: RunRack[] = [{ kind: 'compute', devices: [0], unit: 0, unitNet: 1, panelLinks: 0 }, { kind: 'network', devices: [1] }];
  addPatchRacks(inside, PANEL, 48);
  assert.deepEqual(inside.map((r) => r.kind), ['compute', 'network']);
});

test('structured NVL72: every link between racks goes through panels; the filled racks have no panel, their row a patch rack', () => {
  const plan = planFabric(NVL72, CATALOG);
  const p = plan.placement;
  const sp = plan.structured!;
  const t = plan.arch.topo;
  assert.ok(p.patchOf);
  const compute = p.racks.map((r, i) => (r.kind === 'compute' ? i : -1)).filter((i) => i >= 0);
  assert.ok(compute.length > 0);
  for (const r of compute) {
    const h: number = p.patchOf[r]!;
    assert.equal(p.racks[h]!.kind, 'patch', p.racks[r]!.name);
    assert.equal(p.racks[h]!.row, p.racks[r]!.row, `${p.racks[r]!.name} patched in another row`);
  }
  const panelRacks = new Set(sp.panelRack);
  for (const r of compute) assert.ok(!panelRacks.has(r), `panel in ${p.racks[r]!.name}`);
  let between = 0;
  for (let i = 0; i < t.linkCount; i++) {
    if (p.rackOf[t.a[i]!] === p.rackOf[t.b[i]!]) continue;
    between++;
    assert.ok(sp.trunkOf[i]! >= 0, `link ${i} left direct`);
  }
  assert.equal(plan.summary.structured!.links, between);
  for (const row of new Set(p.racks.map((r) => r.row))) assert.ok(p.racks.filter((r) => r.row === row && r.kind !== 'network').length <= 20);
  const patches = p.racks.filter((r) => r.kind === 'patch').length;
  assert.ok(patches > 1);
  assert.ok(plan.notes.includes(`${patches} patch racks hold the trunk panels of ${compute.length} compute racks with no U left for a panel (jumpers run along the row tray to them)`), plan.notes.join('\n'));
});

test('a structured NVL72 hall generated and checked: jumpers to the patch racks routed along the row tray, ordered from stock, no error but the floor', async () => {
  await withSeededProject(async (db) => {
    // (the NVL72's 1,360 kg on 0.72 m2 is over the default 12 kPa floor: floor-load is its own test)
    writeSettings(db, { floorRatingKgM2: 3000 });
    const g = await generateFabric(db, NVL72, { route: true });
    assert.equal(g.checks!.errors, 0, JSON.stringify(g.checks!.counts));
    assert.equal(g.routing!.unroutable, 0);
    const snap = loadSnapshot(db);
    const rackOfDevice = new Map(snap.devices.map((d) => [d.id, d.rackId]));
    const port = new Map(snap.ports.map((x) => [x.id, x]));
    const rack = new Map(snap.racks.map((r) => [r.id, r]));
    const server = new Set(snap.devices.filter((d) => d.name.startsWith('gpu')).map((d) => d.id));
    const trayRow = new Map(snap.trays.map((x) => [x.id, x.name]));
    const jumpers = snap.cables.filter((c) => server.has(port.get(c.aPortId)?.deviceId ?? -1));
    assert.equal(jumpers.length, 1152);
    for (const c of jumpers) {
      const a = rack.get(rackOfDevice.get(port.get(c.aPortId)!.deviceId)!)!;
      const b = rack.get(rackOfDevice.get(port.get(c.bPortId)!.deviceId)!)!;
      assert.notEqual(a.id, b.id);
      assert.equal(a.rowId, b.rowId);
      assert.equal(port.get(c.bPortId)!.kind, 'front-port');
      assert.ok(c.route && c.route.length > 0 && c.route.every((s) => /Row \d+ tray/.test(trayRow.get(s.trayId)!)), c.label);
      assert.ok(c.routedMm! > Math.abs(a.xMm - b.xMm), c.label);
      assert.ok(c.orderedMm! >= c.routedMm!, c.label);
    }
  });
});

test('trunks grouped by the rack that holds their panels; a patch rack too small for them is refused, named, with the cabling to try', () => {
  // two compute racks (0, 1) patched in rack 2, a switch in rack 3: 30 links from each server
  const topo = new Topology(['server-leaf']);
  const s0 = topo.add('gpu1', 'server', 0);
  const s1 = topo.add('gpu2', 'server', 0);
  const sw = topo.add('leaf1', 'leaf', 0);
  for (let k = 0; k < 30; k++) topo.link(s0, k, sw, k, 0);
  for (let k = 0; k < 30; k++) topo.link(s1, k, sw, 30 + k, 0);
  const rack = (name: string, kind: PlanRack['kind'], heightU: number): PlanRack => ({
    name, kind, heightU, xMm: 0, yMm: 0, rotationDeg: 0, widthMm: 600, depthMm: 1200, powerBudgetW: 0, coolingKind: 'air', row: 0, liquidW: 0, block: 0,
  });
  const placement = (patchU: number): Placement => ({
    hall: { widthMm: 6000, depthMm: 6000, tileMm: 600 },
    rows: ['Row 01'],
    cdus: [],
    cduOf: new Int32Array(4).fill(-1),
    racks: [rack('A01', 'compute', 48), rack('B01', 'compute', 48), rack('C01', 'patch', patchU), rack('D01', 'network', 48)],
    trays: [],
    rackOf: Int32Array.from([0, 1, 3]),
    uOf: Int32Array.from([1, 1, 1]),
    serversPerRack: 1,
    crossX: [[]],
    backboneY: [],
    patchOf: Int32Array.from([2, 2, -1, -1]),
  });
  const topUsed = Int32Array.from([48, 48, 0, 1]);
  // 60 links between C01 and D01, not 30 + 30 per compute rack: 5 full trunks of 12 (3 + 3 with a part-filled one each, grouped by compute rack)
  const sp = planStructured(topo, placement(48), panelFacts(PANEL_TYPE), () => true, () => 0, topUsed, 'structured');
  assert.deepEqual(sp.groups.map((g) => [g.rackA, g.rackB, g.links.length, g.trunks]), [[2, 3, 60, 5]]);
  assert.deepEqual([...new Set(sp.panelRack)], [2, 3]);
  // 5 trunk entries need 2 panels of 4 entries: 2U, in a 1U patch rack
  for (const cabling of ['structured', 'auto'] as const) {
    assert.throws(
      () => planStructured(topo, placement(1), panelFacts(PANEL_TYPE), () => true, () => 0, topUsed, cabling),
      new RegExp(`^FabricInputError: patch rack C01 needs 2U of trunk panels \\(5 trunks\\) and has 1U: use fewer servers per rack, or --cabling ${cabling === 'auto' ? 'direct' : 'auto'}$`),
    );
  }
});
