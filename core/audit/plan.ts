// The plan's side of the audit: every end-to-end link of the project as two named ends (a direct
// cable, or a channel through patch panels: what LLDP and ibnetdiscover see), and an index of
// every device and port by normalised name to resolve what the sources report.
import { planLinks } from '../export/plan-links.js';
import type { Cable, Device, DeviceType, Id, Port, ProjectSnapshot } from '../model/entities.js';
import { normHost, normPort, portAliases } from './names.js';
import type { EndView } from './types.js';

export interface PlanIndex {
  /** Devices by normalised host name. */
  devices: Map<string, Device>;
  /** Ports by device id, then canonical port name. */
  ports: Map<Id, Map<string, Port>>;
  deviceById: Map<Id, Device>;
  /** Indexed by port id (ids are SQLite rowids: small, dense integers). */
  portById: Port[];
  /** The normalised name of every port's device, by port id. */
  portHost: string[];
}

export function indexPlan(s: Pick<ProjectSnapshot, 'devices' | 'ports'>): PlanIndex {
  const devices = new Map<string, Device>();
  const deviceById = new Map<Id, Device>();
  for (const d of s.devices) {
    devices.set(normHost(d.name), d);
    deviceById.set(d.id, d);
  }
  const ports = new Map<Id, Map<string, Port>>();
  const portById: Port[] = [];
  const portHost: string[] = [];
  const np = memo(normPort);
  const hostOf = new Map<Id, string>();
  for (const d of s.devices) hostOf.set(d.id, normHost(d.name));
  let m: Map<string, Port> | undefined;
  let lastDevice = -1;
  for (const p of s.ports) {
    // ports come grouped by device (ORDER BY id of a device's ports created together): skip the lookup
    if (p.deviceId !== lastDevice) {
      m = ports.get(p.deviceId);
      if (!m) ports.set(p.deviceId, (m = new Map()));
      lastDevice = p.deviceId;
    }
    m!.set(np(p.name), p);
    portById[p.id] = p;
    portHost[p.id] = hostOf.get(p.deviceId) ?? `#${p.deviceId}`;
  }
  return { devices, ports, deviceById, portById, portHost };
}

/** A function with its results remembered: host and port names repeat across thousands of links. */
export function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
}

/**
 * Resolution for many lookups: names normalised once per distinct spelling, and no allocation
 * when an end is a plan port (the common case).
 */
export interface Resolver {
  /** The plan port an end names (exact canonical name, then aliases), or null. */
  port(host: string, port: string): Port | null;
  /** Normalised host name. */
  host(host: string): string;
  /** Canonical port name. */
  canon(port: string): string;
  /** Everything about an end (for the few that end up in an item). */
  full(host: string, port: string): Resolved;
}

export function resolver(idx: PlanIndex): Resolver {
  const np = memo(normPort);
  const hosts = new Map<string, { h: string; ports: Map<string, Port> | undefined }>();
  const entry = (host: string) => {
    let e = hosts.get(host);
    if (!e) {
      const h = normHost(host);
      const device = idx.devices.get(h);
      hosts.set(host, (e = { h, ports: device ? idx.ports.get(device.id) : undefined }));
    }
    return e;
  };
  return {
    port(host, port) {
      const e = entry(host);
      if (!e.ports) return null;
      const canon = np(port);
      const exact = e.ports.get(canon);
      if (exact) return exact;
      for (const alias of portAliases(canon)) {
        const p = e.ports.get(alias);
        if (p) return p;
      }
      return null;
    },
    host: (host) => entry(host).h,
    canon: np,
    full: (host, port) => resolveEnd(idx, host, port),
  };
}

export interface Resolved {
  /** Normalised host and the canonical port name the plan uses for it (after aliases). */
  host: string;
  port: string;
  device: Device | null;
  portRec: Port | null;
}

/** Finds a reported end in the plan: exact canonical name first, then the aliases of names.ts. */
export function resolveEnd(idx: PlanIndex, host: string, port: string, nh = normHost, np = normPort): Resolved {
  const h = nh(host);
  const canon = np(port);
  const device = idx.devices.get(h) ?? null;
  if (!device) return { host: h, port: canon, device: null, portRec: null };
  const ports = idx.ports.get(device.id);
  const exact = ports?.get(canon);
  if (exact) return { host: h, port: canon, device, portRec: exact };
  for (const alias of portAliases(canon)) {
    const p = ports?.get(alias);
    if (p) return { host: h, port: alias, device, portRec: p };
  }
  return { host: h, port: canon, device, portRec: null };
}

export function planEndView(idx: PlanIndex, portId: Id): EndView {
  const port = idx.portById[portId];
  const device = port ? idx.deviceById.get(port.deviceId) : undefined;
  return { host: device?.name ?? `?device`, port: port?.name ?? `?port ${portId}`, deviceId: device?.id ?? null, portId };
}


export type PlannedCable = Pick<Cable, 'id' | 'label' | 'aPortId' | 'bPortId' | 'mediaId' | 'lengthMm' | 'routedMm' | 'orderedMm'> &
  Partial<Pick<Cable, 'assemblyId' | 'leg'>> & {
    /** A link through patch panels: its cables from a to b and its panel passes, flat [front, rear, position, mated pairs]. */
    channel?: { cables: { id: Id; label: string }[]; panels: number[] };
  };

/**
 * What the audit compares with the sources: the plan's links. Without patch panels they are its
 * cables; through panels, one entry per link (jumper > panel > trunk > panel > jumper) between
 * the two active ports, carrying its channel. Media and length are not judged on a channel (a
 * source names one cable, the channel has several).
 */
export function plannedLinks(s: Pick<ProjectSnapshot, 'ports' | 'devices'> & { cables: PlannedCable[]; deviceTypes?: DeviceType[] }): PlannedCable[] {
  if (!s.ports.some((p) => p.kind !== 'interface')) return s.cables;
  const byId = new Map(s.cables.map((c) => [c.id, c]));
  return planLinks(s).map((l): PlannedCable => {
    const only = l.cables.length === 1 ? byId.get(l.cables[0]!) : undefined;
    if (only) return only;
    return {
      id: l.id,
      label: l.label,
      aPortId: l.aPortId,
      bPortId: l.bPortId,
      mediaId: null,
      lengthMm: null,
      routedMm: null,
      orderedMm: null,
      channel: { cables: l.cables.map((id) => ({ id, label: byId.get(id)?.label ?? String(id) })), panels: l.panels },
    };
  });
}

/** A channel's panel passes with names, for views and messages. */
export function passViews(idx: PlanIndex, panels: readonly number[]): { device: string; front: string; rear: string; position: number }[] {
  const out = [];
  for (let k = 0; k < panels.length; k += 4) {
    const front = idx.portById[panels[k]!];
    out.push({ device: front ? (idx.deviceById.get(front.deviceId)?.name ?? '?') : '?', front: front?.name ?? '?', rear: idx.portById[panels[k + 1]!]?.name ?? '?', position: panels[k + 2]! });
  }
  return out;
}
