// Where a generated cable is expected to run before the routing engine routes it: its length
// along the layout's trays (layout.ts) and the trays it passes, with the allowances the router adds,
// so that previews, media choice and tray sizing read the same figure the routed cable will have.
import { DEFAULT_PLINTH_MM } from '../model/physical.js';
import { U_MM } from '../model/units.js';
import { TRAY_HEIGHT_MM, type Placement, type PlanRack } from './layout.js';

/** The project's length allowances the routing engine adds to a cable (settings, mm). */
export interface LengthAllowances {
  slackMm: number;
  /** At each end of a cable that leaves its rack. */
  serviceLoopMm: number;
  /** Inside one rack, when the two ports are on different faces. */
  faceCrossingMm: number;
}

/**
 * The path a cable is expected to take: its length along the trays (for previews before the
 * routing engine runs) and the trays it uses, by index into `trays` (rows first, then each
 * block's cross trays, then the two backbones), for sizing them. The length carries the same
 * allowances the routing engine adds (slack, a service loop at each end of a cable leaving its
 * rack, the face crossing inside a rack), so that media chosen on the estimate is the media the
 * routed cable keeps (docs/fabrics.md, "Costs, power and counts").
 */
export function estimatePath(p: Placement, a: number, b: number, allow: LengthAllowances, crossesFaces: boolean, trays?: number[]): number {
  return estimateRackPath(p, p.rackOf[a]!, p.rackOf[b]!, p.uOf[a]! * U_MM, p.uOf[b]! * U_MM, allow, crossesFaces, trays);
}

/** estimatePath between two racks (indexes) from ports at heights ua and ub above the bottom of their racks' U space, mm. */
export function estimateRackPath(p: Placement, rackA: number, rackB: number, ua: number, ub: number, allow: LengthAllowances, crossesFaces: boolean, trays?: number[]): number {
  const slackMm = allow.slackMm;
  if (trays) trays.length = 0;
  const ra = p.racks[rackA]!;
  const rb = p.racks[rackB]!;
  // heights above the floor, as the router measures them (the rack's plinth below its U space)
  ua += DEFAULT_PLINTH_MM;
  ub += DEFAULT_PLINTH_MM;
  if (ra === rb) return Math.round(Math.abs(ua - ub) + (crossesFaces ? allow.faceCrossingMm : 0) + slackMm);
  const vertical = 2 * TRAY_HEIGHT_MM - ua - ub;
  // The way along the trays depends only on the pair of racks: worked out once per pair (a 32k
  // fabric has 98,304 links over a few thousand pairs).
  let pairs = horizontals.get(p);
  if (!pairs) horizontals.set(p, (pairs = new Map()));
  const key = rackA * p.racks.length + rackB;
  let h = pairs.get(key);
  if (!h) pairs.set(key, (h = horizontalPath(p, ra, rb)));
  if (trays) for (const t of h.trays) trays.push(t);
  return Math.round(vertical + h.mm + slackMm + 2 * allow.serviceLoopMm);
}

const horizontals = new WeakMap<Placement, Map<number, { mm: number; trays: number[] }>>();

function horizontalPath(p: Placement, ra: PlanRack, rb: PlanRack): { mm: number; trays: number[] } {
  let horizontal = Infinity;
  const trays: number[] = [];
  const rows = p.rows.length;
  const crossBase = (block: number) => rows + p.crossX.slice(0, block).reduce((n, xs) => n + xs.length, 0);
  if (ra.row === rb.row) {
    horizontal = Math.abs(ra.xMm - rb.xMm);
    trays.push(ra.row);
  } else if (ra.block === rb.block) {
    let best = 0;
    p.crossX[ra.block]!.forEach((x, i) => {
      const h = Math.abs(ra.xMm - x) + Math.abs(rb.xMm - x) + Math.abs(ra.yMm - rb.yMm);
      if (h < horizontal) {
        horizontal = h;
        best = i;
      }
    });
    trays.push(ra.row, rb.row, crossBase(ra.block) + best);
  } else {
    // (plain loops: thousands of pairs of racks in a structured 32k plan, before V8 optimises them)
    const xas = p.crossX[ra.block]!;
    const xbs = p.crossX[rb.block]!;
    const ys = p.backboneY;
    const best = [0, 0, 0];
    for (let i = 0; i < xas.length; i++) {
      for (let j = 0; j < xbs.length; j++) {
        for (let k = 0; k < ys.length; k++) {
          const h = Math.abs(ra.xMm - xas[i]!) + Math.abs(ra.yMm - ys[k]!) + Math.abs(xas[i]! - xbs[j]!) + Math.abs(rb.yMm - ys[k]!) + Math.abs(rb.xMm - xbs[j]!);
          if (h < horizontal) [horizontal, best[0], best[1], best[2]] = [h, i, j, k];
        }
      }
    }
    const backbone = p.trays.length - p.backboneY.length + best[2]!;
    trays.push(ra.row, rb.row, crossBase(ra.block) + best[0]!, crossBase(rb.block) + best[1]!, backbone);
  }
  return { mm: horizontal, trays };
}
