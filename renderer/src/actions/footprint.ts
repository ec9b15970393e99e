// Client-side footprint checks for ghosts while dragging (the server still decides on drop).
import { rackRect, rectsOverlap, type Rect } from '../../../core/geometry/footprint.js';
import { snapToGrid } from '../../../core/geometry/grid.js';
import type { Hall, Id, Rack } from '../../../core/model/entities.js';
import type { Scene } from '../canvas/scene.js';

/** True when `rect` overlaps a rack not in `ignore` or a CDU other than `ignoreCdu`, or leaves the hall. */
export function footprintBlocked(scene: Scene, rect: Rect, ignore: ReadonlySet<Id>, ignoreCdu: Id | null = null): boolean {
  const h = scene.hall;
  if (h && (rect.x0 < 0 || rect.y0 < 0 || rect.x1 > h.widthMm || rect.y1 > h.depthMm)) return true;
  for (const i of scene.rackIndex.query(rect)) {
    const it = scene.racks[i]!;
    if (!ignore.has(it.rack.id) && rectsOverlap(rect, it.rect)) return true;
  }
  // (a rack cannot stand on an in-row CDU: db/edits.ts refuses it)
  return scene.cdus.some((c) => c.cdu.id !== ignoreCdu && rectsOverlap(rect, c.rect));
}

/** Centre that puts the footprint's corner on a tile corner, nearest to the wanted centre. */
export function snapCentre(
  r: Pick<Rack, 'widthMm' | 'depthMm' | 'rotationDeg'>,
  cx: number,
  cy: number,
  hall: Pick<Hall, 'tileMm'>,
): { xMm: number; yMm: number } {
  const rect = rackRect({ ...r, xMm: cx, yMm: cy });
  const w = rect.x1 - rect.x0, d = rect.y1 - rect.y0;
  return { xMm: Math.round(snapToGrid(rect.x0, hall.tileMm) + w / 2), yMm: Math.round(snapToGrid(rect.y0, hall.tileMm) + d / 2) };
}
