// Structured cabling as the contractor exports read it (trunk schedule, panel map, jumper
// schedule, labels, BOM, NetBox): each cable's role, trunk assemblies, patch panels, where a front
// port's position goes across its trunk, and which links (core/routing/channel.ts) pass each
// panel port. Built once per export from the project's lookups; no per-row scans.
import type { Cable, Device, Id, Media, Port, Polarity } from '../model/entities.js';
import type { Channels, Link } from '../routing/channel.js';
import { channelsOf } from '../routing/links.js';
import { defaultPolarity } from '../routing/polarity.js';
import { roleOfEnds, type CableRole } from './cable-role.js';
import type { ProjectIndex } from './project-index.js';
import { naturalCompare as compareNatural } from './schedule.js';

/** A trunk as it is ordered: one cable, or the legs of one assembly (listed once). */
export interface TrunkAssembly {
  /** Leg 1 (or the only cable): label, media, polarity and status are its. */
  head: Cable;
  /** Every cable of the assembly, by leg. */
  legs: Cable[];
  /** The longest leg (its route is the schedule's route; each leg is made to its own length). */
  longest: Cable;
  /** Links whose channel passes any leg, complete and open. */
  links: Link[];
}

/** A link passing a panel's front port: the pass's index in the channel and which link end the front faces. */
export interface PassAt {
  link: Link;
  pass: number;
  /** True when the front port is on the link's a side (its jumper leads towards link.a). */
  frontTowardsA: boolean;
}

/** Where a front port's position leads across the trunk on its rear port. */
export interface Across {
  rear: Id;
  position: number;
  trunk: Cable | null;
  farRear: Id | null;
  farFront: Id | null;
}

/** The length a cable is bought at: fixed, else ordered; and routed. */
export const orderedMmOf = (c: Cable): number | null => c.lengthMm ?? c.orderedMm;

export class StructuredIndex {
  readonly channels: Channels;
  readonly cables = new Map<Id, Cable>();
  private readonly onPort = new Map<Id, Cable[]>();
  private passes: Map<Id, PassAt[]> | null = null;

  constructor(readonly index: ProjectIndex, channels?: Channels) {
    this.channels = channels ?? channelsOf(index.snap);
    for (const c of index.snap.cables) {
      this.cables.set(c.id, c);
      for (const p of [c.aPortId, c.bPortId]) {
        const list = this.onPort.get(p);
        if (list) list.push(c);
        else this.onPort.set(p, [c]);
      }
    }
  }

  kind(portId: Id): Port['kind'] | undefined {
    return this.index.ports.get(portId)?.kind;
  }

  role(c: Cable): CableRole {
    return roleOfEnds(this.kind(c.aPortId), this.kind(c.bPortId));
  }

  cablesOn(portId: Id): readonly Cable[] {
    return this.onPort.get(portId) ?? [];
  }

  media(c: Cable): Media | undefined {
    return c.mediaId ? this.index.media.get(c.mediaId) : undefined;
  }

  polarity(c: Cable): Polarity {
    return c.polarity ?? defaultPolarity(this.media(c) ?? null);
  }

  /** "device:port". */
  portName(portId: Id): string {
    const p = this.index.ports.get(portId);
    if (!p) return `port ${portId}`;
    return `${this.index.devices.get(p.deviceId)?.name ?? `device ${p.deviceId}`}:${p.name}`;
  }

  deviceOf(portId: Id): Device | undefined {
    const p = this.index.ports.get(portId);
    return p && this.index.devices.get(p.deviceId);
  }

  /** The trunk plugged into a rear port (a cable whose other end is a rear port too). */
  trunkOn(rearId: Id): Cable | null {
    for (const c of this.cablesOn(rearId)) if (this.role(c) === 'trunk') return c;
    return null;
  }

  /** A front port's rear port and position, the trunk there, and the far panel's rear and front port at that position. */
  across(frontId: Id): Across | null {
    const m = this.channels.frontMap(frontId);
    if (!m) return null;
    const trunk = this.trunkOn(m.rear);
    const farRear = trunk ? (trunk.aPortId === m.rear ? trunk.bPortId : trunk.aPortId) : null;
    const farFront = farRear === null ? null : this.channels.frontAt(farRear, m.position) || null;
    return { rear: m.rear, position: m.position, trunk, farRear, farFront };
  }

