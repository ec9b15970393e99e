// What one hall holds, for the status bar and the Export panel (which speak of the hall on screen,
// not the whole project). Cables count when both ends are in the hall, as in its exports
// (core/export/hall-scope.ts).
import type { Id } from '../../../core/model/entities.js';
import { useDoc, type DocState } from './document.js';

export interface HallCounts {
  racks: number;
  trays: number;
  devices: number;
  cables: number;
}

let memo: { rev: number; hallId: Id | null; counts: HallCounts } | null = null;

export function hallCounts(doc: DocState, hallId: Id | null): HallCounts {
  if (memo && memo.rev === doc.rev && memo.hallId === hallId) return memo.counts;
  const racks = new Set<Id>();
  for (const r of doc.rack.values()) if (r.hallId === hallId) racks.add(r.id);
  let trays = 0;
  for (const t of doc.tray.values()) if (t.hallId === hallId) trays++;
  if (doc.detail === 'floor' && doc.floor) return (memo = { rev: doc.rev, hallId, counts: floorCounts(doc.floor, racks, trays, hallId) }).counts;
  const devices = new Set<Id>();
  for (const d of doc.device.values()) if (racks.has(d.rackId)) devices.add(d.id);
  const inHall = (portId: Id) => {
    const p = doc.port.get(portId);
    return !!p && devices.has(p.deviceId);
  };
  let cables = 0;
  for (const c of doc.cable.values()) if (inHall(c.aPortId) && inHall(c.bPortId)) cables++;
  const counts = { racks: racks.size, trays, devices: devices.size, cables };
  memo = { rev: doc.rev, hallId, counts };
  return counts;
}

export function useHallCounts(hallId: Id | null): HallCounts {
  useDoc((s) => s.rev);
  return hallCounts(useDoc.getState(), hallId);
}

/**
 * Floor-first (only what is drawn is in memory): devices from the per-rack type counts, cables
 * routed over the hall's trays plus those over no tray between two of its racks or inside one
 * (the same cables the whole model counts: both ends in the hall).
 */
function floorCounts(f: NonNullable<DocState['floor']>, racks: Set<Id>, trays: number, hallId: Id | null): HallCounts {
  let devices = 0;
  f.rackDevices.rackId.forEach((r, i) => {
    if (racks.has(r)) devices += f.rackDevices.count[i]!;
  });
  let cables = 0;
  f.routedByHall.hallId.forEach((h, i) => {
    if (h === hallId) cables += f.routedByHall.count[i]!;
  });
  f.unrouted.a.forEach((a, i) => {
    if (racks.has(a) && racks.has(f.unrouted.b[i]!)) cables += f.unrouted.count[i]!;
  });
  return { racks: racks.size, trays, devices, cables };
}
