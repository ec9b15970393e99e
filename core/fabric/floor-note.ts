// Whether the planned racks would load the floor over its rating, said before anything is
// written: each rack's servers, switches and panels weighed as the floor-load rule weighs them
// (core/model/physical.ts rackWeight), against the project's floor rating (a generated hall gives
// none of its own). A GB300 NVL72 rack (1,360 kg on 0.72 m2) is 1,889 kg/m2 against the default
// 1,224 kg/m2 (TIA-942's 12 kPa).
import type { DeviceType } from '../model/entities.js';
import { floorLoadKgM2, footprintM2, rackWeight, RACK_PHYSICAL_DEFAULTS } from '../model/physical.js';
import type { Placement } from './layout.js';

/** The rack of each planned device (servers and switches by topology index, then panels). */
export interface PlannedDevices {
  /** Per topology device: its type. */
  typeOf: (device: number) => DeviceType;
  devices: number;
  /** Patch panels: their type and rack (placement index), when structured. */
  panel: { type: DeviceType; rack: Int32Array } | null;
}

export function floorLoadNote(p: Placement, planned: PlannedDevices, ratingKgM2: number): string | null {
  const types: DeviceType[][] = p.racks.map(() => []);
  for (let d = 0; d < planned.devices; d++) types[p.rackOf[d]!]!.push(planned.typeOf(d));
  if (planned.panel) for (const r of planned.panel.rack) types[r]!.push(planned.panel.type);
  let over = 0;
  let worst = { kg: 0, load: 0, area: 0 };
  p.racks.forEach((r, i) => {
    const kg = rackWeight(types[i]!, RACK_PHYSICAL_DEFAULTS).totalKg;
    const load = floorLoadKgM2(kg, r);
    if (load <= ratingKgM2) return;
    over++;
    if (load > worst.load) worst = { kg, load, area: footprintM2(r) };
  });
  if (!over) return null;
  const n = (v: number) => Math.round(v).toLocaleString('en-US');
  return (
    `${over} rack${over === 1 ? '' : 's'} load the floor over its ${n(ratingKgM2)} kg/m2 rating, up to ${n(worst.kg)} kg on ${+worst.area.toFixed(2)} m2 (${n(worst.load)} kg/m2): ` +
    'set the hall\'s floor rating to the structural engineer\'s figure (the generator\'s floor rating, or the hall\'s own), or spread the load (floor-load errors until then)'
  );
}
