// The physical figures of racks, trays and cables that the length model and the cooling, weight
// and load checks read, with the defaults used where a project gives none. Every default says
// where it comes from (docs/routing-and-checks.md lists them again).
import type { DeviceType, Hall, Media, ProjectSettings, Rack, Tray } from './entities.js';
import { U_MM } from './units.js';

/**
 * Height of the bottom of U1 above the floor, mm. ESTIMATE: an APC NetShelter SX 42U (AR3300) is
 * 1991 mm tall for 42 x 44.45 = 1867 mm of rails (netbox-community/devicetype-library
 * rack-types/APC/AR3300.yaml), so its base and roof take 124 mm together; 100 mm of that is put
 * below U1 (no maker states U1's height in the sources used). Measure your cabinets.
 */
export const DEFAULT_PLINTH_MM = 100;

/**
 * Weight of an empty cabinet, kg: APC NetShelter SX 48U 600 x 1070 mm (AR3107), 138.23 kg
 * (devicetype-library rack-types/APC/AR3107.yaml); the 42U 600 x 1200 AR3300 is 134.09 kg and the
 * 48U 750 x 1200 AR3357 185.45 kg (same library).
 */
export const DEFAULT_RACK_WEIGHT_KG = 138;

/**
 * NEMA VE 1 cable tray load classes: working (cable) load per linear foot, 50 / 75 / 100 lb/ft for
 * letters A / B / C (Cope cable tray NEMA classes, https://unistrutohio.com/blogs/unistrut-blog/cable-trays-nema-classifications),
 * in kg/m: x 0.45359237 / 0.3048 = 74.4, 111.6, 148.8.
 */
export const NEMA_TRAY_CLASSES_KG_PER_M = [74.4, 111.6, 148.8] as const;

/** A tray's rated load when none is given: the lightest NEMA VE 1 class (A, 50 lb/ft). */
export const DEFAULT_TRAY_LOAD_KG_PER_M = NEMA_TRAY_CLASSES_KG_PER_M[0];

/**
 * Cable weights, kg/m, from NVIDIA DGX SuperPOD Data Center Design (H100), networking, table 18
 * (https://docs.nvidia.com/dgx-superpod/design-guides/dgx-superpod-data-center-design-h100/latest/networking.html):
 * average copper cable 0.045 kg/m, average AOC 0.009 kg/m.
 */
export const COPPER_KG_PER_M = 0.045;
export const OPTICAL_KG_PER_M = 0.009;

/** A new rack's physical fields: every default above, nothing declared. */
export const RACK_PHYSICAL_DEFAULTS = {
  plinthMm: DEFAULT_PLINTH_MM,
  topMm: null,
  feedBId: null,
  coolingKind: 'air',
  coolingCapacityW: 0,
  cduId: null,
  weightKg: DEFAULT_RACK_WEIGHT_KG,
} as const satisfies Required<Pick<Rack, 'plinthMm' | 'topMm' | 'feedBId' | 'coolingKind' | 'coolingCapacityW' | 'cduId' | 'weightKg'>>;

export function rackPlinthMm(r: Pick<Rack, 'plinthMm'>): number {
  return r.plinthMm ?? DEFAULT_PLINTH_MM;
}

/** Where cables leave the rack for an overhead tray: its top, or the top of its U space. */
export function rackTopMm(r: Pick<Rack, 'plinthMm' | 'topMm' | 'heightU'>): number {
  return r.topMm ?? rackPlinthMm(r) + r.heightU * U_MM;
}

export function rackOwnWeightKg(r: Pick<Rack, 'weightKg'>): number {
  return r.weightKg ?? DEFAULT_RACK_WEIGHT_KG;
}

/**
 * A rack's weight from its devices' types: theirs plus the empty cabinet's, which a rack-scale
 * system (its own rack: GB200/GB300 NVL72) replaces. A type with no weight counts 0 kg and its
 * place in `types` is in `unknown`. The floor-load rule, the rack inspector and the generator's
 * preview all weigh racks here.
 */
export function rackWeight(types: readonly (Pick<DeviceType, 'weightKg' | 'rackScale'> | undefined)[], rack: Pick<Rack, 'weightKg'>): { devicesKg: number; cabinetKg: number; totalKg: number; unknown: number[] } {
  let devicesKg = 0;
  let ownRack = false;
  const unknown: number[] = [];
  types.forEach((t, i) => {
    if (t?.rackScale) ownRack = true;
    if (t?.weightKg == null) unknown.push(i);
    else devicesKg += t.weightKg;
  });
  const cabinetKg = ownRack ? 0 : rackOwnWeightKg(rack);
  return { devicesKg, cabinetKg, totalKg: devicesKg + cabinetKg, unknown };
}

/** A rack's footprint, m2. */
export function footprintM2(rack: Pick<Rack, 'widthMm' | 'depthMm'>): number {
  return (rack.widthMm * rack.depthMm) / 1e6;
}

/** A weight spread over a rack's footprint, kg/m2 (how makers state floor load). */
export function floorLoadKgM2(kg: number, rack: Pick<Rack, 'widthMm' | 'depthMm'>): number {
  return kg / footprintM2(rack);
}

export function trayRatedLoadKgPerM(t: Pick<Tray, 'ratedLoadKgPerM'>): number {
  return t.ratedLoadKgPerM ?? DEFAULT_TRAY_LOAD_KG_PER_M;
}

export function floorRatingKgM2(h: Pick<Hall, 'floorRatingKgM2'> | undefined, s: Pick<ProjectSettings, 'floorRatingKgM2'>): number {
  return h?.floorRatingKgM2 ?? s.floorRatingKgM2;
}

/**
 * A cable's weight per metre: a made assembly's own figure where its media gives one (trunks:
 * the maker's cable sheet), else copper (DAC, ACC, AEC and cables without media, like tray fill)
 * or optical (AOC, fibre, optics without a fibre) from NVIDIA's averages.
 */
export function cableKgPerM(cable: Media | null, hasOptics: boolean): number {
  const own = cable?.assembly?.weightKgPerM;
  if (own != null) return own;
  if (!cable) return hasOptics ? OPTICAL_KG_PER_M : COPPER_KG_PER_M;
  return cable.kind === 'dac' || cable.kind === 'acc' || cable.kind === 'aec' ? COPPER_KG_PER_M : OPTICAL_KG_PER_M;
}
