// Polarity through the legs of a breakout harness: which fibre of the wide connector reaches which
// fibre of which leg. Judged only where the lane order and leg order are published; the last step
// (inside a leg) is Trayline's reading, joining them as TIA-568.3-D cords are read:
// - the wide end's lanes: an MPO-12 parallel transceiver (40G/100G SR4, 400GBASE-DR4) transmits
//   lane i (1-based) on fibre i and receives it on fibre 13 - i (IEEE 802.3 MDI optical lane
//   assignment for MPO-12 parallel PMDs: TX0..TX3 on positions 1-4, RX3..RX0 on 9-12; Clause 86
//   40GBASE-SR4, reused by Clause 124 400GBASE-DR4; read from memory of IEEE 802.3 Figure 86-5,
//   not re-read here: the pairing of i with 13 - i is what the judgement rests on, and the one to
//   check against the standard or a maker's harness drawing). An MPO-16 module (SR8/DR8) is read
//   the same way, lane i on fibre i and back on 17 - i: receive lanes in the reverse order of the
//   transmit lanes across the connector, the convention the IEEE 802.3cm task force wrote out for
//   400G-SR8 over a 2 x 12 MPO ("T1 T2 T3 T4 o o o o R8 R7 R6 R5 / T5 T6 T7 T8 o o o o R4 R3 R2 R1",
//   P. Kolesar, https://ieee802.org/3/NGMMF/email/msg00084.html: a type-B cord then meets each
//   lane's transmitter with the same lane's receiver); on one row of 16 that is Trayline's reading,
//   not a published figure, and the one to check against a maker's MPO-16 harness drawing.
// - which leg carries a lane: leg k carries lanes (k-1)l+1..kl, l = lanes / legs (NetBox cable
//   profiles breakout-1c2p-2c1p .. breakout-1c8p-8c1p, netbox dcim/cable_profiles.py at v4.6.8:
//   position k of the wide connector to connector k, position 1, where a position is "one
//   bidirectional fiber pair" (its BaseCableProfile comment); NetBox says which leg a lane goes
//   to, not where its fibres sit. The leg-order rule, core/checks/leg-order.ts, holds the legs to
//   it. Its shuffle profile (breakout-2c4p-8c1p-shuffle) is not modelled).
// - inside a leg: the lane keeps its transmit fibre on the leg's transmit position and its receive
//   fibre on the leg's receive position (a straight fan-out), then the harness's TIA-568.3-D
//   polarity acts on the leg connector as a cord's does (type B reversed, A straight, C pairs
//   flipped). With LC duplex legs and type B this gives an MPO-12 to 4 x LC duplex breakout of
//   SR4/DR4 optics fibres 1 and 12 on leg 1, 2 and 11 on leg 2, 3 and 10, 4 and 9, the wide end's
//   Tx crossed onto each duplex leg's Rx: the crossing a maker describes
//   (ydfiberoptic.com, "How to achieve QSFP+ to 4 x SFP+ cabling through MPO-12 to 4x LC duplex
//   breakout cable": Tx on holes 1-4, Rx on 9-12, the harness crossed so each LC duplex pairs a Tx
//   with an Rx; its fibre-by-fibre table was not readable in the stored copy).
// A leg connector other than LC duplex or MPO-12 is not judged either.
import type { Polarity } from '../model/entities.js';
import { through, type FibreLayout } from './polarity.js';

export interface HarnessPath {
  /** The transceiver at the harness's wide end and the one on the leg. */
  wide: FibreLayout;
  narrow: FibreLayout;
  /** Polarities of the cables between the wide transceiver and the harness, from the transceiver. */
  before: readonly Polarity[];
  harness: Polarity;
  leg: number;
  legs: number;
  /** Polarities of the cables between the leg and its transceiver, from the harness. */
  after: readonly Polarity[];
}

export type HarnessVerdict = { judged: false; why: string } | { judged: true; problem: string | null };

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
/** A parallel MPO layout: transmit on the first positions, receive on as many last ones. */
const isParallel = (x: FibreLayout) =>
  x.fibres > 2 && x.tx.length === x.rx.length && x.tx.every((t, i) => t === i + 1) && x.rx.every((r, i) => r === x.fibres + 1 - x.rx.length + i);

export function harnessPolarity(p: HarnessPath): HarnessVerdict {
  const { wide, narrow, leg: k, legs } = p;
  // the lane order is read for MPO-12 and MPO-16 modules (above), no other
  if (!isParallel(wide) || (wide.fibres !== 12 && wide.fibres !== 16)) return { judged: false, why: `no published lane order for a ${wide.fibres}-fibre wide end` };
  const n = wide.fibres;
  const lanes = wide.tx.length;
  if (legs < 1 || lanes % legs !== 0) return { judged: false, why: `${lanes} lanes do not divide into ${legs} legs` };
  const l = lanes / legs;
  if (k < 1 || k > legs) return { judged: false, why: `leg ${k} of a ${legs}-leg harness` };
  const m = narrow.fibres;
  const lcLeg = m === 2 && l === 1;
  if (!lcLeg && !(isParallel(narrow) && narrow.tx.length === l)) return { judged: false, why: `no published fibre map onto a ${m}-fibre leg of ${l} lane(s)` };
  // the straight fan-out of leg k: wide fibre <-> position in the leg connector
  const toLeg = new Map<number, [number, number]>();
  const fromLeg = new Map<number, number>();
  for (let i = 1; i <= lanes; i++) {
    const g = Math.ceil(i / l);
    const j = i - (g - 1) * l;
    const [tx, rx] = lcLeg ? [1, 2] : [j, m + 1 - j];
    toLeg.set(i, [g, tx]);
    toLeg.set(n + 1 - i, [g, rx]);
    if (g === k) {
      fromLeg.set(tx, i);
      fromLeg.set(rx, n + 1 - i);
    }
  }
  const group = range((k - 1) * l + 1, k * l);
  const wideRx = new Set(group.map((i) => n + 1 - i));
  const kind = (at: number, tx: readonly number[]) => (tx.includes(at) ? 'a transmit fibre' : 'an unused fibre');
  for (const t of group) {
    const x = p.before.reduce((f, q) => through(q, f, n), t);
    const hit = toLeg.get(x);
    if (!hit || hit[0] !== k) {
      const where = hit ? `which leg ${hit[0]} carries` : 'which no leg carries';
      return { judged: true, problem: `transmit fibre ${t} reaches fibre ${x} of the harness's wide end, ${where}, not leg ${k}` };
    }
    const z = p.after.reduce((f, q) => through(q, f, m), through(p.harness, hit[1], m));
    if (!narrow.rx.includes(z)) return { judged: true, problem: `transmit fibre ${t} arrives on fibre ${z} of leg ${k}'s transceiver, ${kind(z, narrow.tx)}` };
  }
  for (const t of narrow.tx) {
    const y = through(p.harness, p.after.reduceRight((f, q) => through(q, f, m), t), m);
    const x = fromLeg.get(y);
    const w = x === undefined ? undefined : p.before.reduceRight((f, q) => through(q, f, n), x);
    if (w === undefined || !wideRx.has(w)) {
      const what = (f: number) => (wide.rx.includes(f) ? "a receive fibre of another leg's lanes" : kind(f, wide.tx));
      const at = w === undefined ? `position ${y} of leg ${k}, which carries no fibre of its lanes` : `fibre ${w} of the wide transceiver, ${what(w)}`;
      return { judged: true, problem: `leg ${k}'s transmit fibre ${t} arrives on ${at}` };
    }
  }
  return { judged: true, problem: null };
}
