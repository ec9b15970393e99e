// The plan's side of the audit: every cable of the project as two named ends, and an index of
// every device and port by normalised name to resolve what the sources report.
import type { Cable, Device, Id, Port, ProjectSnapshot } from '../model/entities.js';
import { normHost, normPort, portAliases } from './names.js';
import type { EndView } from './types.js';

export interface PlanIndex {
  /** Devices by normalised host name. */
  devices: Map<string, Device>;
  /** Ports by device id, then canonical port name. */
  ports: Map<Id, Map<string, Port>>;
  deviceById: Map<Id, Device>;
  portById: Map<Id, Port>;
}

export function indexPlan(s: Pick<ProjectSnapshot, 'devices' | 'ports'>): PlanIndex {
  const devices = new Map<string, Device>();
  const deviceById = new Map<Id, Device>();
  for (const d of s.devices) {
    devices.set(normHost(d.name), d);
    deviceById.set(d.id, d);
  }
  const ports = new Map<Id, Map<string, Port>>();
  const portById = new Map<Id, Port>();
  for (const p of s.ports) {
    let m = ports.get(p.deviceId);
    if (!m) ports.set(p.deviceId, (m = new Map()));
    m.set(normPort(p.name), p);
    portById.set(p.id, p);
  }
  return { devices, ports, deviceById, portById };
}

export interface Resolved {
  /** Normalised host and the canonical port name the plan uses for it (after aliases). */
  host: string;
  port: string;
  device: Device | null;
  portRec: Port | null;
}

/** Finds a reported end in the plan: exact canonical name first, then the aliases of names.ts. */
export function resolveEnd(idx: PlanIndex, host: string, port: string): Resolved {
  const h = normHost(host);
  const canon = normPort(port);
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
  const port = idx.portById.get(portId);
  const device = port ? idx.deviceById.get(port.deviceId) : undefined;
  return { host: device?.name ?? `?device`, port: port?.name ?? `?port ${portId}`, deviceId: device?.id ?? null, portId };
}

export function planEndKey(idx: PlanIndex, portId: Id): { key: string; host: string } {
  const port = idx.portById.get(portId);
  const device = port ? idx.deviceById.get(port.deviceId) : undefined;
  const host = device ? normHost(device.name) : `#${portId}`;
  return { key: `${host}\t${port ? normPort(port.name) : `#${portId}`}`, host };
}

export type PlannedCable = Pick<Cable, 'id' | 'label' | 'aPortId' | 'bPortId' | 'mediaId' | 'lengthMm' | 'routedMm' | 'orderedMm'>;