  /** Links through a front port, with the side it faces. */
  passesAt(frontId: Id): readonly PassAt[] {
    if (!this.passes) {
      this.passes = new Map();
      for (const link of this.channels.all()) {
        for (let i = 0, k = 0; k < link.panels.length; i++, k += 4) {
          const front = link.panels[k]!;
          // pass i sits between cables i and i + 1; the front faces a when cable i is plugged into it
          const before = this.cables.get(link.cables[i]!);
          const frontTowardsA = !!before && (before.aPortId === front || before.bPortId === front);
          const at = { link, pass: i, frontTowardsA };
          const list = this.passes.get(front);
          if (list) list.push(at);
          else this.passes.set(front, [at]);
        }
      }
    }
    return this.passes.get(frontId) ?? [];
  }

  /** Devices with front or rear ports (patch panels, cassette enclosures), by rack, U and name. */
  panels(inHall: (d: Device) => boolean = () => true): Device[] {
    const ids = new Set<Id>();
    for (const p of this.index.ports.values()) if (p.kind !== 'interface') ids.add(p.deviceId);
    return [...ids]
      .map((id) => this.index.devices.get(id))
      .filter((d): d is Device => !!d && inHall(d))
      .sort((x, y) => compareNatural(this.rackName(x), this.rackName(y)) || y.u - x.u || compareNatural(x.name, y.name));
  }

  rackName(d: Device): string {
    return this.index.racks.get(d.rackId)?.name ?? '';
  }

  /** A device's ports of one kind in natural name order. */
  portsOf(deviceId: Id, kind: Port['kind']): Port[] {
    let byDevice = this.portsByDevice;
    if (!byDevice) {
      byDevice = this.portsByDevice = new Map();
      for (const p of this.index.ports.values()) {
        const list = byDevice.get(p.deviceId);
        if (list) list.push(p);
        else byDevice.set(p.deviceId, [p]);
      }
    }
    return (byDevice.get(deviceId) ?? []).filter((p) => p.kind === kind).sort((x, y) => compareNatural(x.name, y.name));
  }
  private portsByDevice: Map<Id, Port[]> | null = null;

  /** Trunks between rear ports; the legs of one assembly form one trunk. */
  trunks(): TrunkAssembly[] {
    const byAssembly = new Map<string, Cable[]>();
    const out: Cable[][] = [];
    for (const c of this.index.snap.cables) {
      if (this.role(c) !== 'trunk') continue;
      if (c.assemblyId == null) out.push([c]);
      else {
        const legs = byAssembly.get(c.assemblyId);
        if (legs) legs.push(c);
        else {
          const list = [c];
          byAssembly.set(c.assemblyId, list);
          out.push(list);
        }
      }
    }
    return out.map((legs) => {
      legs.sort((x, y) => (x.leg ?? 1) - (y.leg ?? 1));
      const longest = legs.reduce((m, c) => ((orderedMmOf(c) ?? c.routedMm ?? -1) > (orderedMmOf(m) ?? m.routedMm ?? -1) ? c : m));
      const seen = new Set<number>();
      const links: Link[] = [];
      for (const c of legs) {
        for (const l of this.channels.through(c.id)) {
          if (seen.has(l.id)) continue;
          seen.add(l.id);
          links.push(l);
        }
      }
      return { head: legs[0]!, legs, longest, links };
    });
  }
}

/** Each end's connector of an assembly: "12 x MPO-12 APC" for a 144-fibre trunk, "MPO-16" and "2x MPO-12" for a harness. */
export function connectorEnds(m: Media | undefined): [string, string] {
  if (!m) return ['', ''];
  const apc = /\bAPC\b/i.test(m.connector) ? ' APC' : '';
  const a = m.assembly;
  if (a?.role === 'trunk' && a.legs > 1) return [`${a.legs} x ${m.formFactor}${apc}`, `${a.legs} x ${m.formFactor}${apc}`];
  const split = m.formFactor.split('->').map((s) => s.trim());
  if (split.length === 2) return [`${split[0]}${apc}`, `${split[1]}${apc}`];
  const legs = /(\d+)\s*x\s*(MPO-?\d+|LC)/i.exec(m.connector);
  const end = legs ? `${legs[1]} x ${legs[2]!.toUpperCase()}${apc}` : `${m.formFactor}${apc}`;
  return [end, end];
}
