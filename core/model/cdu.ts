// A coolant distribution unit (entities.ts re-exports it with the other entities).
import type { Id, Rotation } from './entities.js';

/** A coolant distribution unit: serves the liquid loops of the racks whose cduId names it. */
export interface Cdu {
  id: Id;
  hallId: Id;
  name: string;
  /** In-row (its own footprint in a row) or in-rack (in one of the racks it serves). */
  placement: 'in-row' | 'in-rack';
  /** Heat it can move from the racks' liquid loops, W. */
  capacityW: number;
  /** Where an in-row unit stands (its centre, mm, as a rack's); null: no place on the floor yet. */
  xMm?: number | null;
  yMm?: number | null;
  rotationDeg?: Rotation;
  /** Its footprint, mm (default the default unit's: core/fabric/cdus.ts). */
  widthMm?: number;
  depthMm?: number;
}
