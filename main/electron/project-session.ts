// The desktop app's one open project: opened from the command line, the Open/New/Save As dialogs,
// or the demo in the user's data folder. The handlers reach it through HandlerContext.project().
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../core/api/define.js';
import { openProject, type Db } from '../../db/open.js';
import type { OpenProject } from '../handlers/context.js';

export class DesktopProjectSession {
  private open_: OpenProject | null = null;

  /** @param demoPath where the demo project lives (in the user's data folder). */
  constructor(private readonly demoPath: string) {}

  current(): OpenProject {
    if (!this.open_) throw new ApiError('no-project', 'no project is open');
    return this.open_;
  }

  get path(): string | null {
    return this.open_?.path ?? null;
  }

  /** Opens an existing project file; the previous one stays open if this fails. */
  open(path: string): OpenProject {
    let db: Db;
    try {
      db = openProject(path);
    } catch (e) {
      // Some SQLite errors ("file is not a database") do not say which file.
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(message.includes(path) ? message : `${path}: ${message}`);
    }
    return this.replace({ path, db });
  }

  /** Creates a new empty project at `path` (replacing a file the user chose to overwrite). */
  create(path: string): OpenProject {
    if (this.open_ && resolve(this.open_.path) === resolve(path)) this.close();
    writeVia(path, (tmp) => {
      const db = openProject(tmp, { create: true });
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    });
    return this.open(path);
  }

  /** Writes a compact copy of the open project (history included) to `path` and switches to it. */
  saveAs(path: string): OpenProject {
    const current = this.current();
    if (resolve(current.path) === resolve(path)) return current;
    writeVia(path, (tmp) => void current.db.prepare('VACUUM INTO ?').run(tmp));
    return this.open(path);
  }

  /** Opens the demo project, creating it on first use. */
  openDemo(): OpenProject {
    if (!existsSync(this.demoPath)) this.create(this.demoPath);
    return this.open(this.demoPath);
  }

  close(): void {
    this.open_?.db.close();
    this.open_ = null;
  }

  private replace(next: OpenProject): OpenProject {
    this.close();
    this.open_ = next;
    return next;
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
