// Each rack's power load, kept current by the check session: what its devices draw (the one rule
// in core/model/power.ts) plus the transceivers and active cable ends plugged into them. Built
// for every rack in one pass when the session starts, then recomputed per rack after an edit.
import type { Id } from '../model/entities.js';
import { IdMap } from '../model/id-map.js';
import { deviceDrawW } from '../model/power.js';
import { isTwinPort, portShare } from '../routing/compat.js';
import { endElement, resolveLink, type LinkParts } from '../routing/link.js';
import type { CheckWorld, RackLoad } from './types.js';

const EMPTY: readonly Id[] = [];

/**
 * A load of 0 W whose watt fields hold doubles from the start: made with 0 (a small integer),
 * every rack's load changed shape at its first fractional watt (an optic's 0.1 W), which V8 does
 * by retiring the shape: code optimized on it was thrown away and each rack's object migrated,
 * in every process's first check (1,000 racks of the bench hall).
 */
function zeroLoad(): RackLoad {
  const l: RackLoad = { devicesW: 0.5, opticsW: 0.5, totalW: 0.5, unknown: [] };
  l.devicesW = 0;
  l.opticsW = 0;
  l.totalW = 0;
  return l;
}

/** The session's indexes the loads read. */
export interface LoadIndex {
  devicesInRack(rackId: Id): readonly Id[];
  portsOfDevice(deviceId: Id): readonly Id[] | undefined;
  /** The cable on a port (a number), the cables when several share it, or undefined. */
  cablesAtPort(portId: Id): Id | readonly Id[] | undefined;
}

export class RackLoads {
  /** By rack id (array-backed: looked up at both ends of every cable). */
  private loads: Map<Id, RackLoad> = new IdMap<RackLoad>();

  constructor(
    private readonly world: CheckWorld,
    private readonly index: LoadIndex,
  ) {}

  /** All racks' device loads in one pass (compute does one rack); cables then add their ends. */
  startDevices(): void {
    const w = this.world;
    for (const r of w.racks.values()) this.loads.set(r.id, zeroLoad());
    for (const d of w.devices.values()) {
      const l = this.loads.get(d.rackId);
      if (!l) continue;
      const p = deviceDrawW(w.types.get(d.typeId));
      if (p == null) l.unknown.push(d.name);
      l.devicesW += p ?? 0;
    }
  }

  /** While the session starts: one end of a cable plugged into a device of `rackId`. */
  addEnd(parts: LinkParts, end: 'a' | 'b', portId: Id, rackId: Id | null): void {
    // rackId is the rack the router found through this port's device, so the port exists; it is
    // read (a cache miss per cable end, ports come in cable order) only for a twin-port element,
    // the one case its speed changes the share, and an end drawing no power adds nothing
    const m = rackId == null ? null : endElement(parts, end);
    const w = m ? (m.powerW ?? 0) : 0;
    if (!m || w === 0) return;
    const l = this.loads.get(rackId!);
    if (!l) return;
    if (!isTwinPort(m.formFactor)) l.opticsW += w;
    else {
      const port = this.world.ports.get(portId);
      if (port) l.opticsW += w * portShare(m, port);
    }
  }

  /** After every cable's ends were added. */
  finishStart(): void {
    for (const l of this.loads.values()) l.totalW = l.devicesW + l.opticsW;
  }

  get(rackId: Id): RackLoad {
    let l = this.loads.get(rackId);
    if (!l) this.loads.set(rackId, (l = this.compute(rackId)));
    return l;
  }

  totalW(rackId: Id): number | undefined {
    return this.loads.get(rackId)?.totalW;
  }

  /**
   * Recomputes the racks whose devices, ports or cables an edit changed; marks their feeds (A and
   * B) when a load changed, and their CDUs (a CDU sums its racks' liquid load, which a device edit
   * can change with the same total).
   */
  recomputeAll(rackIds: Iterable<Id>, dirty: { feeds: Set<Id>; cdus: Set<Id> }): void {
    for (const id of rackIds) {
      const before = this.totalW(id);
      const l = this.recompute(id);
      const rack = this.world.racks.get(id);
      if (!l || !rack) continue;
      if (before !== l.totalW) for (const feed of [rack.feedId, rack.feedBId ?? null]) if (feed != null) dirty.feeds.add(feed);
      if (rack.cduId != null) dirty.cdus.add(rack.cduId);
    }
  }

  /** Recomputes a rack after an edit (forgets it when the rack is gone). */
  recompute(rackId: Id): RackLoad | null {
    if (!this.world.racks.has(rackId)) {
      this.loads.delete(rackId);
      return null;
    }
    const l = this.compute(rackId);
    this.loads.set(rackId, l);
    return l;
  }

  private compute(rackId: Id): RackLoad {
    const w = this.world;
    let devicesW = 0;
    let opticsW = 0;
    const unknown: string[] = [];
    for (const id of this.index.devicesInRack(rackId)) {
      const d = w.devices.get(id)!;
      const p = deviceDrawW(w.types.get(d.typeId));
      if (p == null) unknown.push(d.name);
      devicesW += p ?? 0;
      // A switch rack has thousands of ports: read the index directly rather than through
      // cablesOnPort, which wraps the usual single cable in a new array.
      for (const portId of this.index.portsOfDevice(id) ?? EMPTY) {
        const on = this.index.cablesAtPort(portId);
        if (on === undefined) continue;
        if (typeof on === 'number') opticsW = this.addPowerAtPort(opticsW, on, portId);
        else for (const cid of on) opticsW = this.addPowerAtPort(opticsW, cid, portId);
      }
    }
    return { devicesW, opticsW, totalW: devicesW + opticsW, unknown };
  }

  /** `sum` plus the power a cable draws at the given port (each of its ends plugged there). */
  private addPowerAtPort(sum: number, cableId: Id, portId: Id): number {
    const w = this.world;
    const c = w.cables.get(cableId)!;
    const parts = resolveLink(c, w.media);
    const port = w.ports.get(portId)!;
    let watts = sum;
    // a twin-port module serving two ports is counted half per port
    if (c.aPortId === portId) {
      const m = endElement(parts, 'a');
      if (m) watts += (m.powerW ?? 0) * portShare(m, port);
    }
    if (c.bPortId === portId) {
      const m = endElement(parts, 'b');
      if (m) watts += (m.powerW ?? 0) * portShare(m, port);
    }
    return watts;
  }
}
