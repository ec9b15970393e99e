// Floor-plan drawing in screen pixels, straight onto a 2D context (each called from one Konva
// Shape's sceneFunc). Only what the viewport shows is visited (grid-index queries), and
// everything of one style goes into one path, so a frame costs a few fill/stroke calls whatever the
// number of racks and cables.
import { columnLetters, rowNumber } from '../../../core/geometry/grid.js';
import type { Rect } from '../../../core/geometry/footprint.js';
import type { Camera } from '../store/ui.js';
import { C, bundleColor, rackFill } from './colors.js';
import { frontDir } from './orientation.js';
import type { Scene } from './scene.js';
import { LabelSpace } from './label-space.js';
import { across, BUNDLE_SHARE, STRAND_PX } from './hit-cables.js';
import { traceStrand } from './strand-spans.js';
import { drawTrunks } from './draw-trunks.js';

export interface View {
  cam: Camera;
  vis: Rect;
  width: number;
  height: number;
}

export interface DrawStats {
  racks: number;
  segs: number;
  strands: number;
  /** Trunk strands and bundle stripes drawn in the trunk colour. */
  trunks: number;
  drops: number;
  labels: number;
  /** Rack names drawn, and the row names (with their rack range when zoomed out). */
  rackNames: number;
  rowNames: string[];
  /** Milliseconds per part of the last draw, for the bench. */
  ms: Record<string, number>;
}

export const newStats = (): DrawStats => ({ racks: 0, segs: 0, strands: 0, trunks: 0, drops: 0, labels: 0, rackNames: 0, rowNames: [], ms: {} });

const sx = (v: View, x: number) => x * v.cam.scale + v.cam.x;
const sy = (v: View, y: number) => y * v.cam.scale + v.cam.y;

