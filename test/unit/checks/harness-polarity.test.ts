// polarity through breakout harness legs: each expected fibre worked by hand from the harness map
// (core/routing/harness-polarity.ts; docs/structured-cabling.md, "Polarity through harness legs").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { Cable, Polarity } from '../../../core/model/entities.js';
import { harnessPolarity } from '../../../core/routing/harness-polarity.js';
import { World } from '../routing/world.js';
import { panelType, port, switchType } from '../routing/structured-world.js';
import { applyToSnapshot, canon } from './fresh.js';

const polarity = (s: CheckSession) => s.violations().filter((v) => v.rule === 'polarity');
const assembly = (legs: number, fibresPerLeg: number) => ({ role: 'harness' as const, legs, fibresPerLeg, polarity: 'B' as const, orderStepM: null, minLengthM: null, weightKgPerM: null, costBaseUsd: null, costPerMUsd: null, splices: 0 });

/** A 400GBASE-DR4 switch port (MPO-12: Tx 1-4, Rx 9-12) broken out by an MPO-12 to 4 x LC duplex
 * type-B harness to four 100GBASE-DR NICs (LC: Tx 1, Rx 2), leg k to NIC k. */
function breakout(legPolarity: (k: number) => Polarity | null = () => null) {
  const w = new World();
  w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'QSFP112', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'DR1', kind: 'transceiver', speedGbps: 100, formFactor: 'QSFP28', lanes: 1, connector: 'LC duplex', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'H4LC', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12 -> 4x LC', lanes: 8, connector: 'MPO-12 to 4 x LC, type B', fiber: 'OS2', maxReachM: 10000, lengthsM: [3], assembly: assembly(4, 2) });
  const sw = w.type({ ports: [{ name: 'p1', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] }] });
  const nic = w.type({ role: 'server', ports: [{ name: 'p1', kind: 'interface', formFactor: 'QSFP28', speedGbps: 100, lanes: 1, face: 'rear', breakouts: [] }] });
  const r = w.rack();
  const swp = w.device(r, sw, 40, { name: 'sw' }).ports[0]!;
  const nics = [1, 2, 3, 4].map((k) => w.device(r, nic, 10 + k, { name: `srv${k}` }).ports[0]!);
  const legs = nics.map((n, i) => {
    const p = legPolarity(i + 1);
    return w.cable(swp, n, { mediaId: 'H4LC', opticA: 'DR4', opticB: 'DR1', assemblyId: 'H1', leg: i + 1, lengthMm: 3000, ...(p ? { polarity: p } : {}) });
  });
  return { w, legs };
}

test('polarity through harness legs: a DR4 port broken out to 4 x 100G DR by a type-B harness delivers every Tx to an Rx', () => {
  const { w } = breakout();
  // leg k carries lane k: wide Tx fibre k -> leg Tx position 1 -> type B -> 2 (the NIC's Rx);
  // the NIC's Tx 1 -> type B -> 2 -> leg k's receive fibre, 13 - k (lane k's Rx at the wide end)
  assert.deepEqual(polarity(new CheckSession(w.snap)), []);
  for (let k = 1; k <= 4; k++) {
    const v = harnessPolarity({ wide: { fibres: 12, tx: [1, 2, 3, 4], rx: [9, 10, 11, 12] }, narrow: { fibres: 2, tx: [1], rx: [2] }, before: [], harness: 'B', leg: k, legs: 4, after: [] });
    assert.deepEqual(v, { judged: true, problem: null });
  }
});

test('polarity through harness legs: a leg made straight (type A) lands Tx on Tx and fails with the leg named', () => {
  const { w, legs } = breakout((k) => (k === 2 ? 'A' : null));
  // leg 2, lane 2: wide Tx fibre 2 -> leg Tx position 1 -> type A -> 1, the NIC's transmit fibre
  const v = polarity(new CheckSession(w.snap));
  assert.deepEqual(
    v.map((x) => x.message),
    [`Link sw:p1 to srv2:p1: transmit fibre 2 arrives on fibre 1 of leg 2's transceiver, a transmit fibre (polarity along the channel: ${legs[1]!.label} A).`],
  );
  assert.equal(v[0]!.severity, 'error');
  assert.match(v[0]!.hint ?? '', /Through a breakout harness, the channel as a whole must still cross each lane once/);
});

