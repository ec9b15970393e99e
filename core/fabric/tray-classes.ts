// The cable load class of generated trays on the plan's estimate: the lightest NEMA VE 1 class
// that carries the weight of their cables. Once the hall is routed, tray-tiers.ts raises it (and
// stacks tiers) where the routed load needs more.
import { NEMA_TRAY_CLASSES_KG_PER_M } from '../model/physical.js';
import type { Placement } from './layout.js';

/** The lightest NEMA VE 1 load class (A 74.4, B 111.6, C 148.8 kg/m) that carries a cable load; C when none does. */
export function nemaClassFor(kgPerM: number): number {
  return NEMA_TRAY_CLASSES_KG_PER_M.find((c) => c >= kgPerM) ?? NEMA_TRAY_CLASSES_KG_PER_M[NEMA_TRAY_CLASSES_KG_PER_M.length - 1]!;
}

/**
 * Gives each tray the load class for the weight of the cables expected in it (kg/m summed over
 * every cable the plan sends through the tray, an estimate); returns the trays that even class C
 * cannot carry.
 */
export function rateTrays(p: Placement, kgPerM: Float64Array): string[] {
  const over: string[] = [];
  const heaviest = NEMA_TRAY_CLASSES_KG_PER_M[NEMA_TRAY_CLASSES_KG_PER_M.length - 1]!;
  p.trays.forEach((t, i) => {
    const need = kgPerM[i]!;
    t.ratedLoadKgPerM = nemaClassFor(need);
    if (need > heaviest) over.push(`${t.name} carries ${need.toFixed(0)} kg/m of cable, more than a class C tray's ${heaviest} kg/m`);
  });
  return over;
}
