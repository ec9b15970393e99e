// What the new-trunk dialog says each polarity method does to the links a trunk would complete,
// judged by hand. DR4 on MPO-12: transmit 1-4, receive 9-12. Type-B cords reverse (1 -> 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDoc } from '../../../renderer/src/store/document.js';
import { generatorPolarity, pendingLinks, verdictText } from '../../../renderer/src/elevation/trunk-polarity.js';
import { jumperLinks } from '../../../renderer/src/inspector/jumper-links.js';
import { linksFor } from '../../../renderer/src/inspector/links.js';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { World } from '../routing/world.js';
import { panelType, port, switchType } from '../routing/structured-world.js';

function hall(cordPolarity: 'A' | 'B' | null) {
  const w = new World();
  w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 3] });
  const sw = switchType(w, 4);
  const panel = panelType(w, { entries: 2, positions: 12 });
  const r1 = w.rack({ xMm: 1000, yMm: 2000 }), r2 = w.rack({ xMm: 7000, yMm: 2000 });
  const s1 = w.device(r1, sw, 10).ports, s2 = w.device(r2, sw, 10).ports, p1 = w.device(r1, panel, 40).ports, p2 = w.device(r2, panel, 40).ports;
  const pol = cordPolarity ? { polarity: cordPolarity } : {};
  // position 1 of T1 jumpered at both ends; position 2 only at one end (no link to judge)
  w.cable(port(s1, 'p1'), port(p1, 'F1'), { mediaId: 'CORD12', opticA: 'DR4', ...pol });
  w.cable(port(p2, 'F1'), port(s2, 'p1'), { mediaId: 'CORD12', opticB: 'DR4', ...pol });
  w.cable(port(s1, 'p2'), port(p1, 'F2'), { mediaId: 'CORD12', opticA: 'DR4' });
  useDoc.getState().load(w.snap);
  const doc = useDoc.getState();
  const name = (p: typeof s1[number]) => `${doc.device.get(p.deviceId)!.name}:${p.name}`;
  return { doc, t1: port(p1, 'T1').id, t2: port(p2, 'T1').id, t1b: port(p1, 'T2').id, t2b: port(p2, 'T2').id, link: `${name(port(s1, 'p1'))} to ${name(port(s2, 'p1'))}` };
}

test('trunk polarity in the dialog: with type-B cords only B delivers transmit to receive', () => {
  const { doc, t1, t2, link } = hall(null);
  const links = pendingLinks(doc, t1, t2);
  // position 2 has a jumper at one end only: no link yet
  assert.deepEqual(links.map((l) => [l.position, l.name]), [[1, link]]);
  // B cord, B trunk, B cord: 1 -> 12 -> 1 -> 12 (receive)
  assert.equal(links[0]!.verdict.B, null);
  // B, A, B: 1 -> 12 -> 12 -> 1 (transmit); B, C, B: 1 -> 12 -> 11 -> 2 (transmit)
  assert.equal(links[0]!.verdict.A, 'transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver');
  assert.equal(links[0]!.verdict.C, 'transmit fibre 1 arrives on fibre 2, a transmit fibre of the far transceiver');
  assert.deepEqual(verdictText(links, 'B'), { ok: true, text: '1 link through the jumpers already on these panels delivers transmit to receive' });
  assert.equal(verdictText(links, 'A')!.ok, false);
  // the generator leaves a trunk without media (or without a declared method) at B
  assert.equal(generatorPolarity(null), 'B');
});

test('trunk polarity in the dialog: the cords\' own declared method counts (A cords: an A trunk fails, B passes); a free entry has nothing to judge', () => {
  const { doc, t1, t2, t1b, t2b } = hall('A');
  const [l] = pendingLinks(doc, t1, t2);
  // A, A, A: 1 -> 1 (transmit); A, B, A: 1 -> 12 (receive)
  assert.notEqual(l!.verdict.A, null);
  assert.equal(l!.verdict.B, null);
  assert.deepEqual(pendingLinks(doc, t1b, t2b), []);
  assert.equal(verdictText([], 'A'), null);
});

test('a co-packaged port at one end: the dialog judges the link as the rule does (the port read as a DR4), and its jumper lists the cord alone', () => {
  const w = new World();
  w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500 });
  w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 3] });
  const cpo = w.type({ ports: [{ name: 'c1', kind: 'interface', formFactor: 'MPO-12', speedGbps: 400, lanes: 4, face: 'front', breakouts: [], cpo: true }] });
  const sw = switchType(w, 1);
  const panel = panelType(w, { entries: 1, positions: 12 });
  const r1 = w.rack({ xMm: 1000, yMm: 2000 }), r2 = w.rack({ xMm: 7000, yMm: 2000 });
  const c = w.device(r1, cpo, 10).ports, s = w.device(r2, sw, 10).ports, p1 = w.device(r1, panel, 40).ports, p2 = w.device(r2, panel, 40).ports;
  const bare = w.cable(port(c, 'c1'), port(p1, 'F1'), { mediaId: 'CORD12' });
  w.cable(port(p2, 'F1'), port(s, 'p1'), { mediaId: 'CORD12', opticB: 'DR4' });
  useDoc.getState().load(w.snap);
  const doc = useDoc.getState();
  const links = pendingLinks(doc, port(p1, 'T1').id, port(p2, 'T1').id);
  // before, a bare fibre at the co-packaged end left nothing to judge; by hand as for two DR4s
  assert.equal(links.length, 1);
  assert.equal(links[0]!.verdict.B, null);
  assert.equal(links[0]!.verdict.A, 'transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver');
  // the jumper's link list: the cord with no transceiver (what the port-compat rule accepts there);
  // at the other end a DR4 over the cord
  assert.deepEqual(jumperLinks(doc, bare.aPortId, bare.bPortId, 2000).map((o) => [o.opticA, o.mediaId, o.opticB]), [[null, 'CORD12', null]]);
  assert.deepEqual(jumperLinks(doc, port(p2, 'F1').id, port(s, 'p1').id, 2000).map((o) => [o.opticA, o.mediaId, o.opticB]), [[null, 'CORD12', 'DR4']]);
});

test('the inspector\'s link list reads the cage flags: a DGX B300 cage gets no twin-port module, a Q3450-LD port no transceiver', () => {
  const w = new World();
  for (const m of BUILTIN_MEDIA.map(toMedia)) w.snap.media.push(m);
  const typeOf = (slug: string) => w.type(toDeviceType(BUILTIN_DEVICE_TYPES.find((t) => t.slug === slug)!));
  const b300 = w.device(w.rack({ xMm: 1000, yMm: 2000 }), typeOf('nvidia-dgx-b300'), 10).ports.find((p) => p.kind === 'interface' && p.speedGbps === 800)!;
  const q3450 = w.device(w.rack({ xMm: 4000, yMm: 2000 }), typeOf('nvidia-q3450-ld'), 10).ports.find((p) => p.kind === 'interface')!;
  useDoc.getState().load(w.snap);
  const doc = useDoc.getState();
  const options = linksFor(doc, b300.id, q3450.id, 10_000);
  assert.ok(options.length > 0);
  for (const o of options) {
    assert.equal(o.opticB, null, `${o.opticB} in a co-packaged port`);
    const a = doc.media.get(o.opticA!)!;
    assert.ok(a && !/twin/i.test(a.formFactor), `${o.opticA} in a single-port cage`);
  }
});