test('polarity through harness legs, worked by hand: a cord before the harness, a pair-flipped cord, a wide end with no lane order read', () => {
  const wide = { fibres: 12, tx: [1, 2, 3, 4], rx: [9, 10, 11, 12] };
  const lc = { fibres: 2, tx: [1], rx: [2] };
  const path = { wide, narrow: lc, leg: 1, legs: 4, after: [] as Polarity[] };
  // a type-B MPO-12 cord then a type-B harness: Tx 1 -> 12 (lane 1's Rx position) -> leg 1 position 2 -> B -> 1: two flips
  assert.deepEqual(harnessPolarity({ ...path, before: ['B'], harness: 'B' }), { judged: true, problem: "transmit fibre 1 arrives on fibre 1 of leg 1's transceiver, a transmit fibre" });
  // the same cord with a type-A harness: 1 -> 12 -> position 2, the NIC's Rx; NIC Tx 1 -> 1 -> fibre 1 -> B -> 12, lane 1's Rx
  assert.deepEqual(harnessPolarity({ ...path, before: ['B'], harness: 'A' }), { judged: true, problem: null });
  // a type-C cord before: Tx 1 -> 2, lane 2's transmit fibre, carried by leg 2
  assert.deepEqual(harnessPolarity({ ...path, before: ['C'], harness: 'B' }), { judged: true, problem: "transmit fibre 1 reaches fibre 2 of the harness's wide end, which leg 2 carries, not leg 1" });
  // a wide end with no lane order read (an MPO-24 layout): not judged
  const mpo24 = { fibres: 24, tx: range(1, 8), rx: range(17, 24) };
  assert.deepEqual(harnessPolarity({ wide: mpo24, narrow: wide, before: [], harness: 'B', leg: 1, legs: 2, after: [] }), { judged: false, why: 'no published lane order for a 24-fibre wide end' });
});

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

test('polarity through an MPO-16 harness, worked by hand: an 800G DR8 port to 2 x 400G DR4 (lane i out on fibre i, back on 17 - i)', () => {
  const dr8 = { fibres: 16, tx: range(1, 8), rx: range(9, 16) };
  const dr4 = { fibres: 12, tx: [1, 2, 3, 4], rx: [9, 10, 11, 12] };
  const path = { wide: dr8, narrow: dr4, legs: 2, after: [] as Polarity[] };
  // leg 1 carries lanes 1-4 (wide fibres 1-4 and 16-13), leg 2 lanes 5-8 (5-8 and 12-9); inside a
  // leg lane j sits on MPO-12 positions j and 13 - j. Type B: wide Tx 5 -> leg 2 position 1 -> 12,
  // the DR4's Rx; the DR4's Tx 1 -> 12 -> wide fibre 12 = 17 - 5, lane 5's Rx.
  for (const leg of [1, 2]) assert.deepEqual(harnessPolarity({ ...path, before: [], harness: 'B', leg }), { judged: true, problem: null });
  // type A: wide Tx 5 -> position 1 -> 1, the DR4's own transmit fibre
  assert.deepEqual(harnessPolarity({ ...path, before: [], harness: 'A', leg: 2 }), { judged: true, problem: "transmit fibre 5 arrives on fibre 1 of leg 2's transceiver, a transmit fibre" });
  // a type-B MPO-16 cord before: Tx 1 -> 16 (lane 1's Rx position) -> leg 1 position 12 -> B -> 1: two flips
  assert.deepEqual(harnessPolarity({ ...path, before: ['B'], harness: 'B', leg: 1 }), { judged: true, problem: "transmit fibre 1 arrives on fibre 1 of leg 1's transceiver, a transmit fibre" });
  // ... and with a type-A harness after it: 16 -> 12 -> A -> 12, Rx; DR4 Tx 1 -> 1 -> wide 1 -> B -> 16, lane 1's Rx
  assert.deepEqual(harnessPolarity({ ...path, before: ['B'], harness: 'A', leg: 1 }), { judged: true, problem: null });
});

