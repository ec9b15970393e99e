import type { ProjectFilesList, ProjectSwitched } from '../../core/api/files.js';
import type { OpenProject } from '../app/project.js';

export type { OpenProject } from '../app/project.js';

/** What a handler gets besides its validated argument. */
export interface HandlerContext {
  /** The open project; throws ApiError('no-project') when none is open. */
  project(): OpenProject;
  /** Reports progress of a long call to its caller. */
  progress(phase: string, done: number, total: number): void;
  /** The browser mode's project files (main/session/project-folder.ts); absent in the desktop app, which has native dialogs. */
  files?: ProjectFiles;
}

/** Project files chosen by name in one folder. */
export interface ProjectFiles {
  list(): ProjectFilesList;
  open(name: string): ProjectSwitched;
  create(name: string): ProjectSwitched;
  saveAs(name: string): ProjectSwitched;
}
