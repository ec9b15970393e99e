// Ghost footprints shared by the select and place tools.
import type { Rect } from '../../../core/geometry/footprint.js';
import type { View } from '../canvas/draw.js';
import { C } from '../canvas/colors.js';

export function drawGhosts(ctx: CanvasRenderingContext2D, v: View, rects: Rect[], blocked: boolean): void {
  const s = v.cam.scale;
  ctx.beginPath();
  for (const r of rects) ctx.rect(r.x0 * s + v.cam.x, r.y0 * s + v.cam.y, (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
  ctx.fillStyle = blocked ? C.ghostBad : C.ghost;
  ctx.fill();
  ctx.lineWidth = blocked ? 2 : 1.5;
  ctx.setLineDash(blocked ? [] : [5, 3]);
  ctx.strokeStyle = blocked ? C.ghostBadEdge : C.select;
  ctx.stroke();
  ctx.setLineDash([]);
}
