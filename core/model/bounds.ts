// Whether racks and trays stay inside their hall: one rule shared by the edit validation (which
// refuses an edit that would leave something outside) and the `bounds` check (which reports a
// file that already has something outside). Pure: footprints and points in mm.
import { rackRect, type Rect } from '../geometry/footprint.js';
import type { Hall, Rack, Tray } from './entities.js';
import { formatM } from './units.js';

type PlacedRack = Pick<Rack, 'xMm' | 'yMm' | 'widthMm' | 'depthMm' | 'rotationDeg'>;
type HallSize = Pick<Hall, 'widthMm' | 'depthMm'>;

/** Which edge a rectangle crosses, in words, or null when it lies inside the hall (edges may touch). */
export function rectOutside(r: Rect, hall: HallSize): string | null {
  if (r.x0 < 0) return `reaches x = ${formatM(r.x0)}, west of the hall's edge`;
  if (r.y0 < 0) return `reaches y = ${formatM(r.y0)}, north of the hall's edge`;
  if (r.x1 > hall.widthMm) return `reaches x = ${formatM(r.x1)}, beyond the hall's ${formatM(hall.widthMm)} width`;
  if (r.y1 > hall.depthMm) return `reaches y = ${formatM(r.y1)}, beyond the hall's ${formatM(hall.depthMm)} depth`;
  return null;
}

/** Why a rack's footprint is not inside its hall, or null. */
export function rackOutside(rack: PlacedRack, hall: HallSize): string | null {
  return rectOutside(rackRect(rack), hall);
}

/**
 * Why a tray's run is not inside its hall, or null. The centre line is what is checked: a tray
 * along a wall may hang half its width over the hall's edge line as drawn.
 */
export function trayOutside(tray: Pick<Tray, 'points'>, hall: HallSize): string | null {
  for (const [i, [x, y]] of tray.points.entries()) {
    const why = rectOutside({ x0: x, y0: y, x1: x, y1: y }, hall);
    if (why) return `point ${i + 1} ${why}`;
  }
  return null;
}
