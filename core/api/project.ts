import { z } from 'zod';
import type { ProjectSnapshot, ProjectSettings } from '../model/entities.js';
import { settingsSchema } from '../model/schemas.js';
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
  'project.updateSettings': method<ProjectSettings>()(settingsSchema.partial().strict()),
};
