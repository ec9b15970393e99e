// The floor counts after a patch, worked out in the page when it knows every row the patch takes
// away or changes: deleting a selected rack (its devices, ports and cables were fetched when it
// was selected, routes and far ends included) or bringing it back by undo, or a cable drawn
// between ports the page fetched (the patch names the rows it created). Each touched device
// and cable takes its old contribution off (devices per rack and type, cables per tray segment,
// routed cables per hall, cables over no tray per rack pair, totals) and adds its new one. When a row
// the patch deletes or changes was never fetched, or a put row may or may not be new, the answer
// is null and the server is asked (project.floorCounts, ~0.3-1 s of server CPU at 32k GPUs).
import type { Patch } from '../../../core/model/edits.js';
import type { Cable, Device, Id, Port, Tray } from '../../../core/model/entities.js';
import { routeCounts, type FloorCounts } from '../../../core/model/floor.js';

interface Known {
  device: Map<Id, Device>;
  port: Map<Id, Port>;
  cable: Map<Id, Cable>;
  tray: Map<Id, Tray>;
}

/** Ids the server deleted in this session (floor mode): a later put of one brings a row back, it is not a change. */
export interface Gone {
  device: Set<Id>;
  port: Set<Id>;
  cable: Set<Id>;
}

class Tally {
  readonly m = new Map<string, number>();
  constructor(keys: string[], counts: number[]) {
    keys.forEach((k, i) => this.m.set(k, counts[i]!));
  }
  add(k: string, n: number): void {
    this.m.set(k, (this.m.get(k) ?? 0) + n);
  }
  /** Non-zero entries, keys split back into their number parts. */
  entries(): [number[], number][] {
    const out: [number[], number][] = [];
    for (const [k, n] of this.m) if (n !== 0) out.push([k.split(':').map(Number), n]);
    return out;
  }
}

export function countsAfter(floor: FloorCounts, patch: Patch, before: Known, gone: Gone): FloorCounts | null {
  // A tray changed in the same edit may change which hall a route counts for: the server knows.
  if (patch.put.tray?.length || patch.del.tray?.length) return null;
  const putDevice = new Map((patch.put.device ?? []).map((d) => [d.id, d]));
  const putPort = new Map((patch.put.port ?? []).map((p) => [p.id, p]));
  // The row as it was (null: did not exist: the server says the step created it, or this session
  // saw it deleted), or undefined when the page cannot tell.
  const created = { device: new Set(patch.created?.device), port: new Set(patch.created?.port), cable: new Set(patch.created?.cable) };
  const old = <T>(kind: keyof Gone, id: Id): T | null | undefined => {
    if (created[kind].has(id)) return null;
    const was = before[kind].get(id) as T | undefined;
    return was ?? (gone[kind].has(id) ? null : undefined);
  };
  const rackOfPort = (portId: Id, after: boolean): Id | undefined => {
    const p = (after && putPort.get(portId)) || before.port.get(portId);
    if (!p) return undefined;
    const d = (after && putDevice.get(p.deviceId)) || before.device.get(p.deviceId);
    return d?.rackId;
  };
  const rd = floor.rackDevices;
  const devices = new Tally(rd.rackId.map((r, i) => `${r}:${rd.typeId[i]}`), rd.count);
  const segs = new Tally(floor.bundles.trayId.map((t, i) => `${t}:${floor.bundles.seg[i]}`), floor.bundles.count);
  const halls = new Tally(floor.routedByHall.hallId.map(String), floor.routedByHall.count);
  const pairs = new Tally(floor.unrouted.a.map((a, i) => `${a}:${floor.unrouted.b[i]}`), floor.unrouted.count);
  const totals = { ...floor.counts };

  const device = (d: Device, sign: number) => devices.add(`${d.rackId}:${d.typeId}`, sign);
  /** False when a cable's ends cannot be placed in racks (an unrouted one's pair is unknown). */
  const cable = (c: Cable, sign: number, after: boolean): boolean => {
    if (c.route?.length) {
      routeCounts(c.route, (t) => before.tray.get(t)?.hallId, (key) => segs.add(key, sign), (h) => halls.add(String(h), sign));
      return true;
    }
    const a = rackOfPort(c.aPortId, after), b = rackOfPort(c.bPortId, after);
    if (a === undefined || b === undefined) return false;
    pairs.add(`${Math.min(a, b)}:${Math.max(a, b)}`, sign);
    return true;
  };

  for (const id of patch.del.device ?? []) {
    const d = old<Device>('device', id);
    if (d === undefined) return null;
    if (!d) continue;
    device(d, -1);
    totals.devices--;
  }
  for (const d of patch.put.device ?? []) {
    const was = old<Device>('device', d.id);
    if (was === undefined) return null;
    if (was) device(was, -1);
    else totals.devices++;
    device(d, +1);
  }
  for (const id of patch.del.port ?? []) {
    const p = old<Port>('port', id);
    if (p === undefined) return null;
    if (p) totals.ports--;
  }
  for (const p of patch.put.port ?? []) {
    const was = old<Port>('port', p.id);
    if (was === undefined) return null;
    if (!was) totals.ports++;
  }
  for (const id of patch.del.cable ?? []) {
    const c = old<Cable>('cable', id);
    if (c === undefined) return null;
    if (c && !cable(c, -1, false)) return null;
    if (c) totals.cables--;
  }
  for (const c of patch.put.cable ?? []) {
    const was = old<Cable>('cable', c.id);
    if (was === undefined) return null;
    if (was && !cable(was, -1, false)) return null;
    if (!was) totals.cables++;
    if (!cable(c, +1, true)) return null;
  }
  // A device that changed rack moves its unrouted cables between rack pairs: not followed here.
  for (const d of patch.put.device ?? []) {
    const was = before.device.get(d.id);
    if (was && was.rackId !== d.rackId) return null;
  }

  const ds = devices.entries(), ss = segs.entries(), hs = halls.entries(), ps = pairs.entries();
  return {
    rackDevices: { rackId: ds.map(([k]) => k[0]!), typeId: ds.map(([k]) => k[1]!), count: ds.map(([, n]) => n) },
    bundles: { trayId: ss.map(([k]) => k[0]!), seg: ss.map(([k]) => k[1]!), count: ss.map(([, n]) => n) },
    routedByHall: { hallId: hs.map(([k]) => k[0]!), count: hs.map(([, n]) => n) },
    unrouted: { a: ps.map(([k]) => k[0]!), b: ps.map(([k]) => k[1]!), count: ps.map(([, n]) => n) },
    counts: totals,
  };
}
