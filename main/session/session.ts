// One open project for the app (the Electron window or the browser mode): the HandlerContext that
// dispatch() hands to every handler, and a clean close of the database when the app quits.
import { basename } from 'node:path';
import { ApiError } from '../../core/api/define.js';
import {
  closeProject,
  keepProjectFloor,
  openProjectFile,
  prepareProjectOpenInPieces,
  projectFloorUnkept,
  type OpenOptions,
  type OpenProject,
  type ProjectDb,
} from '../app/project.js';
import type { HandlerContext, ProjectFiles } from '../handlers/context.js';

export type ProgressSink = (phase: string, done: number, total: number) => void;

/** How often an open project is looked at for a floor to keep in its file (see keepWhenSettled). */
export const KEEP_FLOOR_EVERY_MS = 5000;

export class ProjectSession {
  private current: OpenProject | null;
  private preparing: { project: OpenProject; done: Promise<void> } | null = null;
  private keeping: { timer: NodeJS.Timeout; state: string | null } | null = null;

  constructor(project: OpenProject | null = null) {
    this.current = project;
    if (project) this.keepWhenSettled();
  }

  /** Opens an existing project file (migrating an older one); throws ProjectFileError. */
  static open(path: string, opts: OpenOptions = {}): ProjectSession {
    return new ProjectSession(openProjectFile(path, opts));
  }

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** The project file's name, for a window title. */
  get title(): string {
    return this.current ? basename(this.current.path) : 'Trayline';
  }

  project(): OpenProject {
    if (!this.current) throw new ApiError('no-project', 'no project is open');
    return this.current;
  }

  /** A context for one call; progress goes to that call's caller. */
  context(progress: ProgressSink = () => {}, files?: ProjectFiles): HandlerContext {
    return { project: () => this.project(), progress, ...(files ? { files } : {}) };
  }

  /**
   * Computes what a page asks for first when it opens the project (the floor), so the answer is
   * ready when it asks: called while the page loads. It goes a piece at a time, each in its own
   * turn of the event loop, so the page's scripts and other requests are served in between
   * (pieces of ~10-80 ms on the 32k hall, where the whole is 0.15-1.2 s). Resolves when done;
   * never rejects: the page's own call meets the same failure and reports it.
   */
  prepareOpen(): Promise<void> {
    const p = this.current;
    if (!p) return Promise.resolve();
    if (this.preparing?.project === p) return this.preparing.done;
    const pieces = prepareProjectOpenInPieces(p.db);
    const done = new Promise<void>((resolve) => {
      const step = () => {
        try {
          // Stops when the project is closed or replaced meanwhile.
          if (this.current === p && !pieces.next().done) return void setImmediate(step);
        } catch {
          /* reported by project.floor itself */
        }
        if (this.preparing?.project === p) this.preparing = null;
        resolve();
      };
      setImmediate(step);
    });
    this.preparing = { project: p, done };
    return done;
  }

  /**
   * Resolves once no preparation of the floor is under way: a page's floor call waits for the
   * pieces (serving the page's scripts meanwhile) rather than computing the whole floor again,
   * in one go, holding everything else back.
   */
  prepared(): Promise<void> {
    return this.preparing?.project === this.current ? this.preparing!.done : Promise.resolve();
  }

  /**
   * Replaces the open project (closing the previous one) and starts preparing its floor at once,
   * so that a page loading meanwhile finds it ready.
   */
  replace(path: string, db: ProjectDb): void {
    this.close();
    this.current = { path, db };
    void this.prepareOpen();
    this.keepWhenSettled();
  }

  /**
   * After edits (or an open that computed the floor) the floor kept in the file is out of date,
   * and the next open would compute it again (0.1-0.5 s at 32k GPUs). Once the project has not
   * changed from one look to the next (KEEP_FLOOR_EVERY_MS apart), the floor is computed in pieces
   * (prepareOpen, which gives up if the data changes meanwhile; nothing to compute when a page
   * asked for it already) and kept in the file: never on the path of an edit or of an open.
   * Closing the project keeps it too when it is computed already (closeProject).
   */
  private keepWhenSettled(): void {
    if (this.keeping) clearInterval(this.keeping.timer);
    const keeping = {
      state: null as string | null,
      timer: setInterval(() => {
        const p = this.current;
        if (!p || !p.db.open || this.preparing) return;
        try {
          const state = projectFloorUnkept(p.db);
          if (state !== null && state === keeping.state) void this.prepareOpen().then(() => this.current === p && p.db.open && keepProjectFloor(p.db));
          keeping.state = state;
        } catch {
          /* a file that cannot be read now is reported by the calls that need it */
        }
      }, KEEP_FLOOR_EVERY_MS),
    };
    keeping.timer.unref();
    this.keeping = keeping;
  }

  /** Checkpoints the WAL into the file and closes it; safe to call twice. */
  close(): void {
    const p = this.current;
    this.current = null;
    if (this.keeping) clearInterval(this.keeping.timer);
    this.keeping = null;
    if (p) closeProject(p, { checkpoint: true });
  }
}
