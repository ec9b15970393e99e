// In-row CDUs on the floor (they stand in the row as racks do: core/model/cdu.ts), in a coolant
// colour, named where there is room: footprints with the racks under the overhead trays, names
// with the racks' above them. A hall has a few dozen at most.
import { cduRect, type Rect } from '../../../core/geometry/footprint.js';
import type { Cdu, Id } from '../../../core/model/entities.js';
import type { View } from './draw.js';
import { C } from './colors.js';
import type { LabelSpace } from './label-space.js';

export interface CduItem {
  cdu: Cdu;
  rect: Rect;
}

/** The hall's CDUs that stand on the floor. */
export function hallCdus(cdus: ReadonlyMap<Id, Cdu>, hallId: Id | null): CduItem[] {
  const out: CduItem[] = [];
  for (const cdu of cdus.values()) {
    if (cdu.hallId !== hallId) continue;
    const rect = cduRect(cdu);
    if (rect) out.push({ cdu, rect });
  }
  return out;
}

const visible = (items: readonly CduItem[], v: View) => items.filter(({ rect: r }) => !(r.x1 < v.vis.x0 || r.x0 > v.vis.x1 || r.y1 < v.vis.y0 || r.y0 > v.vis.y1));

/** Their footprints, with the racks (under the trays). */
export function drawCdus(ctx: CanvasRenderingContext2D, items: readonly CduItem[], v: View): void {
  const s = v.cam.scale;
  const vis = visible(items, v);
  if (!vis.length) return;
  ctx.beginPath();
  for (const { rect: r } of vis) ctx.rect(r.x0 * s + v.cam.x, r.y0 * s + v.cam.y, (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
  ctx.fillStyle = C.cdu;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = C.cduEdge;
  ctx.stroke();
}

interface NameAt {
  cdu: Cdu;
  /** Centre on screen, font size, whether it runs up the footprint's long side, half its length. */
  cx: number;
  cy: number;
  px: number;
  vertical: boolean;
  half: number;
}

/** Where each visible CDU's name goes: along the long side, where about 40 px of footprint leave room. */
function namesAt(ctx: CanvasRenderingContext2D, items: readonly CduItem[], v: View): NameAt[] {
  const s = v.cam.scale;
  const out: NameAt[] = [];
  for (const { cdu, rect: r } of visible(items, v)) {
    const w = (r.x1 - r.x0) * s, h = (r.y1 - r.y0) * s;
    if (Math.max(w, h) < 40) continue;
    const px = Math.max(9, Math.min(13, Math.min(w, h) * 0.35));
    ctx.font = `600 ${px}px system-ui, sans-serif`;
    const half = ctx.measureText(cdu.name).width / 2;
    out.push({ cdu, cx: (r.x0 + r.x1) / 2 * s + v.cam.x, cy: (r.y0 + r.y1) / 2 * s + v.cam.y, px, vertical: h > w, half });
  }
  return out;
}

/** Marks the names' boxes taken, so no tray count is placed over a CDU's name (a row's tray runs
 * on past its last rack, over the CDUs at its end). */
export function reserveCduNames(ctx: CanvasRenderingContext2D, items: readonly CduItem[], v: View, space: LabelSpace): LabelSpace {
  for (const n of namesAt(ctx, items, v)) {
    const a = n.half + 2, b = n.px / 2 + 2;
    if (n.vertical) space.take(n.cx - b, n.cy - a, n.cx + b, n.cy + a);
    else space.take(n.cx - a, n.cy - b, n.cx + a, n.cy + b);
  }
  return space;
}

/** Their names, with the racks' (over the trays). */
export function drawCduNames(ctx: CanvasRenderingContext2D, items: readonly CduItem[], v: View): void {
  const names = namesAt(ctx, items, v);
  ctx.fillStyle = C.cduEdge;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const n of names) {
    ctx.font = `600 ${n.px}px system-ui, sans-serif`;
    ctx.save();
    ctx.translate(n.cx, n.cy);
    if (n.vertical) ctx.rotate(-Math.PI / 2);
    ctx.fillText(n.cdu.name, 0, 0);
    ctx.restore();
  }
}
