// The vertical part of a cable's route: from its port up inside the rack to where it leaves the
// rack (the top), and from there to the tray it drops from. Heights are above the hall floor, so
// a port under a tray needs the same cable whatever the rack's height in U.
import type { Rack } from '../model/entities.js';
import { rackPlinthMm, rackTopMm } from '../model/physical.js';
import { U_MM } from '../model/units.js';

/** A port sits at the middle of its device: plinth + (u - 1 + uHeight / 2) x 44.45 mm. */
export function portHeightMm(rack: Pick<Rack, 'plinthMm'>, u: number, uHeight: number): number {
  return rackPlinthMm(rack) + (u - 1 + uHeight / 2) * U_MM;
}

/**
 * Port to tray: up to the rack's top, then to the tray. With the tray at or above the top that is
 * tray height - port height; a tray below the rack's top costs the climb out and back down.
 */
export function verticalRunMm(rack: Pick<Rack, 'plinthMm' | 'topMm' | 'heightU'>, portMm: number, trayMm: number): number {
  const top = rackTopMm(rack);
  return Math.max(0, top - portMm) + Math.abs(trayMm - Math.max(top, portMm));
}

/** The measured length with the project's contingency, before slack and service loops. */
export function withContingency(measuredMm: number, contingencyPct: number): number {
  return measuredMm * (1 + contingencyPct / 100);
}
