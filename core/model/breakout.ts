// A port split by a breakout into sub-ports (an 800G OSFP cage run as 2 x 400G), one rule for the
// generator (fabric/hardware.ts) and the NetBox import (a cable on swp1s0 splits swp1).
import type { Breakout } from './entities.js';

/** Sub-port names follow the Cumulus/SONiC convention: swp1 split in two is swp1s0, swp1s1. */
export function breakoutName(parent: string, lane: number): string {
  return `${parent}s${lane}`;
}

/** The sub-ports a breakout makes of a port: its name with the lane, the breakout's speed, the
 * port's lanes shared out; each takes no further breakout. */
export function breakoutPorts<P extends { name: string; speedGbps: number; lanes: number; breakouts: Breakout[] }>(p: P, b: Breakout): P[] {
  const out: P[] = [];
  for (let i = 0; i < b.count; i++) out.push({ ...p, name: breakoutName(p.name, i), speedGbps: b.speedGbps, lanes: Math.max(1, Math.floor(p.lanes / b.count)), breakouts: [] });
  return out;
}

const asIs = (s: string) => s;
// (a type's ports by normalised name, made once per list and norm: asked for every cable end)
const indexes = new WeakMap<readonly object[], Map<(s: string) => string, Map<string, unknown>>>();
function byName<P extends { name: string }>(ports: readonly P[], norm: (s: string) => string): Map<string, P> {
  let perNorm = indexes.get(ports);
  if (!perNorm) indexes.set(ports, (perNorm = new Map()));
  let m = perNorm.get(norm) as Map<string, P> | undefined;
  if (!m) {
    m = new Map();
    for (const p of ports) if (!m.has(norm(p.name))) m.set(norm(p.name), p);
    perNorm.set(norm, m);
  }
  return m;
}

/** A device's ports: its type's, each port in `split` as its sub-ports (the type's own list when
 * nothing is split, as for most devices). */
export function portsWithSplits<P extends { name: string; speedGbps: number; lanes: number; breakouts: Breakout[] }>(ports: readonly P[], split: ReadonlyMap<string, Breakout> | undefined): readonly P[] {
  if (!split?.size) return ports;
  return ports.flatMap((p) => {
    const b = split.get(p.name);
    return b ? breakoutPorts(p, b) : [p];
  });
}

/** A port of `ports` by name, compared in the form `norm` gives (a map made once per list). */
export function portNamed<P extends { name: string }>(ports: readonly P[], name: string, norm: (s: string) => string = asIs): P | undefined {
  return byName(ports, norm).get(norm(name));
}

/** The port a sub-port name splits (swp1s0: swp1, lane 0), when one of its breakouts has that
 * lane; null otherwise. `norm` puts names in the form they are compared in. */
export function subPortOf<P extends { name: string; breakouts: Breakout[] }>(ports: readonly P[], name: string, norm: (s: string) => string = asIs): { parent: P; lane: number } | null {
  const m = /^(.+)s(\d+)$/.exec(name);
  if (!m) return null;
  const parent = portNamed(ports, m[1]!, norm);
  const lane = Number(m[2]);
  return parent && parent.breakouts.some((b) => lane < b.count) ? { parent, lane } : null;
}

/**
 * The ports of devices that cables name by their sub-ports (a hall read back from a file: NetBox's,
 * or a layout, whose devices take their ports from their types): each port is split by the
 * breakout of fewest sub-ports that holds the highest lane any cable uses, decided once every
 * cable is read, so no cable's order decides.
 */
export class SplitPorts<D> {
  private lanes = new Map<D, Map<string, { breakouts: Breakout[]; lane: number }>>();

  /** A cable on sub-port `lane` of `parent` of device d. */
  use(d: D, parent: { name: string; breakouts: Breakout[] }, lane: number): void {
    let mine = this.lanes.get(d);
    if (!mine) this.lanes.set(d, (mine = new Map()));
    const had = mine.get(parent.name);
    if (!had || had.lane < lane) mine.set(parent.name, { breakouts: parent.breakouts, lane });
  }

  /** Each device's split ports: the breakout by the port's name. */
  decide(): Map<D, Map<string, Breakout>> {
    const out = new Map<D, Map<string, Breakout>>();
    for (const [d, ports] of this.lanes) {
      const split = new Map<string, Breakout>();
      for (const [name, { breakouts, lane }] of ports) split.set(name, breakouts.filter((b) => lane < b.count).reduce((x, y) => (y.count < x.count ? y : x)));
      out.set(d, split);
    }
    return out;
  }
}
