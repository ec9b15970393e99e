// Moving, renaming and deleting racks: the physical rules (tray-load, aisle, cooling, floor-load)
// after an incremental re-check equal a fresh session's, with the findings a hand count gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { Patch } from '../../../core/model/edits.js';
import type { Rack } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';
import { applyToSnapshot, canon } from './fresh.js';

function build() {
  const w = new World();
  w.snap.halls.push({ id: 2, name: 'H2', widthMm: 20000, depthMm: 20000, tileMm: 600, floorRatingKgM2: 300 });
  const t = w.type({ maxPowerW: 5000, uHeight: 2, weightKg: 100, ports: Array.from({ length: 4 }, (_, i) => ({ name: `p${i}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })) });
  w.media({ id: 'DAC', kind: 'dac', maxReachM: 30, lengthsM: [5, 10, 20, 30], diameterMm: 5 });
  // Four 4 m segments rated 0.1 kg/m: two copper cables (2 x 0.045 kg/m) fit, three do not.
  const tray = w.tray([[0, 5000], [4000, 5000], [8000, 5000], [12000, 5000], [16000, 5000]], { ratedLoadKgPerM: 0.1 });
  // Row A faces +y (front at y 4900); B0 stands 1.2 m in front of A0 facing the same way.
  const a0 = w.rack({ name: 'A0', xMm: 1000, yMm: 4300 });
  const a1 = w.rack({ name: 'A1', xMm: 7000, yMm: 4300, coolingCapacityW: 4000 });
  const b0 = w.rack({ name: 'B0', xMm: 1000, yMm: 6700 });
  const [d0, d1] = [a0, a1].map((r) => w.device(r, t, 1));
  for (let p = 0; p < 3; p++) w.cable(d0!.ports[p]!, d1!.ports[p]!, { mediaId: 'DAC' });
  return { w, tray, a0, a1, b0 };
}

const of = (s: CheckSession, rule: string) => s.violations().filter((v) => v.rule === rule);
const rackOf = (s: CheckSession, rule: string) => of(s, rule).map((v) => v.objects[0]!.name).sort();

test('moving racks re-checks tray load, aisles, cooling and floor load as a fresh session does', () => {
  const { w, a0, a1, b0 } = build();
  const s = new CheckSession(structuredClone(w.snap));
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  // A0 (segment 1) to A1 (segment 2): 3 x 0.045 = 0.135 kg/m over 0.1 on both
  assert.deepEqual(of(s, 'tray-load').map((v) => v.message.match(/segment (\d)/)![1]), ['1', '2']);
  assert.deepEqual(rackOf(s, 'aisle'), ['A0']);
  assert.deepEqual(rackOf(s, 'cooling'), ['A1']); // 5000 W on 4000 W of air cooling
  assert.deepEqual(rackOf(s, 'floor-load'), []);

  const at = (r: Rack, over: Partial<Rack>) => ({ ...r, ...over });
  const steps: [string, Patch, (s: CheckSession) => void][] = [
    ['A1 moved to segment 3: its cables load segments 1-3', { put: { rack: [at(a1, { xMm: 11000 })] }, del: {} }, (s) => {
      assert.deepEqual(of(s, 'tray-load').map((v) => v.message.match(/segment (\d)/)![1]), ['1', '2', '3']);
      assert.deepEqual(rackOf(s, 'cooling'), ['A1']);
    }],
    ['B0 moved in front of A1: A0 breathes freely, A1 takes its exhaust', { put: { rack: [at(b0, { xMm: 11000 })] }, del: {} }, (s) => {
      assert.deepEqual(rackOf(s, 'aisle'), ['A1']);
    }],
    ['B0 renamed: A1\'s finding names it anew', { put: { rack: [at(b0, { xMm: 11000, name: 'B0-new' })] }, del: {} }, (s) => {
      assert.match(of(s, 'aisle')[0]!.message, /rear \(hot exhaust\) of rack B0-new across a 1\.20 m aisle/);
    }],
    // A0 into hall 2 (300 kg/m2): 100 kg + the 138 kg cabinet on 0.72 m2 = 331 kg/m2; its cables
    // find no tray there and leave the tray
    ['A0 moved to hall 2', { put: { rack: [at(a0, { hallId: 2, xMm: 5000, yMm: 5000 })] }, del: {} }, (s) => {
      assert.deepEqual(rackOf(s, 'floor-load'), ['A0']);
      assert.match(of(s, 'floor-load')[0]!.message, /331 kg\/m2, over the floor's 300 kg\/m2/);
      assert.deepEqual(of(s, 'tray-load'), []);
      assert.equal(of(s, 'unroutable').length, 3);
    }],
    ['A1 renamed: its cables\' findings name it anew', { put: { rack: [at(a1, { xMm: 11000, name: 'A1-new' })] }, del: {} }, (s) => {
      assert.ok(of(s, 'unroutable').every((v) => v.objects.some((o) => o.name === 'A1-new')));
    }],
    ['A0 renamed: why its cables find no tray names it anew', { put: { rack: [at(a0, { hallId: 2, xMm: 5000, yMm: 5000, name: 'A0-new' })] }, del: {} }, (s) => {
      assert.deepEqual(of(s, 'unroutable').map((v) => v.message.includes('rack A0-new: no tray in its hall')), [true, true, true]);
    }],
    ['B0 deleted', { put: {}, del: { rack: [b0.id] } }, (s) => {
      assert.deepEqual(of(s, 'aisle'), []);
    }],
  ];
  for (const [name, patch, expect] of steps) {
    s.applyPatch(patch);
    applyToSnapshot(w, patch);
    assert.deepEqual(canon(s), canon(new CheckSession(w.snap)), name);
    expect(s);
  }
});

test('a moved rack re-checks only the aisle rule of its neighbours; a new budget re-checks the rack alone', () => {
  const { w, a1, b0 } = build();
  const s = new CheckSession(w.snap);
  // B0 moves 300 mm along its row (still half in front of A0): its six rack rules, no cables; A0 gets
  // its aisle rule only. A1 stands 6 m away, outside the 3 m reach.
  s.applyPatch({ put: { rack: [{ ...b0, xMm: 1300 }] }, del: {} });
  assert.equal(s.lastChecked, 6 + 1);
  assert.deepEqual(rackOf(s, 'aisle'), ['A0']);
  // a new power budget: the rack's six rules and nothing else (it has no feed)
  s.applyPatch({ put: { rack: [{ ...a1, powerBudgetW: 100 }] }, del: {} });
  assert.equal(s.lastChecked, 6);
  assert.deepEqual(rackOf(s, 'rack-power'), ['A1']);
});
