import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { Patch } from '../../../core/model/edits.js';
import { World } from '../routing/world.js';
import { applyToSnapshot, canon } from './fresh.js';

function build() {
  const w = new World();
  const t = w.type({ maxPowerW: 5000, uHeight: 2, ports: Array.from({ length: 4 }, (_, i) => ({ name: `p${i}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })) });
  w.media({ id: 'DAC', kind: 'dac', maxReachM: 3, lengthsM: [1, 2, 3], diameterMm: 20 });
  w.media({ id: 'AOC', kind: 'aoc', maxReachM: 30, lengthsM: [5, 10, 20, 30], powerW: 5, diameterMm: 20 });
  const feed = w.feed({ voltageV: 230, amps: 100, phases: 1, deratePct: 80 }); // 18400 W
  const tray = w.tray([[0, 0], [20000, 0]], { widthMm: 100, depthMm: 50 }); // 2500 mm2 usable; 20 mm cable = 314.16 mm2
  const racks = [0, 1, 2, 3].map((i) => w.rack({ xMm: 1000 + 2000 * i, yMm: -700, feedId: feed.id, powerBudgetW: 12000 }));
  const devs = racks.map((r) => [w.device(r, t, 1), w.device(r, t, 10)]);
  for (let i = 0; i < 3; i++) {
    for (let p = 0; p < 4; p++) w.cable(devs[i]![0]!.ports[p]!, devs[i + 1]![1]!.ports[p]!, { mediaId: p < 2 ? 'AOC' : 'DAC' });
  }
  return { w, t, feed, tray, racks, devs };
}

test('after each edit the incremental result equals a full re-check', () => {
  const { w, t, racks, devs, tray } = build();
  const s = new CheckSession(structuredClone(w.snap));
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  assert.ok(s.violations().some((v) => v.rule === 'reach')); // DAC over 2 m racks apart
  assert.ok(s.violations().some((v) => v.rule === 'feed-power')); // 8 x 5000 W on an 18.4 kW feed

  const steps: Patch[] = [
    // lower one rack's budget: only that rack and its feed need a look
    { put: { rack: [{ ...racks[0]!, powerBudgetW: 100 }] }, del: {} },
    // move a rack farther away: its cables re-route
    { put: { rack: [{ ...racks[3]!, xMm: 15000 }] }, del: {} },
    // a third device overlapping U10-11
    { put: { device: [{ id: 999, rackId: racks[1]!.id, name: 'extra', typeId: t.id, u: 11, face: 'front' }] }, del: {} },
    // delete a cable, and reuse a port
    { put: { cable: [{ ...w.snap.cables[1]!, id: 1001, label: 'dup' }] }, del: { cable: [w.snap.cables[0]!.id] } },
    // a device moved to another rack (its cables leave from there), a port slowed to 400G
    { put: { device: [{ ...devs[2]![1]!.device, rackId: racks[3]!.id, u: 20 }] }, del: {} },
    { put: { port: [{ ...devs[1]![0]!.ports[0]!, speedGbps: 400 }] }, del: {} },
    // shorten the tray, then remove it: every rack-to-rack cable becomes unroutable
    { put: { tray: [{ ...tray, points: [[0, 0], [10000, 0]] }] }, del: {} },
    { put: {}, del: { tray: [tray.id] } },
    // delete a device with its ports and cables
    { put: {}, del: { device: [devs[2]![0]!.device.id], port: devs[2]![0]!.ports.map((p) => p.id), cable: w.snap.cables.filter((c) => devs[2]![0]!.ports.some((p) => p.id === c.aPortId)).map((c) => c.id) } },
  ];
  for (const [i, patch] of steps.entries()) {
    s.applyPatch(patch);
    applyToSnapshot(w, patch);
    assert.deepEqual(canon(s), canon(new CheckSession(w.snap)), `after step ${i}`);
    if (i === 0) {
      // six rack rules (rack-power, u-space, bounds, cooling, floor-load, aisle) for one rack and
      // feed-power for its feed: 7 checks, no cable re-checked
      assert.equal(s.lastChecked, 7);
      assert.ok(s.violations().some((v) => v.rule === 'rack-power' && v.objects[0]!.id === racks[0]!.id));
    }
  }
  assert.ok(s.violations().some((v) => v.rule === 'u-space'));
  assert.ok(s.violations().some((v) => v.rule === 'port-compat' && v.message.includes('400')));
  assert.ok(s.violations().some((v) => v.rule === 'unroutable'));
});

test('incremental: aisles, cooling, CDUs, A/B feeds and the hall floor rating equal a full re-check', () => {
  const { w, racks } = build();
  const liquid = w.type({ maxPowerW: 6000, coolingKind: 'liquid', weightKg: 500 });
  const feedB = w.feed({ voltageV: 230, amps: 100, phases: 1, deratePct: 80 });
  const s = new CheckSession(structuredClone(w.snap));
  // Racks face +y (rotation 0); racks[0] spans x 700-1300, y -1300 to -100.
  const facingRear = { ...racks[0]!, id: 2000, name: 'across', xMm: 1000, yMm: 1900, feedId: null, powerBudgetW: 0 };
  const steps: Patch[] = [
    // a rack 1.4 m in front of racks[0], facing the same way: racks[0] breathes its exhaust
    { put: { rack: [facingRear] }, del: {} },
    // turned round: fronts face fronts
    { put: { rack: [{ ...facingRear, rotationDeg: 180 }] }, del: {} },
    // a liquid-cooled device in an air-cooled rack
    { put: { device: [{ id: 2001, rackId: racks[1]!.id, name: 'nvl', typeId: liquid.id, u: 20, face: 'front' }] }, del: {} },
    // the rack made liquid-cooled and served by a 5 kW CDU: 6 kW over it
    { put: { cdu: [{ id: 2002, hallId: 1, name: 'CDU-1', placement: 'in-row', capacityW: 5000 }], rack: [{ ...racks[1]!, coolingKind: 'liquid', cduId: 2002 }] }, del: {} },
    { put: { cdu: [{ id: 2002, hallId: 1, name: 'CDU-1', placement: 'in-row', capacityW: 7000 }] }, del: {} },
    // a B feed for two racks, then a weak floor
    { put: { rack: [{ ...racks[2]!, feedBId: feedB.id }, { ...racks[3]!, feedBId: feedB.id }] }, del: {} },
    { put: { hall: [{ ...w.snap.halls[0]!, floorRatingKgM2: 150 }] }, del: {} },
    { put: {}, del: { cdu: [2002] } },
  ];
  const seen = new Set<string>();
  for (const [i, patch] of steps.entries()) {
    s.applyPatch(patch);
    applyToSnapshot(w, patch);
    assert.deepEqual(canon(s), canon(new CheckSession(w.snap)), `after step ${i}`);
    for (const v of s.violations()) seen.add(v.rule);
    if (i === 0) assert.ok(s.violations().some((v) => v.rule === 'aisle' && v.objects[0]!.id === racks[0]!.id));
    if (i === 1) assert.ok(!s.violations().some((v) => v.rule === 'aisle'));
  }
  for (const rule of ['aisle', 'cooling', 'floor-load', 'feed-power']) assert.ok(seen.has(rule), rule);
});

test('incremental: a device given another type reads its ports\' templates anew (port-compat)', () => {
  const { w, t, devs } = build();
  // the same ports, each able to split into 2 x 400G
  const split = w.type({ maxPowerW: 5000, uHeight: 2, ports: t.ports.map((p) => ({ ...p, breakouts: [{ count: 2, speedGbps: 400 }] })) });
  const s = new CheckSession(structuredClone(w.snap));
  const cable = w.snap.cables[0]!; // devs[0][0] p0 to devs[1][1] p0
  const compat = () => s.violations().filter((v) => v.rule === 'port-compat' && v.objects[0]!.id === cable.id);
  const steps: Patch[] = [
    // the far port slowed to 400G: 800G against 400G, and neither breaks out
    { put: { port: [{ ...devs[1]![1]!.ports[0]!, speedGbps: 400 }] }, del: {} },
    // the near device becomes a type whose port splits into 2 x 400G: the speeds agree
    { put: { device: [{ ...devs[0]![0]!.device, typeId: split.id }] }, del: {} },
  ];
  for (const [i, patch] of steps.entries()) {
    s.applyPatch(patch);
    applyToSnapshot(w, patch);
    assert.deepEqual(canon(s), canon(new CheckSession(w.snap)), `after step ${i}`);
    if (i === 0) assert.match(compat()[0]!.message, /ports run at 800G and 400G and neither breaks out/);
    if (i === 1) assert.deepEqual(compat().filter((v) => v.message.includes('breaks out')), []);
  }
});

test('incremental: a tray raised 500 mm lengthens each cable over it by 500 mm at each end (no device keeps the old climb)', () => {
  const { w, tray } = build();
  const s = new CheckSession(structuredClone(w.snap));
  const before = new Map(w.snap.cables.map((c) => [c.id, s.routeOf(c.id)!.routedMm!]));
  const patch: Patch = { put: { tray: [{ ...tray, heightMm: tray.heightMm + 500 }] }, del: {} };
  s.applyPatch(patch);
  applyToSnapshot(w, patch);
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  // the tray (2,600 mm) is above every rack's top, so each end climbs 500 mm more; no contingency
  for (const c of w.snap.cables) assert.equal(s.routeOf(c.id)!.routedMm, before.get(c.id)! + 1000, `cable ${c.id}`);
});
