// The one writer policy for every connection to a project file: the app and any number of CLI
// processes may write the same file. SQLite in WAL mode lets one writer at a time; a second one
// waits on the busy timeout. That wait only happens when the writer asks for the lock up front:
// a deferred transaction that reads and then writes is refused at once ("database is locked"),
// or, when another process committed since it started reading, with SQLITE_BUSY_SNAPSHOT, which
// no wait can cure. So every write transaction starts with BEGIN IMMEDIATE (the whole transaction
// sees one current snapshot), waits up to busyWaitMs(), is retried a bounded number of times,
// and otherwise fails with one line the user can act on.
import type { Statement } from 'better-sqlite3';
import { ApiError } from '../core/model/errors.js';
import type { Db } from './open.js';

const DEFAULT_BUSY_WAIT_MS = 5000;

/** How long one attempt waits for another process's write to finish, ms: 5 s, or
 * TRAYLINE_BUSY_WAIT_MS (0-600000) for a script that would rather fail fast or wait out a long
 * generation (and the tests of the refusal, which otherwise wait 3 x 5 s twice). */
export function busyWaitMs(): number {
  const raw = process.env.TRAYLINE_BUSY_WAIT_MS;
  if (raw === undefined || raw === '') return DEFAULT_BUSY_WAIT_MS;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 0 || v > 600_000) throw new Error(`TRAYLINE_BUSY_WAIT_MS=${JSON.stringify(raw)}: expected whole milliseconds from 0 to 600000`);
  return v;
}

/** Attempts of a write transaction before giving up (each waits up to busyWaitMs()). */
export const WRITE_ATTEMPTS = 3;

export const BUSY_MESSAGE = 'the project is being written by another process; try again';

/** Another process held the write lock for longer than the bounded wait. */
export class ProjectBusyError extends ApiError {
  constructor() {
    super('conflict', BUSY_MESSAGE);
    this.name = 'ProjectBusyError';
  }
}

/** SQLITE_BUSY and its extended codes (_SNAPSHOT, _RECOVERY, _TIMEOUT), and SQLITE_LOCKED. */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/**
 * Runs `fn` in one write transaction (BEGIN IMMEDIATE). Inside another transaction it is a
 * savepoint of it, as better-sqlite3 nests them. A busy file is retried WRITE_ATTEMPTS times,
 * then reported as ProjectBusyError; any other error rolls back and is rethrown as is.
 * Every write transaction bumps the project's revision (projectRevision), in the same
 * transaction, so what is derived from the data and kept in the file (the floor, db/floor-cache.ts)
 * is known to be out of date: every write of the project's data goes through here.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return immediate(db, () => {
    bumpRevision(db);
    return fn();
  });
}

/**
 * A write transaction for data derived from the project (the floor kept in the file): it does not
 * bump the revision, since it changes nothing the project is made of, and it never waits: when
 * another process holds the write lock it returns undefined (the derived data is written another
 * time). Only db/floor-cache.ts.
 */
export function derivedWriteTransaction<T>(db: Db, fn: () => T): T | undefined {
  if (db.inTransaction) throw new Error('derived data is written in a transaction of its own');
  const before = unaccountedChanges(db);
  db.pragma('busy_timeout = 0');
  try {
    return db.transaction(fn).immediate();
  } catch (e) {
    if (isBusyError(e)) return undefined;
    throw e;
  } finally {
    accounted.set(db, totalChanges(db) - before);
    db.pragma(`busy_timeout = ${busyWaitMs()}`);
  }
}

function immediate<T>(db: Db, fn: () => T): T {
  const tx = db.transaction(fn);
  if (db.inTransaction) return tx();
  const before = unaccountedChanges(db);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return tx.immediate();
      } catch (e) {
        if (!isBusyError(e)) throw e;
        if (attempt >= WRITE_ATTEMPTS) throw new ProjectBusyError();
      }
    }
  } finally {
    // Its rows are accounted for: committed with the revision bumped, or rolled back. Rows
    // changed around writeTransaction before it stay unaccounted.
    accounted.set(db, totalChanges(db) - before);
  }
}

/**
 * The project's revision: bumped by every write transaction (kept in the file header's
 * user_version, which every SQLite file has and which changes with the transaction: a rolled
 * back one leaves it as it was). Two reads of the same revision saw the same data.
 */
export function projectRevision(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function bumpRevision(db: Db): void {
  // user_version is a signed 32-bit integer: wrap rather than overflow (only equality matters).
  db.pragma(`user_version = ${(projectRevision(db) + 1) % 0x7fffffff}`);
}

const accounted = new WeakMap<Db, number>();

// Asked twice per write transaction (every edit): prepared once per connection.
const totalChangesStmt = new WeakMap<Db, Statement>();
function totalChanges(db: Db): number {
  let st = totalChangesStmt.get(db);
  if (!st) totalChangesStmt.set(db, (st = db.prepare('SELECT total_changes()').pluck()));
  return st.get() as number;
}

/**
 * Rows this connection changed outside any write transaction (a write that went around
 * writeTransaction): 0 when every change is covered by a revision bump or was rolled back. Anything else and the revision cannot be trusted to say the data is unchanged: the floor
 * kept in the file is neither used nor written, and closing the file bumps the revision.
 */
export function unaccountedChanges(db: Db): number {
  return totalChanges(db) - (accounted.get(db) ?? 0);
}

/** Runs `fn` in one read transaction, so every statement sees the same committed state. */
export function readTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).deferred();
}
