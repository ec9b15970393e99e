// A rack's weight over its footprint against the floor's rating: (devices' weightKg + the empty
// cabinet's weight) / (width x depth). A rack-scale system (GB200/GB300 NVL72) is its own rack, so
// its published weight already includes the cabinet. Devices whose type gives no weight count
// 0 kg and the message says how many. The rating is the hall's, else the project's
// floorRatingKgM2 (default 12 kPa = 1224 kg/m2, TIA-942; docs/routing-and-checks.md). The average
// over the footprint is how equipment makers state floor load ("total equipment weight by the
// area of its footprint", HP site preparation guides).
import { floorLoadKgM2, floorRatingKgM2, footprintM2, rackWeight } from '../model/physical.js';
import type { Id } from '../model/entities.js';
import { NO_VIOLATIONS, type CheckContext, type Rule } from './types.js';

export interface RackWeight {
  devicesKg: number;
  /** The cabinet's own weight; 0 when a rack-scale system in it brings its own rack. */
  cabinetKg: number;
  totalKg: number;
  /** Devices whose type gives no weight (counted as 0 kg). */
  unknown: string[];
}

export function rackWeightOf(ctx: CheckContext, rackId: Id): RackWeight | null {
  const rack = ctx.world.racks.get(rackId);
  if (!rack) return null;
  const devices = ctx.devicesInRack(rackId).map((id) => ctx.world.devices.get(id)).filter((d) => d !== undefined);
  const w = rackWeight(devices.map((d) => ctx.world.types.get(d.typeId)), rack);
  return { ...w, unknown: w.unknown.map((i) => devices[i]!.name) };
}

const kg = (v: number) => `${Math.round(v).toLocaleString('en-US')} kg`;

export const floorLoadRule: Rule = {
  id: 'floor-load',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    const w = rackWeightOf(ctx, rackId);
    if (!rack || !w) return NO_VIOLATIONS;
    const areaM2 = footprintM2(rack);
    const loadKgM2 = floorLoadKgM2(w.totalKg, rack);
    const rating = floorRatingKgM2(ctx.world.halls.get(rack.hallId), ctx.settings);
    if (loadKgM2 <= rating) return NO_VIOLATIONS;
    const parts = w.cabinetKg > 0 ? `devices ${kg(w.devicesKg)} + cabinet ${kg(w.cabinetKg)}` : `devices ${kg(w.devicesKg)}, the rack-scale system's own rack included`;
    const unknown = w.unknown.length ? ` (${w.unknown.length} device(s) with no weight counted as 0 kg)` : '';
    return [
      {
        rule: 'floor-load',
        severity: 'error',
        objects: [ctx.ref.rack(rack)],
        message: `Rack ${rack.name} weighs ${kg(w.totalKg)} (${parts}) on ${+areaM2.toFixed(2)} m2: ${Math.round(loadKgM2)} kg/m2, over the floor's ${Math.round(rating)} kg/m2${unknown}.`,
        hint: 'Spread the load (a load-spreading plinth or frame, a larger footprint), move heavy devices to another rack, or set the hall\'s floor rating if the structural engineer gives a higher one.',
      },
    ];
  },
};
