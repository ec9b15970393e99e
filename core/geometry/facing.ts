// Which way a rack faces on the floor plan. At 0 degrees the front faces +y (towards the bottom of
// the plan, the higher-numbered tile rows); each 90 degrees turns it clockwise on screen: 90 faces
// -x, 180 faces -y, 270 faces +x. Air enters at the front (cold aisle) and leaves at the rear (hot
// aisle).
import type { Rotation } from '../model/entities.js';
import type { Rect } from './footprint.js';

export function frontDir(rotationDeg: Rotation): { dx: number; dy: number } {
  switch (rotationDeg) {
    case 0:
      return { dx: 0, dy: 1 };
    case 90:
      return { dx: -1, dy: 0 };
    case 180:
      return { dx: 0, dy: -1 };
    case 270:
      return { dx: 1, dy: 0 };
  }
}

/** The strip of floor `depth` mm deep along one side of a footprint (dx, dy: the side's outward direction). */
export function stripBeside(r: Rect, dx: number, dy: number, depth: number): Rect {
  return dx > 0 ? { x0: r.x1, y0: r.y0, x1: r.x1 + depth, y1: r.y1 }
    : dx < 0 ? { x0: r.x0 - depth, y0: r.y0, x1: r.x0, y1: r.y1 }
    : dy > 0 ? { x0: r.x0, y0: r.y1, x1: r.x1, y1: r.y1 + depth }
    : { x0: r.x0, y0: r.y0 - depth, x1: r.x1, y1: r.y0 };
}

/** Gap from footprint r to footprint o in direction (dx, dy), and how much they overlap across it. */
export function gapAcross(r: Rect, o: Rect, dx: number, dy: number): { gap: number; lateral: number } {
  const lateral = dx !== 0 ? Math.min(o.y1, r.y1) - Math.max(o.y0, r.y0) : Math.min(o.x1, r.x1) - Math.max(o.x0, r.x0);
  const gap = dx > 0 ? o.x0 - r.x1 : dx < 0 ? r.x0 - o.x1 : dy > 0 ? o.y0 - r.y1 : r.y0 - o.y1;
  return { gap, lateral };
}
