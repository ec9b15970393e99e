// The stretch of a tray segment each of its cables runs along (core/geometry/route-spans.ts), for
// drawing and picking strands: from a rack's drop to the tee or the next piece of tray, not the
// whole segment. Worked out when a segment is first drawn as strands (zoomed in: a few hundred
// cables on screen, not the hall's 200,000) and kept until the cables, trays or drops change.
import type { Cable, Id, RouteStep } from '../../../core/model/entities.js';
import type { MarkSeg } from '../../../core/geometry/floor-marks.js';
import { routeSpans } from '../../../core/geometry/route-spans.js';
import type { Drop } from '../../../core/geometry/floor-marks.js';
import { strandOffset } from './hit-cables.js';

export class StrandSpans {
  /** By segment index: t0, t1 per cable of the segment (in its `cables` order). */
  private bySeg = new Map<number, Float64Array>();
  /** By cable: its route's stretches (2 per step), shared by the segments it passes. */
  private byCable = new Map<Id, number[]>();

  constructor(
    private readonly segs: readonly (MarkSeg & { cables: Id[] })[],
    private readonly byTray: ReadonlyMap<Id, number[]>,
    private readonly cables: ReadonlyMap<Id, Cable>,
    private readonly portRack: ReadonlyMap<Id, Id>,
    private readonly dropByRack: ReadonlyMap<Id, Drop>,
  ) {}

  /** Segment i's stretches, 2 numbers per cable of it; null when its cables are not known (floor first). */
  of(i: number): Float64Array | null {
    const g = this.segs[i];
    if (!g || g.cables.length === 0) return null;
    let out = this.bySeg.get(i);
    if (out) return out;
    out = new Float64Array(2 * g.cables.length);
    g.cables.forEach((id, j) => {
      const c = this.cables.get(id);
      const spans = c?.route ? this.ofCable(c, c.route) : null;
      const k = c?.route ? c.route.findIndex((s) => s.trayId === g.trayId && s.seg === g.seg) : -1;
      out![2 * j] = spans && k >= 0 ? spans[2 * k]! : 0;
      out![2 * j + 1] = spans && k >= 0 ? spans[2 * k + 1]! : 1;
    });
    this.bySeg.set(i, out);
    return out;
  }

  /** A routed cable's stretches, 2 numbers per step of its route (null: no route). */
  cable(c: Cable): readonly number[] | null {
    return c.route?.length ? this.ofCable(c, c.route) : null;
  }

  private ofCable(c: Cable, route: readonly RouteStep[]): number[] {
    let s = this.byCable.get(c.id);
    if (s) return s;
    const segs = route.map((step) => {
      const idx = this.byTray.get(step.trayId)?.[step.seg];
      return idx === undefined ? undefined : this.segs[idx];
    });
    const drop = (port: Id) => {
      const rack = this.portRack.get(port);
      const d = rack === undefined ? undefined : this.dropByRack.get(rack);
      return d ? { x: d.px, y: d.py } : null;
    };
    s = routeSpans(segs, drop(c.aPortId), drop(c.bPortId));
    this.byCable.set(c.id, s);
    return s;
  }
}

/**
 * Adds strand j of a segment's k to the path: at its place across the tray (normal nx, ny), over
 * its stretch (`spans`: the segment's, null: the whole segment). X, Y: plan mm to screen px.
 */
export function traceStrand(ctx: CanvasRenderingContext2D, g: MarkSeg, nx: number, ny: number, j: number, k: number, spans: Float64Array | null, X: (x: number) => number, Y: (y: number) => number): void {
  const off = strandOffset(g.widthMm, j, k);
  const t0 = spans ? spans[2 * j]! : 0, t1 = spans ? spans[2 * j + 1]! : 1;
  const dx = g.x1 - g.x0, dy = g.y1 - g.y0;
  ctx.moveTo(X(g.x0 + dx * t0 + nx * off), Y(g.y0 + dy * t0 + ny * off));
  ctx.lineTo(X(g.x0 + dx * t1 + nx * off), Y(g.y0 + dy * t1 + ny * off));
}
