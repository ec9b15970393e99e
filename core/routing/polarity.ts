// Whether a channel delivers each transmit fibre of one transceiver to a receive fibre of the
// other. Every cable of the channel maps the fibre positions of the transceivers' fibre group by its
// TIA-568.3-D polarity: type A straight (1->1), type B reversed (1->n), type C pair-flipped
// (1->2, 2->1). Panels and cassettes keep positions (NetBox's position model; a cassette is assumed
// to match its trunk's method, as makers sell them in sets). So a duplex channel needs an odd
// number of flips, a parallel one (MPO SR4/DR4/SR8/DR8) an overall reversal: B-B-B (method B) or
// A-trunk with one A and one B cord (method A); method C cannot serve parallel optics.
import type { Media, Polarity } from '../model/entities.js';

export interface FibreLayout {
  /** Fibres in the transceiver's connector (2 for duplex LC, 12 or 16 for MPO). */
  fibres: number;
  tx: number[];
  rx: number[];
}

const layouts = new WeakMap<Media, FibreLayout | null>();

/**
 * Transmit and receive positions of a transceiver's connector, from its connector and lane count:
 * duplex LC transmits on 1 and receives on 2; a parallel MPO transmits on the first lanes and
 * receives on the last (MPO-12 SR4/DR4: Tx 1-4, Rx 9-12; MPO-16 SR8/DR8: Tx 1-8, Rx 9-16, per
 * IEEE 802.3 Clauses 138/124 MDI lane assignments). A twin-port module's connector serves one port.
 */
export function fibreLayout(optic: Media): FibreLayout | null {
  let l = layouts.get(optic);
  if (l === undefined) {
    l = null;
    // the module's own connector: a note in brackets ("MPO-16 APC (or 2x MPO-12 APC for 2xDR4)")
    // names another build of it, not a second connector
    const c = optic.connector.replace(/\s*\(.*\)\s*$/, '');
    const connectors = Number(/(\d+)\s*x\s*(?:duplex\s*)?(?:MPO|LC)/i.exec(c)?.[1] ?? 1);
    const lanes = Math.max(1, Math.round(optic.lanes / connectors));
    if (/MPO-?\d/i.test(c)) l = parallelLayout(c, lanes);
    else if (/\bLC\b/i.test(c)) l = { fibres: 2, tx: [1], rx: [2] };
    layouts.set(optic, l);
  }
  return l;
}

const cpoLayouts = new Map<string, FibreLayout | null>();

/**
 * A co-packaged-optics port's fibre layout, which no source states: taken to be that of the
 * pluggable module it replaces and pairs with (a Q3450-LD port is a 4 x 200G DR4-class interface
 * on MPO-12: Tx 1-4, Rx 9-12), so it is cabled as that module is (type B cord, method B channel).
 */
export function cpoPortLayout(port: { formFactor: string; lanes: number }): FibreLayout | null {
  const key = `${port.formFactor}|${port.lanes}`;
  let l = cpoLayouts.get(key);
  if (l === undefined) {
    cpoLayouts.set(key, (l = parallelLayout(port.formFactor, port.lanes)));
  }
  return l;
}

/** The fibre layout at a channel's end: its transceiver's, else the port's own where it is
 * co-packaged optics (the fibre plugs straight in); null where neither says. */
export function endLayout(optic: Media | null, port: { formFactor: string; lanes: number; cpo?: boolean | undefined } | null): FibreLayout | null {
  return optic ? fibreLayout(optic) : port?.cpo ? cpoPortLayout(port) : null;
}

/** An MPO-n connector carrying `lanes` parallel lanes: transmit on the first positions, receive on
 * as many last ones; null when the text names no fibre count or the lanes do not fit. */
