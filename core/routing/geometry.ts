// Plane geometry for tray polylines: nearest points and segment crossings. Coordinates are
// millimetres on the hall floor.
import { segmentT } from '../geometry/segment.js';

export type Pt = readonly [number, number];

export function dist(a: Pt, b: Pt): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Parameter t in [0, 1] of the point of segment ab nearest to p. */
export function projectT(p: Pt, a: Pt, b: Pt): number {
  return projectXY(p[0], p[1], a, b);
}

function projectXY(x: number, y: number, a: Pt, b: Pt): number {
  return segmentT(x, y, a[0], a[1], b[0], b[1]);
}

export function lerp(a: Pt, b: Pt, t: number): [number, number] {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export interface PolylinePoint {
  seg: number;
  t: number;
  point: [number, number];
  /** Distance from the query point. */
  d: number;
}

/** The point of a polyline nearest to p. */
export function nearestOnPolyline(p: Pt, points: readonly Pt[]): PolylinePoint {
  return nearestOnPolylineXY(p[0], p[1], points);
}

/** nearestOnPolyline of the point (x, y): a rack's drop search asks with its plan centre, and a
 * pair made for it was of one array kind in one check session and of another in the next (the
 * drop search's optimized code was thrown away and compiled again). */
export function nearestOnPolylineXY(x: number, y: number, points: readonly Pt[]): PolylinePoint {
  // The best so far in numbers, one literal at the end: run once per rack and tray (too few
  // calls to pay for their compiling), a literal and a point per segment were most of its work.
  // (the same arithmetic as projectXY and lerp, so the same bits)
  let seg = 0;
  let bt = 0;
  let bx = points[0]![0];
  let by = points[0]![1];
  let bd = Math.hypot(x - bx, y - by);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const t = projectXY(x, y, a, b);
    const qx = a[0] + (b[0] - a[0]) * t;
    const qy = a[1] + (b[1] - a[1]) * t;
    const d = Math.hypot(x - qx, y - qy);
    if (d < bd) {
      seg = i;
      bt = t;
      bx = qx;
      by = qy;
      bd = d;
    }
  }
  return { seg, t: bt, point: [bx, by], d: bd };
}

/** Parameters (t on ab, u on cd) where two segments cross or touch, or null. */
export function segmentIntersection(a: Pt, b: Pt, c: Pt, d: Pt): { t: number; u: number } | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (den === 0) return null; // parallel: collinear overlaps are joined by the endpoint rule
  const qx = c[0] - a[0];
  const qy = c[1] - a[1];
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  const eps = 1e-9;
  if (t < -eps || t > 1 + eps || u < -eps || u > 1 + eps) return null;
  return { t: Math.min(1, Math.max(0, t)), u: Math.min(1, Math.max(0, u)) };
}
