// Names on the floor plan: racks and rows, drawn after the trays so nothing covers them, with a
// level of detail: each rack's name where it reads, else the rows name their first and last rack.
import { C } from './colors.js';
import type { View } from './draw.js';
import { LabelSpace } from './label-space.js';
import { frontDir } from './orientation.js';
import type { Scene } from './scene.js';

const sx = (v: View, x: number) => x * v.cam.scale + v.cam.x;
const sy = (v: View, y: number) => y * v.cam.scale + v.cam.y;

/** Below this short side (px) a rack's own name is not drawn; its row says which racks it holds. */
export const RACK_NAME_MIN_PX = 22;

/**
 * Rack names, drawn last so trays overhead do not hide them, at a size that reads (8-13 px). The
 * name sits in the rack's front half, clear of the drop point at its centre; where it does not
 * fit there it is left out (level of detail: zoomed out, the rows name their first and last rack).
 */
export function drawRackLabels(ctx: CanvasRenderingContext2D, scene: Scene, v: View, visRacks: number[]): number {
  const s = v.cam.scale;
  const minSide = 600 * s;
  if (minSide < RACK_NAME_MIN_PX) return 0;
  let drawn = 0;
  const size = Math.min(13, Math.max(8, minSide / 4.2));
  ctx.font = `600 ${size.toFixed(1)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const dropR = Math.max(2, Math.min(4, 100 * s)) + 2;
  for (const i of visRacks) {
    const it = scene.racks[i]!;
    const r = it.rect;
    const w = (r.x1 - r.x0) * s, h = (r.y1 - r.y0) * s;
    const f = frontDir(it.rack.rotationDeg);
    const tw = ctx.measureText(it.rack.name).width;
    // Along the rack's depth (the axis its front looks along), between the drop clearance and the front edge.
    const depthPx = f.dy !== 0 ? h : w;
    const acrossPx = f.dy !== 0 ? w : h;
    const horizontal = tw <= acrossPx - 4; // reads across the rack when it fits, else along its depth
    const extent = horizontal ? size + 2 : tw + 4;
    const room = depthPx / 2 - dropR - 2;
    if (extent > room || (!horizontal && size + 2 > acrossPx)) continue;
    const offset = dropR + 1 + extent / 2 + Math.max(0, (room - extent) / 2);
    const cx = sx(v, (r.x0 + r.x1) / 2) + f.dx * offset, cy = sy(v, (r.y0 + r.y1) / 2) + f.dy * offset;
    // Text along x when it reads across a rack facing ±y, or along the depth of a rack facing ±x.
    const alongX = horizontal === (f.dy !== 0);
    ctx.fillStyle = 'rgba(255,255,255,0.8)';
    if (alongX) ctx.fillRect(cx - tw / 2 - 2, cy - size / 2 - 1, tw + 4, size + 2);
    else ctx.fillRect(cx - size / 2 - 1, cy - tw / 2 - 2, size + 2, tw + 4);
    ctx.fillStyle = C.rackText;
    if (alongX) ctx.fillText(it.rack.name, cx, cy);
    else {
      ctx.save();
      ctx.translate(cx, cy);
      ctx.rotate(-Math.PI / 2);
      ctx.fillText(it.rack.name, 0, 0);
      ctx.restore();
    }
    drawn++;
  }
  return drawn;
}

export interface RowName {
  text: string;
  x: number;
  y: number;
  w: number;
  color: string;
}

/**
 * Where row and pod names go (above their outlines; zoomed out, where racks are too small to carry
 * their names, a row also says its first and last rack), leaving out any that would overlap one
 * before it. Their boxes are taken in `space`, so the cable counts drawn next keep clear of them.
 */
export function layoutRowNames(ctx: CanvasRenderingContext2D, scene: Scene, v: View, space: LabelSpace): RowName[] {
  const out: RowName[] = [];
  if (!scene.rowBoxes.length) return out;
  const s = v.cam.scale;
  const pad = Math.max(3, 150 * s);
  const small = 600 * s < RACK_NAME_MIN_PX;
  ctx.font = ROW_FONT;
  for (const b of scene.rowBoxes) {
    const r = b.rect;
    if (r.x1 < v.vis.x0 || r.x0 > v.vis.x1 || r.y1 < v.vis.y0 || r.y0 > v.vis.y1) continue;
    if ((r.x1 - r.x0) * s <= 40) continue;
    const text = small && b.first !== b.last ? `${b.name} · ${b.first}–${b.last}` : b.name;
    const x = sx(v, r.x0) - pad, y = sy(v, r.y0) - pad - 1;
    const w = ctx.measureText(text).width;
    if (!space.free(x - 1, y - 12, x + w + 1, y)) continue;
    space.take(x - 3, y - 14, x + w + 3, y + 2);
    out.push({ text, x, y, w, color: b.kind === 'pod' ? '#7c3aed' : '#475569' });
  }
  return out;
}

const ROW_FONT = '600 11px system-ui, sans-serif';

/** Draws the row names laid out by layoutRowNames, last, so no tray or count covers them. */
export function drawRowNames(ctx: CanvasRenderingContext2D, names: readonly RowName[]): void {
  ctx.font = ROW_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  for (const n of names) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(n.x - 1, n.y - 12, n.w + 2, 12);
    ctx.fillStyle = n.color;
    ctx.fillText(n.text, n.x, n.y);
  }
}
