import type { ChooseSavePath } from '../app/deliver.js';
import type { OpenProject } from '../app/project.js';

export type { OpenProject } from '../app/project.js';

/** What a handler gets besides its validated argument. */
export interface HandlerContext {
  /** The open project; throws ApiError('no-project') when none is open. */
  project(): OpenProject;
  /** Reports progress of a long call to its caller. */
  progress(phase: string, done: number, total: number): void;
  /**
   * The desktop app's save dialog (main process): exports and reports are written where the user
   * chooses. Absent in the browser mode, where the page downloads the bytes instead.
   */
  chooseSavePath?: ChooseSavePath;
}

/** The open project's path, or null when none is open (calls that work without one). */
export function openProjectPath(ctx: HandlerContext): string | null {
  try {
    return ctx.project().path;
  } catch {
    return null;
  }
}
