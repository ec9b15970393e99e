// Where a point projects onto a straight segment: one formula for the router's drop points
// (core/routing/geometry.ts) and the floor plan's drawn drops and junctions (floor-marks.ts), so
// a rack's cables are measured from the spot the plan draws.

/** The parameter, clamped to 0..1, of the point of segment (x0, y0)-(x1, y1) nearest (px, py);
 * 0 for a segment of no length. */
export function segmentT(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
}
