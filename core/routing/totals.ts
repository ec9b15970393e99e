// Routed/unroutable counts and total lengths of a routing run, as the reports show them.
import { MM_PER_M } from '../model/units.js';

export interface RouteTotals {
  routed: number;
  unroutable: number;
  /** Sum of the routed lengths, m (to the mm). */
  totalLengthM: number;
  /** Sum of the lengths to order (stock lengths for assemblies), m (to the mm). */
  orderedLengthM: number;
}

/** More lengths as arrays (NaN: none), each counted where `include(i)`: a generated hall's jumper
 * records (core/model/jumper-records.ts), after its cables. */
export interface MoreLengths {
  routedMm: Float64Array;
  orderedMm: Float64Array;
  include: (i: number) => boolean;
}

export function routeTotals(routes: Iterable<{ routedMm: number | null; orderedMm: number | null }>, more?: MoreLengths): RouteTotals {
  let routed = 0;
  let unroutable = 0;
  let totalMm = 0;
  let orderedMm = 0;
  const add = (r: { routedMm: number | null; orderedMm: number | null }) => {
    if (r.routedMm == null) unroutable++;
    else {
      routed++;
      totalMm += r.routedMm;
    }
    orderedMm += r.orderedMm ?? 0;
  };
  // (a hall's list indexed: a for-of here ran once per generation, before optimisation, and
  // allocated a result per cable)
  if (Array.isArray(routes)) for (let i = 0; i < routes.length; i++) add(routes[i]);
  else for (const r of routes) add(r);
  if (more) {
    const one = { routedMm: null as number | null, orderedMm: null as number | null };
    for (let i = 0; i < more.routedMm.length; i++) {
      if (!more.include(i)) continue;
      one.routedMm = Number.isNaN(more.routedMm[i]!) ? null : more.routedMm[i]!;
      one.orderedMm = Number.isNaN(more.orderedMm[i]!) ? null : more.orderedMm[i]!;
      add(one);
    }
  }
  return { routed, unroutable, totalLengthM: Math.round(totalMm) / MM_PER_M, orderedLengthM: Math.round(orderedMm) / MM_PER_M };
}
