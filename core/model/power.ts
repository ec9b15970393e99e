// The one rule for what a device draws in a rack, used by the rack-power check, the inspector and
// the floor plan's colours: its type's maximum power (the figure a rack's feeds must carry); where
// the source gives only a typical figure, that stands in rather than counting nothing; with
// neither, the draw is unknown and counted as 0 W (callers list or count such devices).
import type { Device, DeviceType, Id } from './entities.js';
import { formatW } from './units.js';

export function deviceDrawW(type: Pick<DeviceType, 'maxPowerW' | 'typicalPowerW'> | null | undefined): number | null {
  return type?.maxPowerW ?? type?.typicalPowerW ?? null;
}

/** The draw as shown beside a device: "7000 W", "3950 W typical" where only a typical figure is
 * published, or null with neither. */
export function deviceDrawLabel(type: Pick<DeviceType, 'maxPowerW' | 'typicalPowerW'> | null | undefined): string | null {
  if (type?.maxPowerW != null) return formatW(type.maxPowerW);
  return type?.typicalPowerW != null ? `${formatW(type.typicalPowerW)} typical` : null;
}

/** What a rack's devices draw together, and how many have no power figure. */
export function devicesDrawW(devices: Iterable<Pick<Device, 'typeId'>>, types: ReadonlyMap<Id, Pick<DeviceType, 'maxPowerW' | 'typicalPowerW'>>): { w: number; unknown: number } {
  let w = 0;
  let unknown = 0;
  for (const d of devices) {
    const p = deviceDrawW(types.get(d.typeId));
    if (p == null) unknown++;
    else w += p;
  }
  return { w, unknown };
}
