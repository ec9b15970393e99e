// Tray capacity where the routed load needs it. The plan sizes each tray's width on an estimate
// (layout.ts sizeTrays); once every cable and trunk is routed, each tray gets the depth its
// fullest stretch needs at the project's fill: a standard loading depth, or, past the deepest
// standard tray, stacked tiers of it. Only the depth changes, never the width or the path, so
// routes (the tray graph joins trays by plan position and width) stay exactly as routed.
//
// Standard sizes: ladder trays 150-900 mm (6-36 in) wide with 3-6 in (75-150 mm) loading depth
// ("Types and characteristics of cable tray", issuu.com/williamrocher404; the layout's widths are
// 12/18/24/36 in). Tiers: Trayline design default, one standard tray of the same width above the
// other, 300 mm apart (the recommended clearance above an overhead tray, guidelines.risa.gov.rw
// "overhead cable trays", reference ai-hall-facts.md); modelled as one tray whose depth is the
// tiers' sum, named with its tiers, so that fill is checked against their joint section.
import type { Tray } from '../model/entities.js';

/** Standard loading depths, mm (4 and 6 in). */
export const TRAY_DEPTHS_MM = [100, 150] as const;
const DEEPEST = TRAY_DEPTHS_MM[TRAY_DEPTHS_MM.length - 1]!;

export interface TrayTier {
  tray: Tray;
  /** Tiers of the deepest standard tray (1 when one tray holds the load). */
  tiers: number;
  /** The fullest stretch's cable cross-section, mm^2. */
  loadMm2: number;
}

/**
 * The trays whose section must grow for the load routed through them (largest segment of each),
 * at `fillPct` percent: each with its new depth (a standard depth, or tiers of the deepest) and
 * name. Trays that already hold their load are left out.
 */
export function tierTrays(trays: readonly Tray[], loadOf: (trayId: number) => ArrayLike<number> | undefined, fillPct: number): TrayTier[] {
  const out: TrayTier[] = [];
  for (const t of trays) {
    const seg = loadOf(t.id);
    let load = 0;
    for (let i = 0; i < (seg?.length ?? 0); i++) load = Math.max(load, seg![i]!);
    const need = load / (fillPct / 100);
    if (need <= t.widthMm * t.depthMm) continue;
    const depth = TRAY_DEPTHS_MM.find((d) => d * t.widthMm >= need);
    const tiers = depth ? 1 : Math.ceil(need / (t.widthMm * DEEPEST));
    const name = tiers > 1 ? `${t.name.replace(/ \(\d+ tiers of .*\)$/, '')} (${tiers} tiers of ${t.widthMm} x ${DEEPEST} mm)` : t.name;
    out.push({ tray: { ...t, depthMm: depth ?? tiers * DEEPEST, name }, tiers, loadMm2: Math.round(load) });
  }
  return out;
}

/** One line for the summary's notes. */
export function tierNote(tiered: readonly TrayTier[]): string | null {
  const stacked = tiered.filter((x) => x.tiers > 1);
  if (tiered.length === 0) return null;
  const worst = stacked.reduce<TrayTier | null>((w, x) => (!w || x.tiers > w.tiers ? x : w), null);
  return (
    `${tiered.length} trays deepened for their routed load` +
    (stacked.length ? `, ${stacked.length} of them stacked in tiers (up to ${worst!.tiers}: ${worst!.tray.name}, ${Math.round(worst!.loadMm2 / 1000)}k mm2 of cable)` : '')
  );
}
