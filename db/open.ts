// Opens a .trayline project file: WAL so the CLI can read while the app writes, foreign keys on,
// and the schema brought to the latest version by numbered migrations (backing the file up first).
import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

export class ProjectFileError extends Error {
  constructor(
    message: string,
    public readonly path: string,
  ) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

export interface OpenOptions {
  /** Create the file if it does not exist (default false). */
  create?: boolean;
  readonly?: boolean;
}

export function openProject(path: string, opts: OpenOptions = {}): Db {
  const exists = existsSync(path);
  if (!exists && !opts.create) throw new ProjectFileError(`${path}: no such project file`, path);
  let db: Db;
  try {
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !opts.create });
  } catch (e) {
    throw new ProjectFileError(`${path}: cannot open: ${(e as Error).message}`, path);
  }
  try {
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (exists) checkIsProject(db, path);
    const version = currentVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ProjectFileError(
        `${path} was written by a newer Trayline (schema version ${version}); this version reads up to ${LATEST_SCHEMA_VERSION}. Update Trayline to open it.`,
        path,
      );
    }
    const applied = appliedVersions(db);
    if (MIGRATIONS.some((m) => !applied.has(m.version))) {
      if (opts.readonly) {
        throw new ProjectFileError(
          `${path} uses schema version ${version}; open it once for writing to migrate it to ${LATEST_SCHEMA_VERSION}`,
          path,
        );
      }
      if (version > 0) backup(db, path, version);
      migrate(db, applied);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function checkIsProject(db: Db, path: string): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    throw new ProjectFileError(`${path} is not a Trayline project (not an SQLite database)`, path);
  }
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all() as string[];
  if (tables.length > 0 && !tables.includes('schema_migrations')) {
    throw new ProjectFileError(`${path} is an SQLite database but not a Trayline project`, path);
  }
}

export function currentVersion(db: Db): number {
  const has = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'")
    .get();
  if (!has) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Migrations are numbered by branch as well as by time (two may merge in either order), so each
 * one not yet recorded is applied, not only those above the highest recorded. */
function appliedVersions(db: Db): Set<number> {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!has) return new Set();
  return new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
}

function backup(db: Db, path: string, version: number): void {
  checkpoint(db);
  const target = `${path}.v${version}.bak`;
  copyFileSync(path, target);
}

function migrate(db: Db, applied: ReadonlySet<number>): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    )`);
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    }
  })();
}

/** Moves the WAL's pages into the file and empties it (a closed project is then one file). */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Closes the file, checkpointing first when it was open for writing; safe on a closed handle. */
export function closeProjectDb(db: Db, opts: { checkpoint?: boolean } = {}): void {
  if (!db.open) return;
  try {
    if (opts.checkpoint && !db.readonly) checkpoint(db);
  } finally {
    db.close();
  }
}

/** Writes a compact copy of the whole file (undo history included) to `path`. */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}