test('polarity through an MPO-16 harness in a hall: an 800GBASE-DR8 port, a type-B MPO-16 to 2 x MPO-8 harness, two 400G DR4 NICs', () => {
  const w = new World();
  // the catalog's DR8 names its other build in brackets: one MPO-16 connector, not two
  w.media({ id: 'DR8', kind: 'transceiver', speedGbps: 800, formFactor: 'OSFP', lanes: 8, connector: 'MPO-16 APC (or 2x MPO-12 APC for 2xDR4)', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'QSFP112', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'H2', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16 -> 2x MPO-8', lanes: 8, connector: 'MPO-16 APC to 2 x MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [3], assembly: assembly(2, 8) });
  const sw = w.type({ ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }] }] });
  const nic = w.type({ role: 'server', ports: [{ name: 'p1', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [] }] });
  const r = w.rack();
  const swp = w.device(r, sw, 40, { name: 'sw' }).ports[0]!;
  const nics = [1, 2].map((k) => w.device(r, nic, 10 + k, { name: `srv${k}` }).ports[0]!);
  const legs = nics.map((n, i) => w.cable(swp, n, { mediaId: 'H2', opticA: 'DR8', opticB: 'DR4', assemblyId: 'H1', leg: i + 1, lengthMm: 3000 }));
  assert.deepEqual(polarity(new CheckSession(w.snap)), []);
  const bad = w.snap.cables.map((c) => (c.id === legs[1]!.id ? { ...c, polarity: 'A' as const } : c));
  assert.deepEqual(
    polarity(new CheckSession({ ...w.snap, cables: bad })).map((x) => x.message),
    [`Link sw:p1 to srv2:p1: transmit fibre 5 arrives on fibre 1 of leg 2's transceiver, a transmit fibre (polarity along the channel: ${legs[1]!.label} A).`],
  );
});

test('polarity through harness legs after edits: the incremental result equals a fresh check as a leg flips A and back', () => {
  const { w, legs } = breakout();
  const s = new CheckSession(structuredClone(w.snap));
  const apply = (c: Cable) => {
    const patch = { put: { cable: [c] }, del: {} };
    applyToSnapshot(w, patch);
    s.applyPatch(patch);
    assert.deepEqual(canon(s), canon(new CheckSession(structuredClone(w.snap))));
    return polarity(s).map((v) => v.message);
  };
  const l3 = legs[2]!;
  assert.deepEqual(apply({ ...l3, polarity: 'A' }), [`Link sw:p1 to srv3:p1: transmit fibre 3 arrives on fibre 1 of leg 3's transceiver, a transmit fibre (polarity along the channel: ${l3.label} A).`]);
  assert.deepEqual(apply({ ...l3, polarity: 'B' }), []);
});

test('polarity through a multi-leg trunk: its legs are judged as cables (type B passes, a type-A leg fails its link only)', () => {
  const build = (leg2: Polarity | null) => {
    const w = new World();
    w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
    w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [3] });
    const panel = panelType(w, { entries: 2, positions: 1 });
    const sw = switchType(w, 2);
    const r = w.rack();
    const [s1, s2, pa, pb] = [w.device(r, sw, 1, { name: 's1' }).ports, w.device(r, sw, 2, { name: 's2' }).ports, w.device(r, panel, 3, { name: 'PA' }).ports, w.device(r, panel, 4, { name: 'PB' }).ports];
    const cables = [1, 2].map((k) => {
      const j1 = w.cable(port(s1!, `p${k}`), port(pa!, `F${k}`), { mediaId: 'CORD12', opticA: 'DR4', lengthMm: 1000 });
      const t = w.cable(port(pa!, `T${k}`), port(pb!, `T${k}`), { mediaId: 'CORD12', assemblyId: 'TR1', leg: k, lengthMm: 20_000, ...(k === 2 && leg2 ? { polarity: leg2 } : {}) });
      const j2 = w.cable(port(pb!, `F${k}`), port(s2!, `p${k}`), { mediaId: 'CORD12', opticB: 'DR4', lengthMm: 1000 });
      return [j1, t, j2];
    });
    return { w, cables };
  };
  assert.deepEqual(polarity(new CheckSession(build(null).w.snap)), []);
  // leg 2 straight between two type-B cords: 1 -> 12 -> 12 -> 1, a transmit fibre
  const { w, cables } = build('A');
  const [j1, t, j2] = cables[1]!;
  const v = polarity(new CheckSession(w.snap));
  assert.doesNotMatch(v[0]?.hint ?? '', /breakout harness/);
  assert.deepEqual(
    v.map((x) => x.message),
    [`Link s1:p2 to s2:p2: transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver (polarity along the channel: ${j1!.label} B, ${t!.label} A, ${j2!.label} B).`],
  );
});
