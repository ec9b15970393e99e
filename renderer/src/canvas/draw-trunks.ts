// Trunks in the trays, over the cables drawTrays has laid: where strands are drawn, a trunk's strand
// is redrawn thicker in the trunk colour at its own place across the tray (so a click there still
// picks it, hit-cables.ts); where the segment is a bundle, a dashed trunk-coloured line runs along
// the bundle's middle. One path per style, like the rest of the plan.
import { C } from './colors.js';
import type { View } from './draw.js';
import { across } from './hit-cables.js';
import { traceStrand } from './strand-spans.js';
import type { Scene } from './scene.js';

export const TRUNK_STRAND_PX = 3;

/** Returns how many trunk strands and bundle stripes were drawn. */
export function drawTrunks(ctx: CanvasRenderingContext2D, scene: Scene, v: View, strands: readonly number[], bundles: readonly number[]): number {
  if (scene.trunks.size === 0) return 0;
  const s = v.cam.scale, X = (x: number) => x * s + v.cam.x, Y = (y: number) => y * s + v.cam.y;
  let n = 0;
  ctx.beginPath();
  for (const i of strands) {
    const g = scene.segs[i]!;
    const { nx, ny } = across(g);
    const k = g.cables.length;
    const sp = scene.spans.of(i);
    for (let j = 0; j < k; j++) {
      if (!scene.trunks.has(g.cables[j]!)) continue;
      // (its own stretch of the segment, as drawTrays draws the strand)
      traceStrand(ctx, g, nx, ny, j, k, sp, X, Y);
      n++;
    }
  }
  ctx.lineWidth = TRUNK_STRAND_PX;
  ctx.strokeStyle = C.trunk;
  ctx.stroke();
  ctx.beginPath();
  for (const i of bundles) {
    const g = scene.segs[i]!;
    if (!g.cables.some((id) => scene.trunks.has(id))) continue;
    ctx.moveTo(X(g.x0), Y(g.y0));
    ctx.lineTo(X(g.x1), Y(g.y1));
    n++;
  }
  ctx.setLineDash([8, 5]);
  ctx.stroke();
  ctx.setLineDash([]);
  return n;
}
