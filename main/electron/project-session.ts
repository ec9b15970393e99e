// The desktop app's one open project, on top of the shared ProjectSession (main/session): opened
// from the command line, the Open/New/Save As dialogs, or the demo in the user's data folder
// (the same demo file the browser mode opens). Every switch leaves the previous project open if
// it fails, and files are written beside their target and renamed into place.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { openProject, type Db } from '../../db/open.js';
import type { OpenProject } from '../handlers/context.js';
import { createProject } from '../session/create-project.js';
import { ProjectSession } from '../session/session.js';

export class DesktopProjectSession {
  private readonly session = new ProjectSession();

  constructor(private readonly demoPath: string) {}

  /** The open project; throws ApiError('no-project') when there is none. */
  current(): OpenProject {
    return this.session.project();
  }

  get path(): string | null {
    return this.session.path;
  }

  /** Opens an existing project file (migrating an older one). */
  open(path: string): OpenProject {
    let db: Db;
    try {
      db = openProject(path);
    } catch (e) {
      // Some SQLite errors ("file is not a database") do not say which file.
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(message.includes(path) ? message : `${path}: ${message}`);
    }
    this.session.replace(path, db);
    return this.current();
  }

  /** Creates a new project (schema and built-in catalog) at `path`, replacing a file the user
   * chose to overwrite in the save dialog, and opens it. */
  create(path: string): OpenProject {
    if (this.isOpen(path)) this.session.close();
    writeVia(path, (tmp) => void createProject(tmp));
    return this.open(path);
  }

  /** Writes a compact copy of the open project (undo history included) to `path` and switches to it. */
  saveAs(path: string): OpenProject {
    const current = this.current();
    if (this.isOpen(path)) return current;
    writeVia(path, (tmp) => void current.db.prepare('VACUUM INTO ?').run(tmp));
    return this.open(path);
  }

  /** Opens the demo project, creating it with the demo hall on first use. */
  openDemo(): OpenProject {
    if (!existsSync(this.demoPath)) {
      mkdirSync(dirname(this.demoPath), { recursive: true });
      createProject(this.demoPath, { demo: true });
    }
    return this.open(this.demoPath);
  }

  close(): void {
    this.session.close();
  }

  private isOpen(path: string): boolean {
    return this.path !== null && resolve(this.path) === resolve(path);
  }
}

/** Writes a project file beside `target`, then puts it in place with one rename, so a failure
 * leaves `target` as it was. A stale -wal/-shm of the file being replaced would otherwise be
 * replayed into the new one, so they go first. */
function writeVia(target: string, write: (tmp: string) => void): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const clean = (p: string, suffixes = ['', '-wal', '-shm']) => suffixes.forEach((s) => rmSync(p + s, { force: true }));
  clean(tmp);
  try {
    write(tmp);
    clean(target, ['-wal', '-shm']);
    renameSync(tmp, target);
  } catch (e) {
    clean(tmp);
    throw e;
  }
}
