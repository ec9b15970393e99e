// What each device and link of a hall is for, read from the cabling alone: servers' compute
// ports (the fabric generator's rule: the largest group of the fastest ports), the leaves they
// reach, the switch tiers above (spine, core), scalable units (servers and leaves joined by
// compute links: in a rail-optimized fabric exactly an SU), and the bring-up wave of every link.
// Slurm topology, the UFM layout, ibnetdiscover and the bring-up order all read these.
import type { Device, DeviceType, Id, Port } from '../model/entities.js';
import { defaultNicPorts } from '../fabric/hardware.js';
import type { HallPlan, PlanLink } from './plan-links.js';
import { naturalKey } from './schedule.js';

export type DeviceRole = 'server' | 'leaf' | 'spine' | 'core' | 'switch' | 'other';

export interface ScalableUnit {
  /** 1-based, in the natural order of the SUs' first server. */
  index: number;
  name: string;
  servers: Device[];
  leaves: Device[];
}

export interface Wave {
  wave: number;
  name: string;
  /** The scalable unit a compute wave cables, else null. */
  su: number | null;
}

/**
 * Waves in the order published bring-up procedures follow (NVIDIA InfiniBand Cluster Bring-up
 * Procedure; DGX SuperPOD deployment guides): the out-of-band management network first, then the
 * management core, then the spine and leaf switches and the links between them, then the compute
 * fabric one scalable unit at a time. Waves 1-3 always keep their numbers; SU n is wave 3 + n.
 */
export const FIXED_WAVES: readonly Wave[] = [
  { wave: 1, name: 'Out-of-band management', su: null },
  { wave: 2, name: 'Management core (in-band management, storage)', su: null },
  { wave: 3, name: 'Spine and leaf', su: null },
];

export interface FabricRoles {
  role(deviceId: Id): DeviceRole;
  /** 1 leaf, 2 spine, 3 and up core; null outside the compute fabric. */
  tier(deviceId: Id): number | null;
  /** The scalable unit of a server or leaf. */
  su(deviceId: Id): ScalableUnit | null;
  sus: ScalableUnit[];
  /** Every wave of the hall: the fixed three, one per SU, and "Other" when some link fits none. */
  waves: Wave[];
  waveOf(link: Pick<PlanLink, 'id' | 'aPortId' | 'bPortId'>): number;
  /** The wave a device is powered on in (its role's wave), or null when it has no link. */
  powerWave(deviceId: Id): number | null;
  /** A server port the compute fabric uses. */
  isComputePort(portId: Id): boolean;
  isOobPort(portId: Id): boolean;
}

/** Management ports: BMC/IPMI names, switch management ports, 1 Gb/s RJ45. */
export function isOobPortName(p: Pick<Port, 'name' | 'formFactor' | 'speedGbps'>): boolean {
  return /^(bmc|ipmi|ilo|idrac|xcc|imm|oob|mgmt|management)/i.test(p.name) || /^ma\d+$/i.test(p.name) || (/rj-?45/i.test(p.formFactor) && p.speedGbps <= 1);
}

