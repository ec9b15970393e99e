// The structured-cabling rules on small hand-built channels, each expected figure worked by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { RuleId } from '../../../core/checks/types.js';
import type { Cable, Port, Polarity } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';
import { panelType, port } from '../routing/structured-world.js';

const of = (s: CheckSession, rule: RuleId) => s.violations().filter((v) => v.rule === rule);

/** Two racks 6 m apart, a 400G switch and a panel in each. */
function hall(opts: { front: string; rear?: string; positions: number; fibres: number; entries?: number; optic?: 'SR8' | 'DR4' }) {
  const w = new World();
  w.media({ id: 'SR8', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 8, connector: 'MPO-16', fiber: 'OM4', maxReachM: 100, standard: 'IEEE 802.3cm Clause 138' });
  w.media({ id: '400GBASE-DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500, standard: 'IEEE 802.3bs Clause 124' });
  w.media({ id: 'CORD16', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16', lanes: 16, connector: 'MPO-16 type B', fiber: 'OM4', maxReachM: 100, lengthsM: [1, 3, 5] });
  w.media({ id: 'TRUNK-OM4', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16', lanes: 192, connector: '12 x MPO-16', fiber: 'OM4', maxReachM: 100, diameterMm: 10 });
  w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 3, 5] });
  w.media({ id: 'TRUNK24', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 24, connector: '2 x MPO-12', fiber: 'OS2', maxReachM: 10000, diameterMm: 6 });
  w.media({ id: 'TRUNK144', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 144, connector: '12 x MPO-12', fiber: 'OS2', maxReachM: 10000, diameterMm: 12.8 });
  const sw = w.type({ ports: Array.from({ length: 8 }, (_, i) => ({ name: `p${i + 1}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: opts.optic === 'DR4' ? 4 : 8, face: 'front' as const, breakouts: [] })) });
  const panel = panelType(w, { entries: opts.entries ?? 2, positions: opts.positions, front: opts.front, rear: opts.rear ?? opts.front, fibres: opts.fibres });
  // inside the hall (its corner is at 0, 0): the bounds check is not what these tests are about
  w.tray([[0, 1300], [11000, 1300]]);
  const r1 = w.rack({ xMm: 1000, yMm: 2000 });
  const r2 = w.rack({ xMm: 7000, yMm: 2000 });
  return { w, s1: w.device(r1, sw, 10).ports, s2: w.device(r2, sw, 10).ports, p1: w.device(r1, panel, 40).ports, p2: w.device(r2, panel, 40).ports, r1, r2 };
}

/** switch port -> jumper -> panel front -> trunk -> panel front -> jumper -> switch port, with fixed lengths. */
function link(w: World, from: Port, f1: Port, trunk: Cable, f2: Port, to: Port, jumper: string, optic: string, jumperM = 3, pol: [Polarity?, Polarity?] = []) {
  return [
    w.cable(from, f1, { mediaId: jumper, opticA: optic, lengthMm: jumperM * 1000, ...(pol[0] ? { polarity: pol[0] } : {}) }),
    trunk,
    w.cable(f2, to, { mediaId: jumper, opticB: optic, lengthMm: jumperM * 1000, ...(pol[1] ? { polarity: pol[1] } : {}) }),
  ];
}

test('channel-loss: a 36 m multimode channel, well inside the optic\'s 100 m, fails through four mated pairs', () => {
  // MPO-16 fronts on MPO-24 rears (conversion cassettes, fibre inside): two mated pairs per panel.
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-16', rear: 'MPO-24', positions: 12, fibres: 16 });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'TRUNK-OM4', lengthMm: 30_000 });
  link(w, port(s1, 'p1'), port(p1, 'F1'), trunk, port(p2, 'F1'), port(s2, 'p1'), 'CORD16', 'SR8');
  const s = new CheckSession(w.snap);
  // 36 m x 3.5 dB/km = 0.126 dB; 4 pairs x 0.75 dB = 3.0 dB; 3.126 dB > 1.9 dB (Clause 138, OM4)
  const v = of(s, 'channel-loss');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /loses 3\.13 dB, over the 1\.9 dB SR8 allows: 36 m x 3\.5 dB\/km = 0\.13 dB, 4 mated pair\(s\) x 0\.75 dB/);
  // two junctions and four pairs are within NVIDIA's assumption; 36 m is within reach
  assert.equal(of(s, 'connector-count').length, 0);
  assert.equal(of(s, 'reach').length, 0);
  // low-loss connectors (0.35 dB): 0.126 + 1.4 = 1.526 dB passes
  w.snap.settings.matedPairLossDb = 0.35;
  assert.equal(of(new CheckSession(w.snap), 'channel-loss').length, 0);
});

test('channel-loss: the same channel through adapter panels (one mated pair each) passes at 0.75 dB per pair', () => {
  // MPO-16 fronts and rears: adapters, 2 pairs: 0.126 + 1.5 = 1.626 dB <= 1.9 dB
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-16', positions: 1, fibres: 16 });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'CORD16', lengthMm: 30_000 });
  link(w, port(s1, 'p1'), port(p1, 'F1'), trunk, port(p2, 'F1'), port(s2, 'p1'), 'CORD16', 'SR8');
  const s = new CheckSession(w.snap);
  assert.deepEqual(s.violations().filter((v) => v.severity === 'error').map((v) => v.message), []);
});

test('connector-count: a channel through four panels has four junctions, over two', () => {
  const w = new World();
  w.media({ id: '400GBASE-DR4', kind: 'transceiver', speedGbps: 400, lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500, standard: 'IEEE 802.3bs Clause 124' });
  w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC type B', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 3, 5] });
  const sw = w.type({ ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] }] });
  const adapter = panelType(w, { entries: 2, positions: 1 });
  const r = w.rack();
  const a = w.device(r, sw, 1).ports;
  const b = w.device(r, sw, 2).ports;
  const P = [10, 11, 12, 13].map((u) => w.device(r, adapter, u).ports);
  const L = { lengthMm: 2000, mediaId: 'CORD12' };
  w.cable(a[0]!, port(P[0]!, 'F1'), { ...L, opticA: '400GBASE-DR4' });
  w.cable(port(P[0]!, 'T1'), port(P[1]!, 'T1'), L);
  w.cable(port(P[1]!, 'F1'), port(P[2]!, 'F1'), L); // a cross-connect
  w.cable(port(P[2]!, 'T1'), port(P[3]!, 'T1'), L);
  w.cable(port(P[3]!, 'F1'), b[0]!, { ...L, opticB: '400GBASE-DR4' });
  const s = new CheckSession(w.snap);
  const v = of(s, 'connector-count');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /passes 4 patch panel\(s\) with 4 mated connector pairs; optic reach assumes at most 2 junctions and 4 mated pairs/);
  // 10 m x 0.4 dB/km = 0.004 dB + 4 x 0.75 dB = 3.004 dB > 3.0 dB (Clause 124)
  assert.match(of(s, 'channel-loss')[0]!.message, /loses 3\.00 dB, over the 3 dB 400GBASE-DR4 allows/);
});

test('polarity: type A cords and trunk deliver transmit to transmit; method A (A cord, A trunk, B cord) and method B work', () => {
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-12', positions: 1, fibres: 12, entries: 3, optic: 'DR4' });
  const trunks = [1, 2, 3].map((e) => w.cable(port(p1, `T${e}`), port(p2, `T${e}`), { mediaId: 'CORD12', lengthMm: 20_000, polarity: e === 3 ? 'B' : 'A' }));
  // link 1: A, A, A -> fibre 1 lands on fibre 1, a transmit fibre: fails
  link(w, port(s1, 'p1'), port(p1, 'F1'), trunks[0]!, port(p2, 'F1'), port(s2, 'p1'), 'CORD12', '400GBASE-DR4', 3, ['A', 'A']);
  // link 2: method A: A cord, A trunk, B cord -> 1 -> 1 -> 1 -> 12 (receive)
  link(w, port(s1, 'p2'), port(p1, 'F2'), trunks[1]!, port(p2, 'F2'), port(s2, 'p2'), 'CORD12', '400GBASE-DR4', 3, ['A', 'B']);
  // link 3: method B: B, B, B -> 1 -> 12 -> 1 -> 12
  link(w, port(s1, 'p3'), port(p1, 'F3'), trunks[2]!, port(p2, 'F3'), port(s2, 'p3'), 'CORD12', '400GBASE-DR4', 3, ['B', 'B']);
  const v = of(new CheckSession(w.snap), 'polarity');
  assert.equal(v.length, 1);
  assert.ok(v[0]!.objects.some((o) => o.kind === 'port' && o.id === port(s1, 'p1').id));
  assert.match(v[0]!.message, /transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver \(polarity along the channel: C\d+ A, C\d+ A, C\d+ A\)/);
});

test('trunk-capacity: three MPO-12 links on a 24-fibre trunk need 36 fibres', () => {
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-12', positions: 12, fibres: 12, optic: 'DR4' });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'TRUNK24', lengthMm: 20_000 });
  for (const i of [1, 2]) link(w, port(s1, `p${i}`), port(p1, `F${i}`), trunk, port(p2, `F${i}`), port(s2, `p${i}`), 'CORD12', '400GBASE-DR4');
  assert.equal(of(new CheckSession(w.snap), 'trunk-capacity').length, 0); // 2 x 12 = 24 fibres: full, not over
  link(w, port(s1, 'p3'), port(p1, 'F3'), trunk, port(p2, 'F3'), port(s2, 'p3'), 'CORD12', '400GBASE-DR4');
  const v = of(new CheckSession(w.snap), 'trunk-capacity');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /Trunk C\d+ \(TRUNK24, 24 fibres\) carries 3 link\(s\) on positions 1, 2, 3 needing 36 fibres, over its 24/);
});

test('panel-port-reuse: two jumpers on one front port; the legs of one harness on a port are one connector', () => {
  const { w, s1, p1 } = hall({ front: 'MPO-12', positions: 12, fibres: 12 });
  w.cable(port(s1, 'p1'), port(p1, 'F1'), { mediaId: 'CORD12' });
  w.cable(port(s1, 'p2'), port(p1, 'F1'), { mediaId: 'CORD12' });
  w.cable(port(s1, 'p3'), port(p1, 'F2'), { mediaId: 'CORD12', assemblyId: 'H1', leg: 1 });
  w.cable(port(s1, 'p4'), port(p1, 'F2'), { mediaId: 'CORD12', assemblyId: 'H1', leg: 2 });
  const s = new CheckSession(w.snap);
  const v = of(s, 'panel-port-reuse');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /Panel front port d\d+:F1 takes 2 cables/);
  assert.equal(of(s, 'port-reuse').length, 0);
});

test('reach is the channel\'s: 3 m + 99 m + 3 m = 105 m over an optic reaching 100 m', () => {
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-16', positions: 1, fibres: 16 });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'CORD16', lengthMm: 99_000 });
  const [j1] = link(w, port(s1, 'p1'), port(p1, 'F1'), trunk, port(p2, 'F1'), port(s2, 'p1'), 'CORD16', 'SR8');
  const v = of(new CheckSession(w.snap), 'reach');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, new RegExp(`runs 105 m over 3 cables \\(${j1!.label}, ${trunk.label}, C\\d+\\) but SR8 reaches 100 m`));
});

test('after edits the incremental result equals a full re-check (structured links)', () => {
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-12', positions: 12, fibres: 12, optic: 'DR4' });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'TRUNK24', lengthMm: 20_000 });
  for (const i of [1, 2]) link(w, port(s1, `p${i}`), port(p1, `F${i}`), trunk, port(p2, `F${i}`), port(s2, `p${i}`), 'CORD12', '400GBASE-DR4');
  const s = new CheckSession(structuredClone(w.snap));
  const canon = (x: CheckSession) => x.violations().map((v) => JSON.stringify(v)).sort();
  const third = w.cable(port(s1, 'p3'), port(p1, 'F3'), { mediaId: 'CORD12', opticA: '400GBASE-DR4', lengthMm: 3000 });
  const fourth = w.cable(port(p2, 'F3'), port(s2, 'p3'), { mediaId: 'CORD12', opticB: '400GBASE-DR4', lengthMm: 3000 });
  s.applyPatch({ put: { cable: [third, fourth] }, del: {} });
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  assert.equal(s.violations().filter((v) => v.rule === 'trunk-capacity').length, 1);
  // a longer trunk: 5,006 m x 0.4 dB/km = 2.0 dB + 2 adapter pairs x 0.75 = 3.5 dB > 3.0 dB on every link
  const longer = { ...trunk, mediaId: 'TRUNK144', lengthMm: 5_000_000 };
  w.snap.cables = w.snap.cables.map((c) => (c.id === trunk.id ? longer : c));
  s.applyPatch({ put: { cable: [longer] }, del: {} });
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  assert.equal(s.violations().filter((v) => v.rule === 'channel-loss').length, 3);
  assert.equal(s.violations().filter((v) => v.rule === 'trunk-capacity').length, 0);
  assert.equal(s.channels.size, 3);
  // pull the trunk: six open channels (three from each side), no link checks left
  w.snap.cables = w.snap.cables.filter((c) => c.id !== trunk.id);
  s.applyPatch({ put: {}, del: { cable: [trunk.id] } });
  assert.deepEqual(canon(s), canon(new CheckSession(w.snap)));
  assert.deepEqual([...s.channels.all()].map((l) => l.b), [null, null, null, null, null, null]);
  assert.equal(s.violations().filter((v) => v.rule === 'channel-loss').length, 0);
});

test('reach: NVIDIA\'s splitter limit (50 m) applies to a single-mode MPO channel with harness legs, its straight limit (500 m) without', () => {
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-12', positions: 12, fibres: 12, optic: 'DR4' });
  w.media({ id: 'NVIDIA-TEST-DR4', kind: 'transceiver', speedGbps: 400, lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'TRUNK144', lengthMm: 54_000 });
  // straight: 3 + 54 + 3 = 60 m, within 500 m
  link(w, port(s1, 'p1'), port(p1, 'F1'), trunk, port(p2, 'F1'), port(s2, 'p1'), 'CORD12', 'NVIDIA-TEST-DR4');
  assert.equal(of(new CheckSession(w.snap), 'reach').length, 0);
  // a harness at the far end: legs 1 and 2 to two ports make the channel a splitter: 60 m > 50 m
  w.cable(port(p2, 'F2'), port(s2, 'p2'), { mediaId: 'CORD12', opticB: 'NVIDIA-TEST-DR4', lengthMm: 3000, assemblyId: 'H', leg: 1 });
  w.cable(port(p2, 'F2'), port(s2, 'p3'), { mediaId: 'CORD12', opticB: 'NVIDIA-TEST-DR4', lengthMm: 3000, assemblyId: 'H', leg: 2 });
  w.cable(port(s1, 'p2'), port(p1, 'F2'), { mediaId: 'CORD12', opticA: 'NVIDIA-TEST-DR4', lengthMm: 3000 });
  const v = of(new CheckSession(w.snap), 'reach');
  assert.equal(v.length, 2);
  assert.ok(v.every((x) => /runs 60 m over 3 cables .* but NVIDIA's splitter channel limit for NVIDIA-TEST-DR4 reaches 50 m/.test(x.message)));
});

test('polarity of a trunk added by hand (as the editor does: one cable put, then its method changed): B with B cords passes, A and C fail', () => {
  // jumpers first (type B cords, 400GBASE-DR4 at the switch end), the trunk T1-T1 after
  const { w, s1, s2, p1, p2 } = hall({ front: 'MPO-12', positions: 12, fibres: 12, optic: 'DR4' });
  for (const i of [1, 2]) {
    w.cable(port(s1, `p${i}`), port(p1, `F${i}`), { mediaId: 'CORD12', opticA: '400GBASE-DR4', lengthMm: 3000 });
    w.cable(port(p2, `F${i}`), port(s2, `p${i}`), { mediaId: 'CORD12', opticB: '400GBASE-DR4', lengthMm: 3000 });
  }
  const s = new CheckSession(structuredClone(w.snap));
  assert.equal(of(s, 'polarity').length, 0, 'open channels are not judged');
  const canon = (x: CheckSession) => x.violations().map((v) => JSON.stringify(v)).sort();
  const put = (trunk: Cable) => {
    w.snap.cables = [...w.snap.cables.filter((c) => c.id !== trunk.id), trunk];
    s.applyPatch({ put: { cable: [trunk] }, del: {} });
    assert.deepEqual(canon(s), canon(new CheckSession(w.snap)), 'incremental = full');
    return of(s, 'polarity');
  };
  // DR4 on MPO-12: Tx 1-4, Rx 9-12. B cord, A trunk, B cord: 1 -> 12 -> 12 -> 1, a transmit fibre.
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'), { mediaId: 'TRUNK144', lengthMm: 20_000, polarity: 'A' });
  let v = put(trunk);
  assert.equal(v.length, 2, 'both links through the trunk fail');
  assert.match(v[0]!.message, /transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver \(polarity along the channel: C\d+ B, C\d+ A, C\d+ B\)/);
  // B, C, B: 1 -> 12 -> 11 -> 2, a transmit fibre
  v = put({ ...trunk, polarity: 'C' });
  assert.equal(v.length, 2);
  assert.match(v[0]!.message, /transmit fibre 1 arrives on fibre 2, a transmit fibre/);
  // B, B, B (method B): 1 -> 12 -> 1 -> 12, a receive fibre; 4 -> 9 -> 4 -> 9; the far end's 1 -> 12 likewise
  assert.equal(put({ ...trunk, polarity: 'B' }).length, 0);
  // none declared: the trunk's media's own ('12 x MPO-12', no type named: B), as the generator leaves it
  assert.equal(put({ ...trunk, polarity: null }).length, 0);
});
