// What the generator needs to know about the chosen server and switch, read from their device
// types: the server's compute NIC ports and speed, and the switch's fabric ports at that speed
// (split by a breakout when the switch port is faster than the NIC).
import { deviceDrawW } from '../model/power.js';
import type { DeviceType, PortTemplate } from '../model/entities.js';
import type { FabricInputs } from './inputs.js';
import { breakoutPorts } from '../model/breakout.js';

export class FabricInputError extends Error {
  constructor(
    message: string,
    /** The input field the problem is about, e.g. "radix". */
    public readonly field: string,
  ) {
    super(message);
    this.name = 'FabricInputError';
  }
}

/** One port a generated device gets: a template port, or one lane group of a broken-out port. */
export interface LogicalPort {
  name: string;
  formFactor: string;
  speedGbps: number;
  lanes: number;
  face: PortTemplate['face'];
  kind: PortTemplate['kind'];
  breakouts: PortTemplate['breakouts'];
  /** The template's flags the media choice reads (LPO host, co-packaged optics, one port per cage). */
  lpoCapable?: boolean;
  cpo?: boolean;
  singlePort?: boolean;
}

export interface ServerFacts {
  type: DeviceType;
  /** Indexes into `ports` of the compute NICs, in rail order. */
  nicIdx: number[];
  nicSpeedGbps: number;
  gpusPerServer: number;
  ports: LogicalPort[];
  powerW: number;
}

export interface SwitchFacts {
  type: DeviceType;
  /** Ports at the NIC speed, in port order: the switch's radix at that speed. */
  fabricIdx: number[];
  ports: LogicalPort[];
  radix: number;
  /** Template ports split into lanes, e.g. 800G OSFP as 2 x 400G; 1 when no breakout is used. */
  breakout: number;
  powerW: number;
}

function asLogical(p: PortTemplate): LogicalPort {
  const l: LogicalPort = { name: p.name, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face, kind: p.kind, breakouts: p.breakouts };
  if (p.lpoCapable) l.lpoCapable = true;
  if (p.cpo) l.cpo = true;
  if (p.singlePort) l.singlePort = true;
  return l;
}

/** The largest group of the fastest interface ports: on a DGX, the eight OSFP compute NICs. */
export function defaultNicPorts(t: DeviceType): PortTemplate[] {
  const ifaces = t.ports.filter((p) => p.kind === 'interface' && !p.mgmtOnly);
  const groups = new Map<string, PortTemplate[]>();
  for (const p of ifaces) {
    const k = `${p.speedGbps}|${p.formFactor}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(p);
  }
  let best: PortTemplate[] = [];
  for (const g of groups.values()) {
    const a = g[0]!;
    const b = best[0];
    if (!b || a.speedGbps > b.speedGbps || (a.speedGbps === b.speedGbps && g.length > best.length)) best = g;
  }
  return best;
}

export function serverFacts(t: DeviceType, inputs: Pick<FabricInputs, 'nicPorts' | 'gpusPerServer' | 'rails'>): ServerFacts {
  if (t.role !== 'server') throw new FabricInputError(`${t.slug} is a ${t.role}, not a server`, 'server');
  const ports = t.ports.map(asLogical);
  let nics: PortTemplate[];
  if (inputs.nicPorts) {
    nics = inputs.nicPorts.map((n) => {
      const p = t.ports.find((q) => q.name === n);
      if (!p) throw new FabricInputError(`${t.slug} has no port ${JSON.stringify(n)}`, 'nicPorts');
      return p;
    });
  } else nics = defaultNicPorts(t);
  if (nics.length === 0) throw new FabricInputError(`${t.slug} has no interface ports to use as compute NICs`, 'server');
  const speeds = new Set(nics.map((p) => p.speedGbps));
  if (speeds.size > 1) throw new FabricInputError(`compute NICs of ${t.slug} must share one speed`, 'nicPorts');
  const rails = inputs.rails ?? nics.length;
  if (rails > nics.length) throw new FabricInputError(`${t.slug} has ${nics.length} compute NICs; cannot use ${rails} rails`, 'rails');
  const used = nics.slice(0, rails);
  return {
    type: t,
    nicIdx: used.map((p) => t.ports.indexOf(p)),
    nicSpeedGbps: used[0]!.speedGbps,
    gpusPerServer: inputs.gpusPerServer ?? nics.length,
    ports,
    powerW: deviceDrawW(t) ?? 0,
  };
}

export { breakoutName } from '../model/breakout.js';

export function switchFacts(t: DeviceType, nicSpeedGbps: number, radix?: number): SwitchFacts {
  if (t.role !== 'switch') throw new FabricInputError(`${t.slug} is a ${t.role}, not a switch`, 'switch');
  // Management ports (e.g. a Q3400's FNM port, also 800G) are never fabric ports.
  const ifaces = t.ports.filter((p) => p.kind === 'interface' && !p.mgmtOnly);
  const native = ifaces.filter((p) => p.speedGbps === nicSpeedGbps);
  // Ports that reach the NIC speed only through a breakout (e.g. 800G split 2 x 400G).
  const split = ifaces
    .map((p) => ({ p, b: p.breakouts.find((b) => b.speedGbps === nicSpeedGbps) }))
    .filter((x) => x.p.speedGbps !== nicSpeedGbps && x.b);
  let breakout = 1;
  let ports: LogicalPort[];
  let fabricIdx: number[];
  if (native.length >= split.reduce((s, x) => s + x.b!.count, 0) && native.length > 0) {
    ports = t.ports.map(asLogical);
    fabricIdx = native.map((p) => t.ports.indexOf(p));
  } else if (split.length > 0) {
    breakout = split[0]!.b!.count;
    ports = [];
    fabricIdx = [];
    const splitSet = new Set(split.map((x) => x.p));
    for (const p of t.ports) {
      if (!splitSet.has(p)) {
        ports.push(asLogical(p));
        continue;
      }
      for (const sub of breakoutPorts(asLogical(p), p.breakouts.find((x) => x.speedGbps === nicSpeedGbps)!)) {
        fabricIdx.push(ports.length);
        ports.push(sub);
      }
    }
  } else {
    throw new FabricInputError(`${t.slug} has no ports at ${nicSpeedGbps} Gb/s, natively or by breakout`, 'switch');
  }
  if (radix !== undefined) {
    if (radix > fabricIdx.length) {
      throw new FabricInputError(`${t.slug} has ${fabricIdx.length} ports at ${nicSpeedGbps} Gb/s; radix ${radix} is more than that`, 'radix');
    }
    fabricIdx = fabricIdx.slice(0, radix);
  }
  return { type: t, fabricIdx, ports, radix: fabricIdx.length, breakout, powerW: deviceDrawW(t) ?? 0 };
}
