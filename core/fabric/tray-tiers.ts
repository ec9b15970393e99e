// Tray capacity where the routed load needs it: the one rule for the trays of a generated hall
// once every cable and trunk is routed. The plan sizes each tray's width and load class on an
// estimate (layout.ts sizeTrays, tray-classes.ts rateTrays); here each tray gets the depth its
// fullest stretch needs at the project's fill (a standard loading depth, or, past the deepest
// standard tray, stacked tiers of it) and the NEMA VE 1 class its heaviest stretch needs, split
// over the tiers (each tier is a tray on its own supports carrying its share, so the stack's
// rating is tiers x the class; more tiers are stacked where even class C is too light). Only
// depth, rating and name change, never the width or the path, so routes (the tray graph joins
// trays by plan position and width) stay exactly as routed.
//
// Standard sizes: ladder trays 150-900 mm (6-36 in) wide with 3-6 in (75-150 mm) loading depth
// ("Types and characteristics of cable tray", issuu.com/williamrocher404; the layout's widths are
// 12/18/24/36 in). Tiers: Trayline design default, one standard tray of the same width above the
// other, 300 mm apart (the recommended clearance above an overhead tray, guidelines.risa.gov.rw
// "overhead cable trays", reference ai-hall-facts.md); modelled as one tray whose depth is the
// tiers' sum and whose rating is the tiers' sum, named with its tiers, so that fill and load are
// checked against the stack as a whole.
import type { Tray } from '../model/entities.js';
import { NEMA_TRAY_CLASSES_KG_PER_M } from '../model/physical.js';
import { nemaClassFor } from './tray-classes.js';

/** Standard loading depths, mm (4 and 6 in). */
export const TRAY_DEPTHS_MM = [100, 150] as const;
const DEEPEST = TRAY_DEPTHS_MM[TRAY_DEPTHS_MM.length - 1]!;
const HEAVIEST = NEMA_TRAY_CLASSES_KG_PER_M[NEMA_TRAY_CLASSES_KG_PER_M.length - 1]!;

export interface TrayTier {
  tray: Tray;
  /** Tiers of the deepest standard tray (1 when one tray holds the load). */
  tiers: number;
  /** The fullest stretch's cable cross-section, mm^2. */
  loadMm2: number;
  /** The heaviest stretch's cable weight, kg/m. */
  loadKgPerM: number;
}

/** A tray's routed load per stretch between junctions (the check session's tray fills). */
export interface RoutedLoad {
  areaMm2: ArrayLike<number>;
  kgPerM: ArrayLike<number>;
}

function maxOf(a: ArrayLike<number> | undefined): number {
  let m = 0;
  for (let i = 0; i < (a?.length ?? 0); i++) m = Math.max(m, a![i]!);
  return m;
}

/**
 * The trays whose section or rating must grow for the load routed through them (fullest and
 * heaviest stretch of each), at `fillPct` percent fill: each with its new depth (a standard depth,
 * or tiers of the deepest), rated load and name. Trays that already hold their load are left out;
 * a rating is never lowered.
 */
export function tierTrays(trays: readonly Tray[], loadOf: (trayId: number) => RoutedLoad | undefined, fillPct: number): TrayTier[] {
  const out: TrayTier[] = [];
  for (const t of trays) {
    const l = loadOf(t.id);
    const area = maxOf(l?.areaMm2);
    const kg = maxOf(l?.kgPerM);
    const need = area / (fillPct / 100);
    const rated = t.ratedLoadKgPerM ?? 0;
    if (need <= t.widthMm * t.depthMm && kg <= rated) continue;
    const depth = TRAY_DEPTHS_MM.find((d) => d * t.widthMm >= need);
    const tiers = Math.max(depth ? 1 : Math.ceil(need / (t.widthMm * DEEPEST)), Math.ceil(kg / HEAVIEST), 1);
    const ratedLoadKgPerM = Math.max(rated, Math.round(tiers * nemaClassFor(kg / tiers) * 10) / 10);
    const base = t.name.replace(/ \(\d+ tiers of .*\)$/, '');
    const name = tiers > 1 ? `${base} (${tiers} tiers of ${t.widthMm} x ${DEEPEST} mm)` : t.name;
    const depthMm = tiers > 1 ? tiers * DEEPEST : Math.max(t.depthMm, depth ?? DEEPEST);
    out.push({ tray: { ...t, depthMm, ratedLoadKgPerM, name }, tiers, loadMm2: Math.round(area), loadKgPerM: Math.round(kg * 10) / 10 });
  }
  return out;
}

/** One line for the summary's notes. */
export function tierNote(tiered: readonly TrayTier[]): string | null {
  const stacked = tiered.filter((x) => x.tiers > 1);
  if (tiered.length === 0) return null;
  const worst = stacked.reduce<TrayTier | null>((w, x) => (!w || x.tiers > w.tiers ? x : w), null);
  return (
    `${tiered.length} trays deepened or rated heavier for their routed load` +
    (stacked.length ? `, ${stacked.length} of them stacked in tiers (up to ${worst!.tiers}: ${worst!.tray.name}, ${Math.round(worst!.loadMm2 / 1000)}k mm2 of cable)` : '')
  );
}
