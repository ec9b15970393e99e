// Where along each tray segment of its route a cable runs. A route names segments only (trayId,
// seg), and a cable drawn over each whole segment ran past its rack to the tray's far end. It
// enters its first segment at its rack's drop point and leaves its last at the far rack's; between
// two steps it passes where the two segments meet: the vertex two pieces of one tray share, or the
// junction of two trays (their crossing or tee, as the router's tray graph joins them).
import { closestOnSeg, meetPoint, type MarkSeg } from './floor-marks.js';

export interface Pt {
  x: number;
  y: number;
}

/** Where on `cur` (0 at x0, y0; 1 at x1, y1) a path coming from `other` joins it; null when unknown. */
function joinT(other: MarkSeg | undefined, cur: MarkSeg): number | null {
  if (!other) return null;
  if (other.trayId === cur.trayId) {
    if (other.seg === cur.seg - 1) return 0;
    if (other.seg === cur.seg + 1) return 1;
  }
  const p = meetPoint(other, cur);
  return p ? closestOnSeg(p.x, p.y, cur).t : null;
}

/**
 * Step i's stretch of its segment, [t0, t1] with t0 <= t1, written at out[2i], out[2i + 1]: from
 * where the cable enters it to where it leaves. `segs[i]` is step i's segment (undefined: not
 * drawn, e.g. in another hall); `from` and `to` the drop points at the route's a- and b-end (null:
 * unknown). A stretch whose entry or exit is unknown is the whole segment, as before.
 */
export function routeSpans(segs: readonly (MarkSeg | undefined)[], from: Pt | null, to: Pt | null, out: number[] = []): number[] {
  const n = segs.length;
  out.length = 2 * n;
  for (let i = 0; i < n; i++) {
    const s = segs[i];
    let a: number | null = null;
    let b: number | null = null;
    if (s) {
      a = i === 0 ? (from ? closestOnSeg(from.x, from.y, s).t : null) : joinT(segs[i - 1], s);
      b = i === n - 1 ? (to ? closestOnSeg(to.x, to.y, s).t : null) : joinT(segs[i + 1], s);
    }
    out[2 * i] = a === null || b === null ? 0 : Math.min(a, b);
    out[2 * i + 1] = a === null || b === null ? 1 : Math.max(a, b);
  }
  return out;
}
