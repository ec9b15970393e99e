// Opens a .trayline project file: WAL so the CLI can read while the app writes, foreign keys on,
// and the schema brought to the latest version by numbered migrations (backing the file up first).
// A file that is not a project (not SQLite, another program's database, an empty file, a newer
// Trayline's) is refused before anything is written to it: the journal mode is only switched to
// WAL once the file is known to be a Trayline project.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
import { busyWaitMs, unaccountedChanges, writeTransaction } from './tx.js';

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
  if (exists) sniffProjectFile(path);
  let db: Db;
  try {
    // `timeout` is SQLite's busy timeout: how long a statement waits for another process's write.
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !opts.create, timeout: busyWaitMs() });
  } catch (e) {
    throw new ProjectFileError(`${path}: cannot open: ${(e as Error).message}`, path);
  }
  try {
    db.pragma('foreign_keys = ON');
    // Sorts (the floor's GROUP BY route: ~115 -> ~65 ms at 32k GPUs) and the generator's temporary
    // port lists stay in memory. Set once here, before any temporary table exists: changing it later
    // drops the connection's temporary tables, and inside a transaction SQLite refuses it.
    db.pragma('temp_store = MEMORY');
    if (exists) checkIsProject(db, path);
    const version = currentVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ProjectFileError(
        `${path} was written by a newer Trayline (schema version ${version}); this version reads up to ${LATEST_SCHEMA_VERSION}. Update Trayline to open it.`,
        path,
      );
    }
    if (!opts.readonly) db.pragma('journal_mode = WAL');
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

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Refuses a path that cannot be a project file, from its first bytes, before SQLite opens it. */
function sniffProjectFile(path: string): void {
  const st = statSync(path);
  if (st.isDirectory()) throw new ProjectFileError(`${path} is a folder, not a Trayline project file`, path);
  if (st.size === 0) throw new ProjectFileError(`${path} is empty (0 bytes), not a Trayline project (trayline new makes one)`, path);
  const head = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new ProjectFileError(`${path}: cannot open: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) throw new ProjectFileError(`${path} is not a Trayline project (not an SQLite database)`, path);
}

/** Whether `path` starts like an SQLite database (a project, or any other program's). */
export function isSqliteFile(path: string): boolean {
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const fd = openSync(path, 'r');
    try {
      return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function checkIsProject(db: Db, path: string): void {
  let tables: string[];
  try {
    tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all() as string[];
  } catch (e) {
    throw new ProjectFileError(`${path} is not a Trayline project (not a readable SQLite database: ${(e as Error).message})`, path);
  }
  if (tables.length === 0) throw new ProjectFileError(`${path} is an empty SQLite database, not a Trayline project (trayline new makes one)`, path);
  if (!tables.includes('schema_migrations') || !tables.includes('halls')) {
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
  writeTransaction(db, () => {
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
  });
}

/** Moves the WAL's pages into the file and empties it (a closed project is then one file). */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Closes the file, checkpointing first when it was open for writing; safe on a closed handle. */
export function closeProjectDb(db: Db, opts: { checkpoint?: boolean } = {}): void {
  if (!db.open) return;
  try {
    // Rows changed around writeTransaction (a bug) did not bump the revision: bump it now, so no
    // floor kept in the file passes for theirs (db/floor-cache.ts).
    if (!db.readonly && !db.inTransaction && unaccountedChanges(db) !== 0) writeTransaction(db, () => {});
    if (opts.checkpoint && !db.readonly) checkpoint(db);
  } finally {
    db.close();
  }
}

/** Writes a compact copy of the whole file (undo history included) to `path`. */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}