export function drawFloor(ctx: CanvasRenderingContext2D, scene: Scene, v: View): void {
  const hall = scene.hall;
  if (!hall) return;
  const s = v.cam.scale;
  const hx0 = sx(v, 0), hy0 = sy(v, 0), hx1 = sx(v, hall.widthMm), hy1 = sy(v, hall.depthMm);
  ctx.fillStyle = C.hall;
  ctx.fillRect(hx0, hy0, hx1 - hx0, hy1 - hy0);

  // Aisles.
  for (const kind of ['cold', 'hot'] as const) {
    ctx.beginPath();
    for (const a of scene.aisles) {
      if (a.kind !== kind) continue;
      const r = a.rect;
      if (r.x1 < v.vis.x0 || r.x0 > v.vis.x1 || r.y1 < v.vis.y0 || r.y0 > v.vis.y1) continue;
      ctx.rect(sx(v, r.x0), sy(v, r.y0), (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
    }
    ctx.fillStyle = kind === 'cold' ? C.cold : C.hot;
    ctx.fill();
  }

  // Tile grid: every tile when tiles are at least 6 px, else every 5th or 10th.
  const tilePx = hall.tileMm * s;
  const step = tilePx >= 6 ? 1 : tilePx * 5 >= 6 ? 5 : tilePx * 10 >= 6 ? 10 : 50;
  const cols = Math.ceil(hall.widthMm / hall.tileMm), rows = Math.ceil(hall.depthMm / hall.tileMm);
  const c0 = Math.max(0, Math.floor(v.vis.x0 / hall.tileMm)), c1 = Math.min(cols, Math.ceil(v.vis.x1 / hall.tileMm));
  const r0 = Math.max(0, Math.floor(v.vis.y0 / hall.tileMm)), r1 = Math.min(rows, Math.ceil(v.vis.y1 / hall.tileMm));
  ctx.beginPath();
  for (let c = c0 - (c0 % step); c <= c1; c += step) {
    const x = Math.round(sx(v, Math.min(c * hall.tileMm, hall.widthMm))) + 0.5;
    ctx.moveTo(x, Math.max(hy0, 0));
    ctx.lineTo(x, Math.min(hy1, v.height));
  }
  for (let r = r0 - (r0 % step); r <= r1; r += step) {
    const y = Math.round(sy(v, Math.min(r * hall.tileMm, hall.depthMm))) + 0.5;
    ctx.moveTo(Math.max(hx0, 0), y);
    ctx.lineTo(Math.min(hx1, v.width), y);
  }
  ctx.strokeStyle = step === 1 ? C.grid : C.gridMajor;
  ctx.lineWidth = 1;
  ctx.stroke();

  ctx.strokeStyle = C.hallEdge;
  ctx.lineWidth = 2;
  ctx.strokeRect(hx0, hy0, hx1 - hx0, hy1 - hy0);

  // Rows and pods: a dashed outline around their racks (named by drawRowNames, above the trays).
  if (scene.rowBoxes.length) {
    const pad = Math.max(3, 150 * s);
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1;
    for (const b of scene.rowBoxes) {
      const r = b.rect;
      if (r.x1 < v.vis.x0 || r.x0 > v.vis.x1 || r.y1 < v.vis.y0 || r.y0 > v.vis.y1) continue;
      ctx.strokeStyle = b.kind === 'pod' ? '#7c3aed' : '#64748b';
      ctx.strokeRect(sx(v, r.x0) - pad, sy(v, r.y0) - pad, (r.x1 - r.x0) * s + 2 * pad, (r.y1 - r.y0) * s + 2 * pad);
    }
    ctx.setLineDash([]);
  }

  // TIA-606 coordinates: letters along the top, numbers down the left, pinned inside the
  // viewport when the hall's edge has scrolled away.
  const labelEvery = Math.max(step, tilePx >= 22 ? 1 : tilePx * 2 >= 22 ? 2 : tilePx * 5 >= 22 ? 5 : 10);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = C.label;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const topY = Math.max(hy0 - 9, 9);
  const leftX = Math.max(hx0 - 14, 14);
  if (hy0 - 9 < 9) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(0, 0, v.width, 18);
    ctx.fillStyle = C.label;
  }
  for (let c = c0 - (c0 % labelEvery); c < c1; c += labelEvery) {
    if (c < 0) continue;
    const x = sx(v, (c + 0.5) * hall.tileMm);
    if (x > 28) ctx.fillText(columnLetters(c), x, topY);
  }
  if (hx0 - 14 < 14) {
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(0, 18, 28, v.height);
    ctx.fillStyle = C.label;
  }
  for (let r = r0 - (r0 % labelEvery); r < r1; r += labelEvery) {
    if (r < 0) continue;
    const y = sy(v, (r + 0.5) * hall.tileMm);
    if (y > 20) ctx.fillText(rowNumber(r), leftX, y);
  }
}

/** Tray runs, the cables in them (bundled with counts, or strand by strand when there is room), junctions. */
export interface CountLabel {
  x: number;
  y: number;
  w: number;
  text: string;
}

const COUNT_FONT = '600 11px system-ui, sans-serif';
/** The fonts of the plan's text at any zoom (grid coordinates; counts, row names), set up before the first draw (PlanCanvas.prime). */
export const PLAN_FONTS = ['11px system-ui, sans-serif', COUNT_FONT] as const;

/**
 * Trays and their cables; the bundle counts are placed into `counts` (taking their room in
 * `taken`) for drawCounts to draw once the drop points are on the plan.
 */
export function drawTrays(ctx: CanvasRenderingContext2D, scene: Scene, v: View, stats: DrawStats, visRacks: readonly number[] = [], taken = new LabelSpace(), counts: CountLabel[] = []): void {
  const s = v.cam.scale;
  const vis = scene.segIndex.query(v.vis);
  stats.segs = vis.length;
  if (vis.length === 0) return;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  // Tray bodies, grouped by width (few distinct widths).
  const byWidth = new Map<number, number[]>();
  for (const i of vis) {
    const w = scene.segs[i]!.widthMm;
    const l = byWidth.get(w);
    if (l) l.push(i);
    else byWidth.set(w, [i]);
  }
  for (const [w, list] of byWidth) {
    ctx.beginPath();
    for (const i of list) {
      const g = scene.segs[i]!;
      ctx.moveTo(sx(v, g.x0), sy(v, g.y0));
      ctx.lineTo(sx(v, g.x1), sy(v, g.y1));
    }
    ctx.lineWidth = Math.max(3, w * s);
    ctx.strokeStyle = C.tray;
    ctx.stroke();
  }

  // Cables: strand by strand where the tray is wide enough on screen for 2 px a cable, else a bundle.
  const strands: number[] = [];
  const bundles: number[] = [];
  for (const i of vis) {
    const g = scene.segs[i]!;
    if (g.count === 0) continue;
    if (g.widthMm * s >= g.count * STRAND_PX) strands.push(i);
    else bundles.push(i);
  }
  if (strands.length) {
    ctx.beginPath();
    let n = 0;
    const X = (x: number) => sx(v, x), Y = (y: number) => sy(v, y);
    for (const i of strands) {
      const g = scene.segs[i]!;
      const { nx, ny } = across(g);
      const k = g.count;
      // each strand from where its cable enters the segment to where it leaves (whole, floor first)
      const sp = scene.spans.of(i);
      for (let j = 0; j < k; j++) traceStrand(ctx, g, nx, ny, j, k, sp, X, Y);
      n += k;
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = C.cable;
    ctx.stroke();
    stats.strands = n;
  }
  if (bundles.length) {
    for (const i of bundles) {
      const g = scene.segs[i]!;
      ctx.beginPath();
      ctx.moveTo(sx(v, g.x0), sy(v, g.y0));
      ctx.lineTo(sx(v, g.x1), sy(v, g.y1));
      ctx.lineWidth = Math.max(2, g.widthMm * s * BUNDLE_SHARE);
      ctx.strokeStyle = bundleColor(g.count, scene.maxSegCables);
      ctx.stroke();
    }
    // Counts where the segment is long enough on screen to carry a label, placed (and drawn
    // later, by drawCounts, above the drop points and junctions) at the first place along it that
    // covers no marker and no other label; where markers line the whole tray, at the first place
    // clear of other labels, on top of the markers, so the number still reads whole.
    ctx.font = COUNT_FONT;
    const markers = markerSpace(scene, v, visRacks);
    for (const i of bundles) {
      const g = scene.segs[i]!;
      const len = Math.hypot(g.x1 - g.x0, g.y1 - g.y0) * s;
      if (len < 48) continue;
      const t = String(g.count);
      const w = ctx.measureText(t).width + 8;
      let at: [number, number] | null = null;
      for (const f of LABEL_AT) {
        const x = sx(v, g.x0 + (g.x1 - g.x0) * f), y = sy(v, g.y0 + (g.y1 - g.y0) * f);
        if (x < 0 || y < 0 || x > v.width || y > v.height) continue;
        if (!taken.free(x - w / 2, y - 8, x + w / 2, y + 8)) continue;
        if (markers.free(x - w / 2, y - 8, x + w / 2, y + 8)) {
          at = [x, y];
          break;
        }
        at ??= [x, y];
      }
      if (!at) continue;
      taken.take(at[0] - w / 2 - 2, at[1] - 10, at[0] + w / 2 + 2, at[1] + 10);
      counts.push({ x: at[0], y: at[1], w, text: t });
      stats.labels++;
    }
  }

  stats.trunks = drawTrunks(ctx, scene, v, strands, bundles);

  // Junctions.
  const r = Math.max(2.5, Math.min(6, 150 * s));
  ctx.beginPath();
  for (const j of scene.junctions) {
    if (j.x < v.vis.x0 || j.x > v.vis.x1 || j.y < v.vis.y0 || j.y > v.vis.y1) continue;
    const x = sx(v, j.x), y = sy(v, j.y);
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  }
  ctx.fillStyle = C.junction;
  ctx.fill();
}

/** Where along a segment a count may go, most wanted first. */
const LABEL_AT = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

/** Drop points and junctions on screen, which a count must not cover. */
function markerSpace(scene: Scene, v: View, visRacks: readonly number[]): LabelSpace {
  const space = new LabelSpace();
  const r = 6;
  for (const i of visRacks) {
    const d = scene.dropByRack.get(scene.racks[i]!.rack.id);
    if (d) space.take(sx(v, d.px) - r, sy(v, d.py) - r, sx(v, d.px) + r, sy(v, d.py) + r);
  }
  for (const j of scene.junctions) {
    if (j.x < v.vis.x0 || j.x > v.vis.x1 || j.y < v.vis.y0 || j.y > v.vis.y1) continue;
    space.take(sx(v, j.x) - r, sy(v, j.y) - r, sx(v, j.x) + r, sy(v, j.y) + r);
  }
  return space;
}

/** The bundle counts placed by drawTrays, over everything else on the trays. */
export function drawCounts(ctx: CanvasRenderingContext2D, counts: readonly CountLabel[]): void {
  ctx.font = COUNT_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const c of counts) {
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.fillRect(c.x - c.w / 2, c.y - 8, c.w, 16);
    ctx.fillStyle = '#115e59';
    ctx.fillText(c.text, c.x, c.y + 0.5);
  }
}

/** Drop points: from each visible rack to the point of its tray it drops into. */
export function drawDrops(ctx: CanvasRenderingContext2D, scene: Scene, v: View, visRacks: number[], stats: DrawStats): void {
  if (v.cam.scale < 0.008) return; // under 8 px/m the dots would be noise
  ctx.beginPath();
  let n = 0;
  for (const i of visRacks) {
    const d = scene.dropByRack.get(scene.racks[i]!.rack.id);
    if (!d) continue;
    ctx.moveTo(sx(v, d.x), sy(v, d.y));
    ctx.lineTo(sx(v, d.px), sy(v, d.py));
    n++;
  }
  ctx.setLineDash([3, 3]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = C.drop;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  const r = Math.max(2, Math.min(4, 100 * v.cam.scale));
  for (const i of visRacks) {
    const d = scene.dropByRack.get(scene.racks[i]!.rack.id);
    if (!d) continue;
    const x = sx(v, d.px), y = sy(v, d.py);
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  ctx.fillStyle = '#f59e0b';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#92400e';
  ctx.stroke();
  stats.drops = n;
}

/** Cables not routed yet, one line per rack pair with its count, for the racks in `of`. */
export function drawUnrouted(ctx: CanvasRenderingContext2D, scene: Scene, v: View, of: ReadonlySet<number>): void {
  if (scene.unrouted.length === 0 || of.size === 0) return;
  ctx.beginPath();
  const labels: [number, number, number][] = [];
  for (const l of scene.unrouted) {
    if (!of.has(l.a) && !of.has(l.b)) continue;
    const ia = scene.rackPos.get(l.a), ib = scene.rackPos.get(l.b);
    if (ia === undefined || ib === undefined) continue;
    const a = scene.racks[ia]!.rack, b = scene.racks[ib]!.rack;
    if (Math.max(a.xMm, b.xMm) < v.vis.x0 || Math.min(a.xMm, b.xMm) > v.vis.x1 || Math.max(a.yMm, b.yMm) < v.vis.y0 || Math.min(a.yMm, b.yMm) > v.vis.y1) continue;
    ctx.moveTo(sx(v, a.xMm), sy(v, a.yMm));
    ctx.lineTo(sx(v, b.xMm), sy(v, b.yMm));
    if (l.count > 1) labels.push([sx(v, (a.xMm + b.xMm) / 2), sy(v, (a.yMm + b.yMm) / 2), l.count]);
  }
  ctx.setLineDash([6, 4]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = C.unrouted;
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.fillStyle = '#5b21b6';
  ctx.textAlign = 'center';
  for (const [x, y, n] of labels.slice(0, 400)) ctx.fillText(`${n} unrouted`, x, y - 4);
}

/** Racks: one fill call per colour, one stroke for all outlines, one for the front edges, names. */
export function drawRacks(ctx: CanvasRenderingContext2D, scene: Scene, v: View, visRacks: number[], stats: DrawStats): void {
  const s = v.cam.scale;
  stats.racks = visRacks.length;
  const byFill = new Map<string, number[]>();
  for (const i of visRacks) {
    const f = rackFill(scene.racks[i]!);
    const l = byFill.get(f);
    if (l) l.push(i);
    else byFill.set(f, [i]);
  }
  for (const [fill, list] of byFill) {
    ctx.beginPath();
    for (const i of list) {
      const r = scene.racks[i]!.rect;
      ctx.rect(sx(v, r.x0), sy(v, r.y0), (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
    }
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.beginPath();
  for (const i of visRacks) {
    const r = scene.racks[i]!.rect;
    ctx.rect(sx(v, r.x0), sy(v, r.y0), (r.x1 - r.x0) * s, (r.y1 - r.y0) * s);
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = C.rackStroke;
  ctx.stroke();

  // The front edge, thicker, so orientation reads at a glance.
  if (s >= 0.01) {
    ctx.beginPath();
    for (const i of visRacks) {
      const it = scene.racks[i]!;
      const r = it.rect;
      const f = frontDir(it.rack.rotationDeg);
      const inset = Math.min(3, (r.x1 - r.x0) * s * 0.1);
      if (f.dy > 0) { ctx.moveTo(sx(v, r.x0), sy(v, r.y1) - inset); ctx.lineTo(sx(v, r.x1), sy(v, r.y1) - inset); }
      else if (f.dy < 0) { ctx.moveTo(sx(v, r.x0), sy(v, r.y0) + inset); ctx.lineTo(sx(v, r.x1), sy(v, r.y0) + inset); }
      else if (f.dx > 0) { ctx.moveTo(sx(v, r.x1) - inset, sy(v, r.y0)); ctx.lineTo(sx(v, r.x1) - inset, sy(v, r.y1)); }
      else { ctx.moveTo(sx(v, r.x0) + inset, sy(v, r.y0)); ctx.lineTo(sx(v, r.x0) + inset, sy(v, r.y1)); }
    }
    ctx.lineWidth = Math.max(1.5, Math.min(4, 60 * s));
    ctx.strokeStyle = C.rackFront;
    ctx.stroke();
  }

}
