// The links the fabric exports (ibnetdiscover, UFM, Slurm, bring-up) describe, per hall.
// Today a link is a planned cable between two device ports. When structured cabling lands
// (patch panels and trunks between the two devices) this becomes the end-to-end link list, and
// every export that reads its links through planLinks follows without change.
import { ApiError } from '../model/errors.js';
import type { Cable, Device, Hall, Id, Port, ProjectSnapshot, Rack } from '../model/entities.js';
import { naturalKey } from './schedule.js';

export interface PlanLink {
  id: Id;
  label: string;
  aPortId: Id;
  bPortId: Id;
  mediaId: string | null;
}

/** Every device-to-device link of the plan. */
type LinkCable = Pick<Cable, 'id' | 'label' | 'aPortId' | 'bPortId' | 'mediaId'>;

export function planLinks(snap: { cables: readonly LinkCable[] }): PlanLink[] {
  return snap.cables.map((c) => ({ id: c.id, label: c.label, aPortId: c.aPortId, bPortId: c.bPortId, mediaId: c.mediaId }));
}

/** The hall an export is for: the one named, or the only one. */
export function pickHall(halls: readonly Hall[], name: string | undefined): Hall {
  const list = halls.map((h) => h.name).join(', ') || 'none';
  if (name !== undefined) {
    const h = halls.find((x) => x.name === name);
    if (!h) throw new ApiError('bad-input', `options.hall: no hall named ${JSON.stringify(name)} (halls: ${list})`, 'options.hall');
    return h;
  }
  if (halls.length === 1) return halls[0]!;
  if (halls.length === 0) throw new ApiError('bad-input', 'the project has no hall', 'halls');
  throw new ApiError('bad-input', `the project has ${halls.length} halls: choose one with --hall (halls: ${list})`, 'options.hall');
}

/** One hall's (or the whole project's) devices, ports and the links between them, with lookups by id. */
export interface HallPlan {
  /** null: every hall of the project (the audit's wave filter). */
  hall: Hall | null;
  /** The hall's devices in natural name order (gpu2 before gpu10). */
  devices: Device[];
  /** Each device's ports in id order, which is their device type's order. */
  portsOf: Map<Id, Port[]>;
  port: Map<Id, Port>;
  device: Map<Id, Device>;
  rack: Map<Id, Rack>;
  links: PlanLink[];
  /** Links with one end in another hall: not in this hall's exports (counted for the notes). */
  crossHall: number;
}

type PlanSnapshot = Pick<ProjectSnapshot, 'halls' | 'racks' | 'devices' | 'ports' | 'cables'>;

export function hallPlan(snap: PlanSnapshot, hallName: string | undefined): HallPlan {
  return planView(snap, pickHall(snap.halls, hallName));
}

/** The same view over every hall, or one. */
export function planView(snap: Pick<PlanSnapshot, 'racks' | 'devices' | 'ports'> & { cables: readonly LinkCable[] }, hall: Hall | null): HallPlan {
  const rack = new Map(snap.racks.filter((r) => hall === null || r.hallId === hall.id).map((r) => [r.id, r]));
  const devices = hall === null ? [...snap.devices] : snap.devices.filter((d) => rack.has(d.rackId));
  const keys = new Map(devices.map((d) => [d.id, naturalKey(d.name)]));
  devices.sort((a, b) => (keys.get(a.id)! < keys.get(b.id)! ? -1 : 1));
  const device = new Map(devices.map((d) => [d.id, d]));
  const portsOf = new Map<Id, Port[]>();
  const port = new Map<Id, Port>();
  for (const p of snap.ports) {
    if (!device.has(p.deviceId)) continue;
    port.set(p.id, p);
    let list = portsOf.get(p.deviceId);
    if (!list) portsOf.set(p.deviceId, (list = []));
    list.push(p);
  }
  for (const list of portsOf.values()) list.sort((a, b) => a.id - b.id);
  const links: PlanLink[] = [];
  let crossHall = 0;
  for (const l of planLinks(snap)) {
    const a = port.has(l.aPortId);
    const b = port.has(l.bPortId);
    if (a && b) links.push(l);
    else if (a || b) crossHall++;
  }
  return { hall, devices, portsOf, port, device, rack, links, crossHall };
}
