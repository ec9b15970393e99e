// A layout document's CDUs on the floor, as the import checks and writes them (layout-import.ts).
import { CDU_FOOTPRINT_MM } from '../core/geometry/footprint.js';
import type { Layout } from '../core/model/layout.js';
import { mmFromM } from '../core/model/units.js';

/** Where a document's CDUs stand among the racks in the floor check (past any rack's index). */
export const CDU_IDS = 1 << 29;

/** A document CDU's place and footprint, mm (the default unit's footprint when none is given). */
export function cduFloorMm(c: NonNullable<Layout['cdus']>[number]) {
  return {
    xMm: c.xM === undefined ? null : mmFromM(c.xM),
    yMm: c.yM === undefined ? null : mmFromM(c.yM),
    rotationDeg: c.rotationDeg ?? 0,
    widthMm: c.widthM === undefined ? CDU_FOOTPRINT_MM.widthMm : mmFromM(c.widthM),
    depthMm: c.depthM === undefined ? CDU_FOOTPRINT_MM.depthMm : mmFromM(c.depthM),
  };
}
