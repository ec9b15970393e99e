// The fibre rules (polarity, channel-loss) at co-packaged-optics ports: the fibre plugs straight
// into the switch, with no transceiver, and the port is judged as the DR4-class module it
// replaces (core/routing/polarity.ts cpoPortLayout: MPO-12, Tx 1-4, Rx 9-12). Figures by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import { channelView } from '../../../core/checks/channel-view.js';
import type { RuleId } from '../../../core/checks/types.js';
import type { PortTemplate } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';
import { panelType, port } from '../routing/structured-world.js';

const of = (s: CheckSession, rule: RuleId) => s.violations().filter((v) => v.rule === rule);

const cage = (name: string, cpo: boolean): PortTemplate => ({ name, kind: 'interface', formFactor: cpo ? 'MPO-12' : 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [], ...(cpo ? { cpo: true } : {}) });

function world() {
  const w = new World();
  w.media({ id: '400GBASE-DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500, standard: 'IEEE 802.3bs Clause 124' });
  w.media({ id: 'CORD12', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 3, 5] });
  w.media({ id: 'CORD12-OM4', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12', fiber: 'OM4', maxReachM: 100, lengthsM: [1, 3, 5] });
  const cpo = w.type({ maxPowerW: 1000, ports: [cage('c1', true), cage('c2', true)] });
  const plain = w.type({ maxPowerW: 1000, ports: [cage('p1', false), cage('p2', false)] });
  w.tray([[0, 1300], [11000, 1300]]);
  return { w, cpo, plain, r1: w.rack({ xMm: 1000, yMm: 2000 }), r2: w.rack({ xMm: 7000, yMm: 2000 }) };
}

test('polarity at a co-packaged port: a type-B cord to a DR4 passes, a type-A cord lands transmit on transmit', () => {
  const { w, cpo, plain, r1, r2 } = world();
  const a = w.device(r1, cpo, 10).ports;
  const b = w.device(r2, plain, 10).ports;
  // B: fibre 1 -> 12 (a DR4 receive fibre); the DR4's fibre 1 -> 12, the port's receive fibre
  w.cable(port(a, 'c1'), port(b, 'p1'), { mediaId: 'CORD12', opticB: '400GBASE-DR4', lengthMm: 8000 });
  // A: fibre 1 -> 1, the DR4's transmit fibre 1
  w.cable(port(a, 'c2'), port(b, 'p2'), { mediaId: 'CORD12', opticB: '400GBASE-DR4', lengthMm: 8000, polarity: 'A' });
  const v = of(new CheckSession(w.snap), 'polarity');
  assert.equal(v.length, 1);
  assert.ok(v[0]!.objects.some((o) => o.kind === 'port' && o.id === port(a, 'c2').id));
  assert.match(v[0]!.message, /:c2 to .*:p2: transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver \(polarity along the channel: C\d+ A\)/);
  const s = new CheckSession(w.snap);
  assert.equal(of(s, 'port-compat').length, 0);
  // the editor's channel view names what is at each end
  const view = channelView(s, s.channels.atPort(port(a, 'c1').id)[0]!);
  assert.deepEqual([view.a.optic, view.b?.optic], ['co-packaged optics', '400GBASE-DR4']);
});

test('polarity through panels: a co-packaged link is not taken for a like channel at a port that is not (classes)', () => {
  // Two channels alike cable by cable (A cord, A trunk, A cord; the same lengths): the first ends
  // at an ordinary cage with a bare fibre (no transceiver: the fibre rules judge nothing), the
  // second at a co-packaged port (judged: 1 -> 1 -> 1 -> 1 lands on the DR4's transmit fibre).
  const { w, cpo, plain, r1, r2 } = world();
  const s1 = w.device(r1, plain, 10).ports;
  const c1 = w.device(r1, cpo, 12).ports;
  const s2 = w.device(r2, plain, 10).ports;
  const panel = panelType(w, { entries: 2, positions: 1 });
  const p1 = w.device(r1, panel, 40).ports;
  const p2 = w.device(r2, panel, 40).ports;
  const L = { mediaId: 'CORD12', polarity: 'A' as const };
  for (const [from, e] of [[port(s1, 'p1'), 1], [port(c1, 'c1'), 2]] as const) {
    w.cable(from, port(p1, `F${e}`), { ...L, lengthMm: 3000 });
    w.cable(port(p1, `T${e}`), port(p2, `T${e}`), { ...L, lengthMm: 20_000 });
    w.cable(port(p2, `F${e}`), port(s2, `p${e}`), { ...L, lengthMm: 3000, opticB: '400GBASE-DR4' });
  }
  const s = new CheckSession(w.snap);
  const v = of(s, 'polarity');
  assert.equal(v.length, 1);
  assert.ok(v[0]!.objects.some((o) => o.kind === 'port' && o.id === port(c1, 'c1').id));
  assert.match(v[0]!.message, /transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver \(polarity along the channel: C\d+ A, C\d+ A, C\d+ A\)/);
  // the same findings as cable by cable, with no classes
  const plainRun = new CheckSession(w.snap, { classes: false });
  assert.deepEqual(s.violations().map((x) => x.message).sort(), plainRun.violations().map((x) => x.message).sort());
});

test('channel-loss at a co-packaged port: held to the far DR4\'s 3.0 dB; both ends co-packaged need single-mode all along', () => {
  const { w, cpo, plain, r1 } = world();
  const adapter = panelType(w, { entries: 2, positions: 1 });
  const a = w.device(r1, cpo, 1).ports;
  const b = w.device(r1, plain, 2).ports;
  const c = w.device(r1, cpo, 3).ports;
  const P = [10, 11, 12, 13].map((u) => w.device(r1, adapter, u).ports);
  const L = { lengthMm: 2000, mediaId: 'CORD12' };
  // through four adapter panels: 5 x 2 m = 10 m x 0.4 dB/km = 0.004 dB, 4 pairs x 0.75 dB = 3.0 dB:
  // 3.004 dB over the 3.0 dB of IEEE 802.3 Clause 124 (the port itself adds no budget)
  w.cable(port(a, 'c1'), port(P[0]!, 'F1'), L);
  w.cable(port(P[0]!, 'T1'), port(P[1]!, 'T1'), L);
  w.cable(port(P[1]!, 'F1'), port(P[2]!, 'F1'), L);
  w.cable(port(P[2]!, 'T1'), port(P[3]!, 'T1'), L);
  w.cable(port(P[3]!, 'F1'), port(b, 'p1'), { ...L, opticB: '400GBASE-DR4' });
  // co-packaged at both ends, a multimode trunk between single-mode cords
  w.cable(port(a, 'c2'), port(P[0]!, 'F2'), L);
  w.cable(port(P[0]!, 'T2'), port(P[1]!, 'T2'), { ...L, mediaId: 'CORD12-OM4' });
  w.cable(port(P[1]!, 'F2'), port(c, 'c1'), L);
  const v = of(new CheckSession(w.snap), 'channel-loss');
  assert.equal(v.length, 2);
  assert.match(v.map((x) => x.message).join('\n'), /:c1 to .*:p1 loses 3\.00 dB, over the 3 dB 400GBASE-DR4 allows: 10 m x 0\.4 dB\/km = 0\.00 dB, 4 mated pair\(s\) x 0\.75 dB/);
  assert.match(v.map((x) => x.message).join('\n'), /:c2 to .*:c1: CORD12-OM4 is OM4 in a single-mode channel \(co-packaged optics at both ends\)/);
  // with a single-mode trunk, the co-packaged pair has no published budget: nothing to report
  w.snap.cables.find((x) => x.mediaId === 'CORD12-OM4')!.mediaId = 'CORD12';
  assert.equal(of(new CheckSession(w.snap), 'channel-loss').length, 1);
});
