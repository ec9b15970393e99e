// The parts of the scene that floor mode (store/detail.ts) takes from the floor payload's
// aggregates instead of the devices and cables, which are not in memory.
import { deviceDrawW } from '../../../core/model/power.js';
import type { Device, DeviceType, Id } from '../../../core/model/entities.js';
import type { FloorAggregates } from '../store/document.js';
import type { SegItem, UnroutedLink } from './scene.js';

export function floorCables(floor: FloorAggregates, segs: SegItem[], byTray: Map<Id, number[]>, rackPos: Map<Id, number>, hallId: Id | null) {
  for (const s of segs) {
    s.cables = [];
    s.count = 0;
  }
  const { trayId, seg, count } = floor.bundles;
  for (let i = 0; i < trayId.length; i++) {
    const idx = byTray.get(trayId[i]!)?.[seg[i]!];
    if (idx !== undefined) segs[idx]!.count += count[i]!;
  }
  const unrouted: UnroutedLink[] = [];
  const u = floor.unrouted;
  // (a = b: cables inside one rack, counted but not drawn)
  for (let i = 0; i < u.a.length; i++) if (u.a[i] !== u.b[i] && rackPos.has(u.a[i]!) && rackPos.has(u.b[i]!)) unrouted.push({ a: u.a[i]!, b: u.b[i]!, count: u.count[i]! });
  const h = floor.routedByHall.hallId.indexOf(hallId ?? -1);
  let max = 0;
  for (const s of segs) max = Math.max(max, s.count);
  return { unrouted, routed: h < 0 ? 0 : floor.routedByHall.count[h]!, max };
}


/** What each rack's devices draw and how many there are: from the payload's counts per type in floor mode. */
export function rackPower(floor: FloorAggregates | null, devices: Map<Id, Device>, types: Map<Id, DeviceType>): Map<Id, { w: number; n: number }> {
  const power = new Map<Id, { w: number; n: number }>();
  const add = (rackId: Id, typeId: Id, n: number) => {
    const p = power.get(rackId) ?? { w: 0, n: 0 };
    p.w += (deviceDrawW(types.get(typeId)) ?? 0) * n;
    p.n += n;
    power.set(rackId, p);
  };
  if (floor) {
    const { rackId, typeId, count } = floor.rackDevices;
    for (let i = 0; i < rackId.length; i++) add(rackId[i]!, typeId[i]!, count[i]!);
  } else for (const d of devices.values()) add(d.rackId, d.typeId, 1);
  return power;
}
