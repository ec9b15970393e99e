// U occupancy inside a rack. A full-depth device takes its U on both faces; a half-depth one only
// on the face it is mounted on.
import type { Device, DeviceType, Face } from './entities.js';

export interface USlot {
  deviceId: number;
  /** Lowest and highest U occupied, inclusive. */
  lo: number;
  hi: number;
  faces: Face[];
}

export function slotOf(device: Pick<Device, 'id' | 'u' | 'face'>, type: Pick<DeviceType, 'uHeight' | 'isFullDepth'>): USlot {
  // Zero-U devices (vertical PDUs, cable managers) mount beside the rails and take no U.
  if (type.uHeight <= 0) return { deviceId: device.id, lo: device.u, hi: device.u, faces: [] };
  const h = Math.ceil(type.uHeight);
  return {
    deviceId: device.id,
    lo: device.u,
    hi: device.u + h - 1,
    faces: type.isFullDepth ? ['front', 'rear'] : [device.face],
  };
}

export type USpaceProblem =
  | { kind: 'overflow'; deviceId: number; hi: number; heightU: number }
  | { kind: 'overlap'; deviceId: number; otherId: number; u: number };

/**
 * Devices beyond the rack's height or sharing a U on the same face. Each device that overlaps an
 * earlier one (by lowest U) is reported once, with the one reaching highest on that face: a
 * sweep, so 50,000 devices piled into one rack give 50,000 problems in O(n log n), not every pair.
 */
export function uSpaceProblems(heightU: number, slots: readonly USlot[]): USpaceProblem[] {
  const out: USpaceProblem[] = [];
  for (const s of slots) if (s.lo < 1 || s.hi > heightU) out.push({ kind: 'overflow', deviceId: s.deviceId, hi: s.hi, heightU });
  const sorted = [...slots].sort((a, b) => a.lo - b.lo);
  // Per face, the slot seen so far that reaches highest.
  const reach = new Map<Face, USlot>();
  for (const b of sorted) {
    // (a loop, not a list of each face's slot searched: the list was of one array kind for some
    // racks and of another for others, and the rule's optimized code was dropped and made again)
    let hit: USlot | undefined;
    for (const f of b.faces) {
      const a = reach.get(f);
      if (a !== undefined && a.hi >= b.lo) {
        hit = a;
        break;
      }
    }
    if (hit) out.push({ kind: 'overlap', deviceId: b.deviceId, otherId: hit.deviceId, u: b.lo });
    for (const f of b.faces) if (!reach.has(f) || reach.get(f)!.hi < b.hi) reach.set(f, b);
  }
  return out;
}

/** Whether `a` and `b` share a U on a face they both occupy. */
function overlaps(a: USlot, b: USlot): boolean {
  return a.lo <= b.hi && b.lo <= a.hi && a.faces.some((f) => b.faces.includes(f));
}

/**
 * The lowest U at which `type` fits on `face` of a rack of `heightU` holding `slots` (from
 * slotOf), without overflowing or overlapping anything; null when no run of free U is tall enough.
 */
export function lowestFreeU(heightU: number, slots: readonly USlot[], type: Pick<DeviceType, 'uHeight' | 'isFullDepth'>, face: Face): number | null {
  const h = Math.max(1, Math.ceil(type.uHeight));
  for (let u = 1; u + h - 1 <= heightU; u++) {
    const candidate = slotOf({ id: -1, u, face }, type);
    if (candidate.lo >= 1 && candidate.hi <= heightU && !slots.some((s) => overlaps(s, candidate))) return u;
  }
  return null;
}
