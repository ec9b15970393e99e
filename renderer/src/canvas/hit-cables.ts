// Which cables a click on the floor plan picks: the strand under the pointer where strands are
// drawn, the whole bundle where the tray is too narrow on screen for them. Geometry only, over the
// scene's segment index (no Konva node per cable), mirroring how drawTrays lays the cables out.
import type { Id } from '../../../core/model/entities.js';
import type { Scene, SegItem } from './scene.js';

/** Strands are drawn when the tray gives each cable at least this many px (as in drawTrays). */
export const STRAND_PX = 2;
/** The bundle's drawn width as a share of the tray's, and the strands' spread (as in drawTrays). */
export const BUNDLE_SHARE = 0.7;
export const STRAND_SPREAD = 0.9;

export interface CableHit {
  seg: SegItem;
  /** Empty in floor mode (the segment's cables are not in memory yet): see `strand`. */
  cables: Id[];
  /** Which strand (in id order) was hit, or null for the whole bundle. */
  strand: number | null;
  /** Distance from the pointer to what was hit, px. */
  px: number;
}

/** The cables under a world point at camera scale `scale` (px per mm), within `tolPx`, or null. */
export function hitCables(scene: Scene, x: number, y: number, scale: number, tolPx = 4): CableHit | null {
  const tol = tolPx / scale;
  let best: CableHit | null = null;
  for (const i of scene.segIndex.query({ x0: x - tol, y0: y - tol, x1: x + tol, y1: y + tol })) {
    const g = scene.segs[i]!;
    const k = g.count;
    if (k === 0) continue;
    const dx = g.x1 - g.x0, dy = g.y1 - g.y0;
    const len = Math.hypot(dx, dy) || 1;
    const along = ((x - g.x0) * dx + (y - g.y0) * dy) / len;
    if (along < -tol || along > len + tol) continue;
    // Signed offset across the tray (the same normal drawTrays offsets strands along).
    const off = (x - g.x0) * (-dy / len) + (y - g.y0) * (dx / len);
    const w = g.widthMm;
    if (w * scale >= k * STRAND_PX) {
      const spread = w * STRAND_SPREAD;
      const j = Math.min(k - 1, Math.max(0, Math.floor((off / spread + 0.5) * k)));
      const at = (-0.5 + (j + 0.5) / k) * spread;
      // only along the strand's own stretch of the segment (drawTrays draws no more of it)
      const sp = scene.spans.of(i);
      if (sp && (along < sp[2 * j]! * len - tol || along > sp[2 * j + 1]! * len + tol)) continue;
      const d = Math.abs(off - at) * scale;
      if (d <= tolPx && (!best || d < best.px)) best = { seg: g, cables: g.cables.length ? [g.cables[j]!] : [], strand: j, px: d };
    } else {
      const half = Math.max(1, (w * scale * BUNDLE_SHARE) / 2);
      const d = Math.max(0, Math.abs(off) * scale - half);
      if (d <= tolPx && (!best || d < best.px)) best = { seg: g, cables: g.cables, strand: null, px: d };
    }
  }
  return best;
}

/** The unit normal across a segment: strands are offset along it (drawTrays, drawTrunks, hitCables). */
export function across(g: Pick<SegItem, 'x0' | 'y0' | 'x1' | 'y1'>): { nx: number; ny: number } {
  const len = Math.hypot(g.x1 - g.x0, g.y1 - g.y0) || 1;
  return { nx: -(g.y1 - g.y0) / len, ny: (g.x1 - g.x0) / len };
}

/** Where strand j of a segment's k cables lies across the tray, mm from its middle. */
export const strandOffset = (widthMm: number, j: number, k: number) => (-0.5 + (j + 0.5) / k) * widthMm * STRAND_SPREAD;
