// What writing a generated fabric into a project made: the new hall and how many of each object.
import type { Id } from '../model/entities.js';

export interface FabricWritten {
  hallId: Id;
  hallName: string;
  rows: number;
  racks: number;
  devices: number;
  ports: number;
  cables: number;
  trays: number;
  /** In-row CDUs placed for the liquid-cooled racks. */
  cdus: number;
  /** False for fabrics too big to keep in the undo history (see note). */
  undoable: boolean;
  undoNote: string | null;
}
