// Project files in the browser mode (issue 18 point 6): the page lists the project files of the
// folder the server was started with and picks one by NAME from that list; it never sends a path.
// The desktop app uses its File menu's native dialogs instead (these calls answer 'refused' there).
import { z } from 'zod';
import { method } from './define.js';

export interface ProjectFileEntry {
  /** The file name in the folder, e.g. "hall-a.trayline": what files.open takes. */
  name: string;
  /** Last modified, ISO 8601. */
  modified: string;
  bytes: number;
  /** The project open now. */
  current: boolean;
}

export interface ProjectFilesList {
  /** The folder, for display only. */
  folder: string;
  files: ProjectFileEntry[];
  /** Names of the folder's files opened lately, most recent first. */
  recent: string[];
}

export interface ProjectSwitched {
  /** The file name now open; the page reloads the project. */
  name: string;
}

/** A file name in the folder: no folder separators, no path. */
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'a file name from the list, not a path')
  .refine((s) => s !== '.' && s !== '..', 'a file name from the list, not a path');

export const filesApi = {
  'files.list': method<ProjectFilesList>()(z.object({})),
  /** Opens a project file of the list (by name). */
  'files.open': method<ProjectSwitched>()(z.strictObject({ name: fileName })),
  /** A new empty project (built-in catalog) in the folder; ".trayline" is added when missing. Refused when the name is taken. */
  'files.create': method<ProjectSwitched>()(z.strictObject({ name: fileName })),
  /** A copy of the open project (undo history included) under a new name in the folder, which then is the open one. */
  'files.saveAs': method<ProjectSwitched>()(z.strictObject({ name: fileName })),
};
