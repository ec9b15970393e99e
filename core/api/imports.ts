// Bringing a hall in from files the user picked (the page reads them; it never names a path):
// NetBox's racks, devices and cables exports with devicetype-library YAML, or a Trayline layout
// JSON document. All or nothing, one undo step; problems come back as a list, file by file.
import { z } from 'zod';
import type { HallFileRole } from '../import/hall-files.js';
import type { RowError } from '../import/netbox-types.js';
import type { Id } from '../model/entities.js';
import { method } from './define.js';

export interface HallImportResult {
  /** What was imported; null when nothing was (see problems). */
  kind: 'netbox' | 'layout' | null;
  /** What each file was read as (an ignored one says why). */
  files: { name: string; as: HallFileRole; why?: string }[];
  /** Every problem found (file, line, column, why), the first 200 of them; nothing was written. */
  problems: RowError[];
  /** Problems beyond those listed. */
  moreProblems: number;
  /** What was added, in a line ("21 racks in 2 rows (1 new hall), 240 devices, ..."). */
  summary: string | null;
  notes: string[];
  /** The hall to show: the first one the import placed racks in. */
  hallId: Id | null;
}

const fileText = z.strictObject({ name: z.string().min(1).max(255), text: z.string() });

export const importsApi = {
  /** Imports a hall from NetBox exports or a layout JSON document, as one undo step. */
  'import.hall': method<HallImportResult>()(
    z.strictObject({
      files: z.array(fileText).min(1).max(500),
      /** Racks per row before a NetBox rack group wraps onto the next row (default 20). */
      rowLength: z.number().int().min(1).max(500).optional(),
    }),
  ),
};
