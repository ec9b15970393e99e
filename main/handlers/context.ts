import type { OpenProject } from '../app/project.js';

export type { OpenProject } from '../app/project.js';

/** What a handler gets besides its validated argument. */
export interface HandlerContext {
  /** The open project; throws ApiError('no-project') when none is open. */
  project(): OpenProject;
  /** Reports progress of a long call to its caller. */
  progress(phase: string, done: number, total: number): void;
}