function parallelLayout(connector: string, lanes: number): FibreLayout | null {
  const n = Number(/MPO-?(\d+)/i.exec(connector)?.[1] ?? 0);
  return n && 2 * lanes <= n ? { fibres: n, tx: range(1, lanes), rx: range(n - lanes + 1, n) } : null;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Where fibre position i (1-based, of n) comes out of a cable of this polarity. */
export function through(p: Polarity, i: number, n: number): number {
  if (p === 'A') return i;
  if (p === 'B') return n + 1 - i;
  return i % 2 === 1 ? Math.min(i + 1, n) : i - 1;
}

/** The polarity a cable is made in when it declares none: its media's, else read from the
 * connector text ("type B"), else type B (TIA-568.3-D's duplex A-to-B cord and MPO method B). */
const polarities = new WeakMap<Media, Polarity>();

export function defaultPolarity(m: Media | null): Polarity {
  if (!m) return 'B';
  // remembered per media: every cable of a channel asks, and a hall has a handful of media
  let p = polarities.get(m);
  if (p === undefined) {
    const t = m.assembly?.polarity ? null : /type\s*([ABC])\b/i.exec(m.connector + ' ' + (m.standard ?? ''));
    polarities.set(m, (p = m.assembly?.polarity || ((t?.[1]?.toUpperCase() as Polarity | undefined) ?? 'B')));
  }
  return p;
}

/** Verdicts by the two ends' layouts (shared per transceiver), then the polarities in order. */
const verdicts = new WeakMap<FibreLayout, WeakMap<FibreLayout, Map<string, string | null>>>();

/**
 * Null when every transmit fibre of each end reaches a receive fibre of the other through the
 * cables' polarities in order; otherwise what goes wrong, in words.
 */
export function polarityProblem(a: FibreLayout, b: FibreLayout, polarities: readonly Polarity[]): string | null {
  // the question asked last, answered without a key string and two weak-map lookups: a hall's
  // links ask the same one link after link (98,304 in a 32k structured hall)
  const l = lastAsked;
  if (l.a === a && l.b === b && samePolarities(l.polarities, polarities)) return l.verdict;
  const v = verdictOf(a, b, polarities);
  l.a = a;
  l.b = b;
  l.polarities = polarities.slice();
  l.verdict = v;
  return v;
}

const lastAsked: { a: FibreLayout | null; b: FibreLayout | null; polarities: readonly Polarity[]; verdict: string | null } = { a: null, b: null, polarities: [], verdict: null };

function samePolarities(x: readonly Polarity[], y: readonly Polarity[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function verdictOf(a: FibreLayout, b: FibreLayout, polarities: readonly Polarity[]): string | null {
  let byB = verdicts.get(a);
  if (!byB) verdicts.set(a, (byB = new WeakMap()));
  let byPolarities = byB.get(b);
  if (!byPolarities) byB.set(b, (byPolarities = new Map()));
  const key = polarities.length === 1 ? polarities[0]! : polarities.join('');
  let v = byPolarities.get(key);
  if (v === undefined) byPolarities.set(key, (v = compute(a, b, polarities)));
  return v;
}

function compute(a: FibreLayout, b: FibreLayout, polarities: readonly Polarity[]): string | null {
  if (a.fibres !== b.fibres) return `the transceivers' connectors differ (${a.fibres} and ${b.fibres} fibres)`;
  const n = a.fibres;
  const forward = (i: number) => polarities.reduce((x, p) => through(p, x, n), i);
  const backward = (i: number) => polarities.reduceRight((x, p) => through(p, x, n), i);
  const rxB = new Set(b.rx);
  const rxA = new Set(a.rx);
  for (const t of a.tx) {
    const at = forward(t);
    if (!rxB.has(at)) return `transmit fibre ${t} arrives on fibre ${at}, ${b.tx.includes(at) ? 'a transmit fibre' : 'an unused fibre'} of the far transceiver`;
  }
  for (const t of b.tx) {
    const at = backward(t);
    if (!rxA.has(at)) return `the far end's transmit fibre ${t} arrives on fibre ${at}, ${a.tx.includes(at) ? 'a transmit fibre' : 'an unused fibre'}`;
  }
  return null;
}
