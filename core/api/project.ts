import { z } from 'zod';
import type { Cable, Device, Port, ProjectSnapshot, ProjectSettings } from '../model/entities.js';
import type { FloorCounts, FloorDetail, FloorPayload } from '../model/floor.js';
import { settingsSchema } from '../model/schemas.js';
import { LIMITS } from '../model/limits.js';
import { method } from './define.js';

export interface ProjectInfo {
  path: string;
  schemaVersion: number;
  halls: number;
  racks: number;
  devices: number;
  ports: number;
  cables: number;
  trays: number;
  /** Power feeds and CDUs. */
  feeds: number;
  cdus: number;
  /** With the structured counts (trayline info): logical links, open channels, trunks, panels. */
  links?: number;
  openLinks?: number;
  trunks?: number;
  panels?: number;
}

export const projectApi = {
  /** Counts and the file path of the open project. */
  'project.info': method<ProjectInfo>()(z.object({})),
  /** The whole document as plain data. */
  'project.snapshot': method<ProjectSnapshot>()(z.object({})),
  /** What the floor plan draws (racks, trays, bundle counts), compact: the first call on opening. */
  'project.floor': method<FloorPayload>()(z.object({})),
  /**
   * project.floor's counts alone (devices per rack and type, cables per tray segment and per
   * unrouted rack pair, totals): re-asked in floor mode after an edit that adds, deletes or moves
   * devices or cables, instead of the whole payload or the snapshot.
   */
  'project.floorCounts': method<FloorCounts>()(z.object({}).strict()),
  /**
   * Devices, ports and cables on demand: those of the given racks, the given cables, the cables
   * routed through one tray segment; with both ends of every cable returned.
   */
  'project.detail': method<FloorDetail<Device, Port, Cable>>()(
    z
      .object({
        // As many ids as a layout section may hold (core/model/limits.ts).
        racks: z.array(z.number().int()).max(LIMITS.layoutItems).optional(),
        cables: z.array(z.number().int()).max(LIMITS.layoutItems).optional(),
        segment: z.object({ trayId: z.number().int(), seg: z.number().int().min(0) }).strict().optional(),
      })
      .strict(),
  ),
  /**
   * A label free across the project's cables (rows and records' jumpers), from the one a new
   * cable's two ends give (core/model/cable-label.ts): itself, else `base (2)`, `base (3)`, ... For
   * a page opened floor first, which holds only the cables it fetched.
   */
  'project.freeCableLabel': method<{ label: string }>()(z.object({ base: z.string().min(1).max(190) }).strict()),
  'project.updateSettings': method<ProjectSettings>()(settingsSchema.partial().strict()),
};
