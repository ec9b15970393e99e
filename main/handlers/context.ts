import type { Db } from '../../db/open.js';

export interface OpenProject {
  path: string;
  db: Db;
}

/** What a handler gets besides its validated argument. */
export interface HandlerContext {
  /** The open project; throws ApiError('no-project') when none is open. */
  project(): OpenProject;
  /** Reports progress of a long call to its caller. */
  progress(phase: string, done: number, total: number): void;
}
