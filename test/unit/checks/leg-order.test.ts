// leg-order: the legs of a breakout harness land on the sub-ports whose lanes they carry, and a
// multi-leg trunk's legs land in order on both panels. Expected messages are worked by hand from
// the rule (docs/structured-cabling.md, "Leg order").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { Cable, Port } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';
import { panelType, port } from '../routing/structured-world.js';
import { applyToSnapshot, canon } from './fresh.js';

const legOrder = (s: CheckSession) => s.violations().filter((v) => v.rule === 'leg-order');

/** An 800G switch port swp1 split `ways` ways (ports swp1s0.., as the generator names them) and one NIC per sub-port. */
function split(ways: 2 | 4) {
  const w = new World();
  const lanes = 8 / ways;
  const sw = w.type({ ports: [{ name: 'swp1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }, { count: 4, speedGbps: 200 }] }] });
  const nic = w.type({ role: 'server', ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800 / ways, lanes, face: 'rear', breakouts: [] }] });
  const r = w.rack();
  const leaf = w.device(r, sw, 40, { name: 'leaf' });
  // the device's ports are the split ones (the generator writes sub-ports, not swp1)
  w.snap.ports = w.snap.ports.filter((p) => p.deviceId !== leaf.device.id);
  const subs: Port[] = [];
  for (let j = 0; j < ways; j++) {
    const p: Port = { id: w.id(), deviceId: leaf.device.id, name: `swp1s${j}`, kind: 'interface', formFactor: 'OSFP', speedGbps: 800 / ways, lanes, face: 'front' };
    w.snap.ports.push(p);
    subs.push(p);
  }
  const nics = Array.from({ length: ways }, (_, i) => w.device(r, nic, 10 + i, { name: `srv${i + 1}` }).ports[0]!);
  return { w, subs, nics };
}

/** Leg k of harness H from sub-port `on[k-1]` to NIC k. */
function harness(w: World, subs: Port[], nics: Port[], on: number[]): Cable[] {
  return on.map((j, i) => w.cable(subs[j]!, nics[i]!, { assemblyId: 'H1', leg: i + 1, lengthMm: 2000 }));
}

test('leg-order: an 800G port split 2 x 400G with its harness legs on swp1s0 and swp1s1 passes; swapped legs are two miswires', () => {
  const ok = split(2);
  harness(ok.w, ok.subs, ok.nics, [0, 1]);
  assert.deepEqual(legOrder(new CheckSession(ok.w.snap)), []);

  const { w, subs, nics } = split(2);
  // leg 1 (lanes 1-4) into swp1s1, which the plan serves with lanes 5-8; leg 2 into swp1s0
  const [l1, l2] = harness(w, subs, nics, [1, 0]);
  const v = legOrder(new CheckSession(w.snap));
  assert.deepEqual(
    v.map((x) => x.message),
    [
      `Harness H1 leg 1 (cable ${l1!.label}) is plugged into leaf:swp1s1, which the plan serves with lanes 5-8 of swp1; leg 1 carries lanes 1-4, so it belongs on leaf:swp1s0.`,
      `Harness H1 leg 2 (cable ${l2!.label}) is plugged into leaf:swp1s0, which the plan serves with lanes 1-4 of swp1; leg 2 carries lanes 5-8, so it belongs on leaf:swp1s1.`,
    ],
  );
  assert.deepEqual(v[0]!.objects.map((o) => `${o.kind}:${o.name}`), [`cable:${l1!.label}`, 'port:leaf:swp1s1', 'port:srv1:p1']);
  assert.equal(v[0]!.severity, 'error');
});

test('leg-order: a 1 -> 4 harness (800G as 4 x 200G, 2 lanes a leg) passes in order; legs 2 and 3 crossed fail, legs 1 and 4 do not', () => {
  const ok = split(4);
  harness(ok.w, ok.subs, ok.nics, [0, 1, 2, 3]);
  assert.deepEqual(legOrder(new CheckSession(ok.w.snap)), []);

  const { w, subs, nics } = split(4);
  const legs = harness(w, subs, nics, [0, 2, 1, 3]);
  // leg 2 carries lanes 3-4 but sits on swp1s2 (lanes 5-6); leg 3 carries 5-6 on swp1s1 (lanes 3-4)
  assert.deepEqual(
    legOrder(new CheckSession(w.snap)).map((x) => x.message),
    [
      `Harness H1 leg 2 (cable ${legs[1]!.label}) is plugged into leaf:swp1s2, which the plan serves with lanes 5-6 of swp1; leg 2 carries lanes 3-4, so it belongs on leaf:swp1s1.`,
      `Harness H1 leg 3 (cable ${legs[2]!.label}) is plugged into leaf:swp1s1, which the plan serves with lanes 3-4 of swp1; leg 3 carries lanes 5-6, so it belongs on leaf:swp1s2.`,
    ],
  );
});

test('leg-order: a harness plugged into one whole port has its lanes by leg; a leg numbered beyond the harness, or twice, fails', () => {
  const w = new World();
  w.media({ id: 'HARNESS-2', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16 -> 2x MPO-12', lanes: 16, connector: 'MPO-16 to 2 x MPO-12, type B', fiber: 'OS2', maxReachM: 10000, lengthsM: [3], assembly: { role: 'harness', legs: 2, fibresPerLeg: 8, polarity: 'B', orderStepM: null, minLengthM: null, weightKgPerM: null, costBaseUsd: null, costPerMUsd: null, splices: 0 } });
  const sw = w.type({ ports: ['p1', 'p2', 'p3', 'p4'].map((name) => ({ name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front' as const, breakouts: [] })) });
  const r = w.rack();
  const a = w.device(r, sw, 1, { name: 'a' }).ports;
  const b = w.device(r, sw, 2, { name: 'b' }).ports;
  w.cable(a[0]!, b[0]!, { mediaId: 'HARNESS-2', assemblyId: 'H1', leg: 1 });
  w.cable(a[0]!, b[1]!, { mediaId: 'HARNESS-2', assemblyId: 'H1', leg: 2 });
  assert.deepEqual(legOrder(new CheckSession(w.snap)), []);
  const third = w.cable(a[0]!, b[2]!, { mediaId: 'HARNESS-2', assemblyId: 'H1', leg: 3 });
  assert.deepEqual(legOrder(new CheckSession(w.snap)).map((x) => x.message), [`Harness H1 leg 3 (cable ${third.label}) on a:p1: the harness has legs 1-2.`]);
  w.snap.cables = w.snap.cables.map((c) => (c.id === third.id ? { ...c, leg: 2 } : c));
  const msgs = legOrder(new CheckSession(w.snap)).map((x) => x.message);
  // each of the two legs numbered 2 says so
  assert.equal(msgs.length, 2);
  assert.ok(msgs.every((m) => /^Harness H1 has 2 legs numbered 2 \(C\d+, C\d+\)\.$/.test(m)));
});

/** Two panels with four single-position rear entries T1..T4 (adapters F1..F4), a 4-leg trunk between them. */
function trunkHall() {
  const w = new World();
  const panel = panelType(w, { entries: 4, positions: 1 });
  const r1 = w.rack({ xMm: 1000, yMm: 2000 });
  const r2 = w.rack({ xMm: 7000, yMm: 2000 });
  const pa = w.device(r1, panel, 40, { name: 'PA' }).ports;
  const pb = w.device(r2, panel, 40, { name: 'PB' }).ports;
  const legs = (to: string[], from = ['T1', 'T2', 'T3', 'T4']) => to.map((t, i) => w.cable(port(pa, from[i]!), port(pb, t), { assemblyId: 'TR1', leg: i + 1, lengthMm: 20_000 }));
  return { w, pa, pb, legs };
}

test('leg-order: a 4-leg trunk in order (T1..T4 to T1..T4, or T1-T2 to T3-T4) passes; legs 1 and 2 crossed at one panel fail there', () => {
  const straight = trunkHall();
  straight.legs(['T1', 'T2', 'T3', 'T4']);
  assert.deepEqual(legOrder(new CheckSession(straight.w.snap)), []);
  const offset = trunkHall();
  offset.legs(['T3', 'T4'], ['T1', 'T2']);
  assert.deepEqual(legOrder(new CheckSession(offset.w.snap)), []);

  const { w, legs } = trunkHall();
  const [l1, l2] = legs(['T2', 'T1', 'T3', 'T4']);
  assert.deepEqual(
    legOrder(new CheckSession(w.snap)).map((x) => x.message),
    [
      `Trunk TR1 leg 1 (cable ${l1!.label}): on PB it lands on T2 where it belongs on T1 (the trunk takes T1, T2, T3, T4 there, legs 1, 2, 3, 4 in order).`,
      `Trunk TR1 leg 2 (cable ${l2!.label}): on PB it lands on T1 where it belongs on T2 (the trunk takes T1, T2, T3, T4 there, legs 1, 2, 3, 4 in order).`,
    ],
  );
});

test('leg-order after edits: the incremental result equals a fresh check (legs swapped, renumbered, removed)', () => {
  const { w, subs, nics } = split(2);
  const [l1, l2] = harness(w, subs, nics, [0, 1]);
  const s = new CheckSession(structuredClone(w.snap));
  const apply = (patch: Parameters<CheckSession['applyPatch']>[0]) => {
    applyToSnapshot(w, patch);
    s.applyPatch(patch);
    assert.deepEqual(canon(s), canon(new CheckSession(structuredClone(w.snap))));
    return legOrder(s).length;
  };
  // swap which sub-port each leg is plugged into, one cable at a time: after the first edit both
  // legs share swp1s1 (the harness's wide end plugged into one port: lanes by leg, nothing to
  // contradict), after the second they are crossed
  assert.equal(apply({ put: { cable: [{ ...l1!, aPortId: subs[1]!.id }] }, del: {} }), 0);
  assert.equal(apply({ put: { cable: [{ ...l2!, aPortId: subs[0]!.id }] }, del: {} }), 2);
  // renumber leg 2 as leg 1 (only that cable changes): the other leg's verdict changes too
  assert.equal(apply({ put: { cable: [{ ...l2!, aPortId: subs[0]!.id, leg: 1 }] }, del: {} }), 2);
  // remove one leg: a lone leg has nothing to be out of order with
  assert.equal(apply({ put: {}, del: { cable: [l2!.id] } }), 0);

  const t = trunkHall();
  const legs = t.legs(['T1', 'T2', 'T3', 'T4']);
  const st = new CheckSession(structuredClone(t.w.snap));
  const patch = { put: { cable: [{ ...legs[3]!, bPortId: port(t.pb, 'T3').id }, { ...legs[2]!, bPortId: port(t.pb, 'T4').id }] }, del: {} };
  applyToSnapshot(t.w, patch);
  st.applyPatch(patch);
  assert.deepEqual(canon(st), canon(new CheckSession(structuredClone(t.w.snap))));
  assert.equal(legOrder(st).length, 2);
});