export function fabricRoles(plan: Pick<HallPlan, 'devices' | 'portsOf' | 'port' | 'device' | 'links'>, types: ReadonlyMap<Id, DeviceType>): FabricRoles {
  const typeOf = (d: Device) => types.get(d.typeId);
  const isServer = (id: Id) => typeOf(plan.device.get(id)!)?.role === 'server';
  const isSwitch = (id: Id) => typeOf(plan.device.get(id)!)?.role === 'switch';

  const oob = new Set<Id>();
  const compute = new Set<Id>();
  const nicNames = new Map<Id, Set<string>>();
  const mgmtNames = new Map<Id, Set<string>>();
  for (const d of plan.devices) {
    const ports = plan.portsOf.get(d.id) ?? [];
    const t = typeOf(d);
    let mgmt = t ? mgmtNames.get(t.id) : undefined;
    if (t && !mgmt) mgmtNames.set(t.id, (mgmt = new Set(t.ports.filter((p) => p.mgmtOnly).map((p) => p.name))));
    // a management port the type flags counts when it is a low-speed one (an in-band FNM port is not out-of-band)
    for (const p of ports) if (isOobPortName(p) || (mgmt?.has(p.name) && p.speedGbps <= 10)) oob.add(p.id);
    if (t?.role !== 'server') continue;
    let names = nicNames.get(t.id);
    if (!names) nicNames.set(t.id, (names = new Set(defaultNicPorts(t).map((p) => p.name))));
    for (const p of ports) if (names.has(p.name) && !oob.has(p.id)) compute.add(p.id);
  }

  const devOf = (portId: Id) => plan.port.get(portId)!.deviceId;
  // server compute port <-> switch: the switch is a leaf
  const leafServers = new Map<Id, Set<Id>>();
  const switchLinks = new Map<Id, Set<Id>>();
  for (const l of plan.links) {
    if (oob.has(l.aPortId) || oob.has(l.bPortId)) continue;
    const [a, b] = [devOf(l.aPortId), devOf(l.bPortId)];
    for (const [s, sp, w] of [[a, l.aPortId, b], [b, l.bPortId, a]] as const) {
      if (isServer(s) && compute.has(sp) && isSwitch(w)) {
        let set = leafServers.get(w);
        if (!set) leafServers.set(w, (set = new Set()));
        set.add(s);
      }
    }
    if (isSwitch(a) && isSwitch(b) && a !== b) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        let set = switchLinks.get(x);
        if (!set) switchLinks.set(x, (set = new Set()));
        set.add(y);
      }
    }
  }
  // tiers: breadth-first from the leaves over switch-to-switch links
  const tier = new Map<Id, number>();
  let frontier = [...leafServers.keys()];
  for (const id of frontier) tier.set(id, 1);
  for (let t = 2; frontier.length; t++) {
    const next: Id[] = [];
    for (const id of frontier) {
      for (const n of switchLinks.get(id) ?? []) {
        if (tier.has(n)) continue;
        tier.set(n, t);
        next.push(n);
      }
    }
    frontier = next;
  }

  // scalable units: connected components of servers and leaves
  const parent = new Map<Id, Id>();
  const find = (x: Id): Id => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [leaf, servers] of leafServers) {
    if (!parent.has(leaf)) parent.set(leaf, leaf);
    for (const s of servers) {
      if (!parent.has(s)) parent.set(s, s);
      const [ra, rb] = [find(leaf), find(s)];
      if (ra !== rb) parent.set(ra, rb);
    }
  }
  const groups = new Map<Id, { servers: Device[]; leaves: Device[] }>();
  for (const d of plan.devices) {
    if (!parent.has(d.id)) continue;
    const r = find(d.id);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { servers: [], leaves: [] }));
    (isServer(d.id) ? g.servers : g.leaves).push(d);
  }
  // plan.devices is in natural order, so each group's lists are too
  const sorted = [...groups.values()].filter((g) => g.servers.length).sort((x, y) => (naturalKey(x.servers[0]!.name) < naturalKey(y.servers[0]!.name) ? -1 : 1));
  const width = String(sorted.length).length < 2 ? 2 : String(sorted.length).length;
  const sus: ScalableUnit[] = sorted.map((g, i) => ({ index: i + 1, name: `SU ${String(i + 1).padStart(width, '0')}`, ...g }));
  const suOf = new Map<Id, ScalableUnit>();
  for (const su of sus) for (const d of [...su.servers, ...su.leaves]) suOf.set(d.id, su);

  const otherWave = 4 + sus.length;
  const waveOf = (l: Pick<PlanLink, 'id' | 'aPortId' | 'bPortId'>): number => {
    if (oob.has(l.aPortId) || oob.has(l.bPortId)) return 1;
    const [a, b] = [devOf(l.aPortId), devOf(l.bPortId)];
    if (isSwitch(a) && isSwitch(b)) return tier.has(a) && tier.has(b) ? 3 : 2;
    for (const [s, sp, w] of [[a, l.aPortId, b], [b, l.bPortId, a]] as const) {
      if (!isServer(s)) continue;
      if (compute.has(sp) && tier.get(w) === 1) return 3 + suOf.get(s)!.index;
      if (isSwitch(w)) return 2;
    }
    return otherWave;
  };
  const waves: Wave[] = [...FIXED_WAVES, ...sus.map((su) => ({ wave: 3 + su.index, name: `Compute fabric ${su.name}`, su: su.index }))];
  const linkWaves = new Map<Id, number>();
  const firstWave = new Map<Id, number>();
  for (const l of plan.links) {
    const w = waveOf(l);
    linkWaves.set(l.id, w);
    for (const d of [devOf(l.aPortId), devOf(l.bPortId)]) firstWave.set(d, Math.min(firstWave.get(d) ?? w, w));
  }
  if ([...linkWaves.values()].includes(otherWave)) waves.push({ wave: otherWave, name: 'Other (patch panels and devices of no fabric role)', su: null });

  const role = (id: Id): DeviceRole => {
    const t = tier.get(id);
    if (t !== undefined) return t === 1 ? 'leaf' : t === 2 ? 'spine' : 'core';
    if (isServer(id)) return 'server';
    return isSwitch(id) ? 'switch' : 'other';
  };
  return {
    role,
    tier: (id) => tier.get(id) ?? null,
    su: (id) => suOf.get(id) ?? null,
    sus,
    waves,
    waveOf: (l) => linkWaves.get(l.id) ?? waveOf(l),
    powerWave(id) {
      if (tier.has(id)) return 3;
      const su = isServer(id) ? suOf.get(id) : undefined;
      return su ? 3 + su.index : (firstWave.get(id) ?? null);
    },
    isComputePort: (id) => compute.has(id),
    isOobPort: (id) => oob.has(id),
  };
}

/** Lower tier first: host, then leaf, spine, core; switches outside the compute fabric last. */
export function rank(roles: FabricRoles, deviceId: Id): number {
  const r = roles.role(deviceId);
  return r === 'server' ? 0 : (roles.tier(deviceId) ?? 9);
}

/** A link with the end of the lower tier as A (the host, else the leaf). */
export function oriented(plan: Pick<HallPlan, 'port'>, roles: FabricRoles, l: PlanLink): [Port, Port] {
  const a = plan.port.get(l.aPortId)!;
  const b = plan.port.get(l.bPortId)!;
  return rank(roles, b.deviceId) < rank(roles, a.deviceId) ? [b, a] : [a, b];
}
