// Rack footprints on the floor. A rack at 90 or 270 degrees swaps its width and depth; racks are
// always axis-aligned, so footprints are rectangles and overlap is an interval test.
import type { Cdu, Rack } from '../model/entities.js';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Placed = Pick<Rack, 'xMm' | 'yMm' | 'widthMm' | 'depthMm' | 'rotationDeg'>;

export function rackRect(r: Placed): Rect {
  const swap = r.rotationDeg === 90 || r.rotationDeg === 270;
  const w = swap ? r.depthMm : r.widthMm;
  const d = swap ? r.widthMm : r.depthMm;
  return { x0: r.xMm - w / 2, y0: r.yMm - d / 2, x1: r.xMm + w / 2, y1: r.yMm + d / 2 };
}

/** The default unit's footprint, mm (CoolIT CHx2000: core/fabric/cdus.ts DEFAULT_CDU, with its source). */
export const CDU_FOOTPRINT_MM = { widthMm: 750, depthMm: 1200 } as const;

/** An in-row CDU's footprint, as a rack's; null for one with no place on the floor (or in a rack). */
export function cduRect(c: Cdu): Rect | null {
  if (c.placement !== 'in-row' || c.xMm == null || c.yMm == null) return null;
  return rackRect({ xMm: c.xMm, yMm: c.yMm, widthMm: c.widthMm ?? CDU_FOOTPRINT_MM.widthMm, depthMm: c.depthMm ?? CDU_FOOTPRINT_MM.depthMm, rotationDeg: c.rotationDeg ?? 0 });
}

/** True when the rectangles share area; touching edges do not count (racks stand side by side). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Racks (by id) whose footprints overlap another's in the same hall. */
export function overlappingRacks(racks: readonly Rack[]): [Rack, Rack][] {
  const sorted = [...racks].sort((a, b) => rackRect(a).x0 - rackRect(b).x0);
  const rects = sorted.map(rackRect);
  const out: [Rack, Rack][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && rects[j]!.x0 < rects[i]!.x1; j++) {
      if (sorted[i]!.hallId === sorted[j]!.hallId && rectsOverlap(rects[i]!, rects[j]!)) out.push([sorted[i]!, sorted[j]!]);
    }
  }
  return out;
}
