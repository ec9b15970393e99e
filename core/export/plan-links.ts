// The links the fabric exports (ibnetdiscover, UFM, Slurm, bring-up) describe, per hall: the
// end-to-end links between active ports, what LLDP and ibnetdiscover see. A direct cable is one
// link; through patch panels a link is the channel jumper > panel > trunk > panel > jumper
// (core/routing/channel.ts), and its two ends are the switch and server ports, not the panels'.
import { ApiError } from '../model/errors.js';
import type { Cable, Device, Hall, Id, Port, ProjectSnapshot, Rack } from '../model/entities.js';
import type { Channels } from '../routing/channel.js';
import { channelsOf } from '../routing/links.js';
import { naturalKey } from './schedule.js';

export interface PlanLink {
  /** A direct cable's id; for a link through panels, a negative number unique in one plan. */
  id: Id;
  /** The cable's label; through panels, the labels of its cables from a to b joined by " > ". */
  label: string;
  aPortId: Id;
  bPortId: Id;
  /** The cable's media; through panels, that of the cable at the a end (the jumper). */
  mediaId: string | null;
  /** Cables from a to b: one for a direct cable. */
  cables: Id[];
  /** Panel passes, flat [front, rear, position, mated pairs] each (Link.panels); empty for a direct cable. */
  panels: number[];
}

type LinkCable = Pick<Cable, 'id' | 'label' | 'aPortId' | 'bPortId' | 'mediaId'> & Partial<Pick<Cable, 'assemblyId' | 'leg'>>;
/** What the links are read from: device types give the panels' maps where ports carry none. */
export type LinkSnapshot = Pick<ProjectSnapshot, 'ports' | 'devices'> & { cables: readonly LinkCable[]; deviceTypes?: ProjectSnapshot['deviceTypes'] };

/** Every complete device-to-device link of the plan; a channel that stops at an empty panel port is no link. */
export function planLinks(snap: LinkSnapshot, channels?: Channels): PlanLink[] {
  // without patch panels every cable is a link (and keeps its id)
  if (!channels && !snap.ports.some((p) => p.kind !== 'interface')) {
    return snap.cables.map((c) => ({ id: c.id, label: c.label, aPortId: c.aPortId, bPortId: c.bPortId, mediaId: c.mediaId, cables: [c.id], panels: [] }));
  }
  const ch = channels ?? channelsOf({ ports: snap.ports, devices: snap.devices, deviceTypes: snap.deviceTypes ?? [], cables: snap.cables as Cable[] });
  const byId = new Map(snap.cables.map((c) => [c.id, c]));
  const out: PlanLink[] = [];
  for (const l of ch.all()) {
    if (l.b === null) continue;
    const first = byId.get(l.cables[0]!);
    if (l.cables.length === 1 && first) {
      out.push({ id: first.id, label: first.label, aPortId: l.a, bPortId: l.b, mediaId: first.mediaId, cables: l.cables, panels: l.panels });
      continue;
    }
    out.push({
      id: -l.id,
      label: l.cables.map((id) => byId.get(id)?.label ?? String(id)).join(' > '),
      aPortId: l.a,
      bPortId: l.b,
      mediaId: first?.mediaId ?? null,
      cables: l.cables,
      panels: l.panels,
    });
  }
  return out;
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

type PlanSnapshot = Pick<ProjectSnapshot, 'halls' | 'racks'> & LinkSnapshot;

export function hallPlan(snap: PlanSnapshot, hallName: string | undefined): HallPlan {
  return planView(snap, pickHall(snap.halls, hallName));
}

/** The same view over every hall, or one; `links` when the caller has them already. */
export function planView(snap: Pick<PlanSnapshot, 'racks'> & LinkSnapshot, hall: Hall | null, all: readonly PlanLink[] = planLinks(snap)): HallPlan {
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
  for (const l of all) {
    const a = port.has(l.aPortId);
    const b = port.has(l.bPortId);
    if (a && b) links.push(l);
    else if (a || b) crossHall++;
  }
  return { hall, devices, portsOf, port, device, rack, links, crossHall };
}
