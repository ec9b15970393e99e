// One open project for the app (the Electron window or the browser mode): the HandlerContext that
// dispatch() hands to every handler, and a clean close of the database when the app quits.
import { basename } from 'node:path';
import { ApiError } from '../../core/api/define.js';
import { closeProject, openProjectFile, prepareProjectOpen, type OpenOptions, type OpenProject, type ProjectDb } from '../app/project.js';
import type { HandlerContext, ProjectFiles } from '../handlers/context.js';

export type ProgressSink = (phase: string, done: number, total: number) => void;

export class ProjectSession {
  private current: OpenProject | null;

  constructor(project: OpenProject | null = null) {
    this.current = project;
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
   * ready when it asks: called while the page loads. Never throws: the page's own call meets
   * the same failure and reports it.
   */
  prepareOpen(): void {
    if (!this.current) return;
    try {
      prepareProjectOpen(this.current.db);
    } catch {
      /* reported by project.floor itself */
    }
  }

  /** Replaces the open project (closing the previous one). */
  replace(path: string, db: ProjectDb): void {
    this.close();
    this.current = { path, db };
  }

  /** Checkpoints the WAL into the file and closes it; safe to call twice. */
  close(): void {
    const p = this.current;
    this.current = null;
    if (p) closeProject(p, { checkpoint: true });
  }
}
