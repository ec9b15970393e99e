// The one writer policy for every connection to a project file: the app and any number of CLI
// processes may write the same file. SQLite in WAL mode lets one writer at a time; a second one
// waits on the busy timeout. That wait only happens when the writer asks for the lock up front:
// a deferred transaction that reads and then writes is refused at once ("database is locked"),
// or, when another process committed since it started reading, with SQLITE_BUSY_SNAPSHOT, which
// no wait can cure. So every write transaction starts with BEGIN IMMEDIATE (the whole transaction
// sees one current snapshot), waits up to BUSY_TIMEOUT_MS, is retried a bounded number of times,
// and otherwise fails with one line the user can act on.
import { ApiError } from '../core/model/errors.js';
import type { Db } from './open.js';

/** How long one attempt waits for another process's write to finish. */
export const BUSY_TIMEOUT_MS = 5000;
/** Attempts of a write transaction before giving up (each waits up to BUSY_TIMEOUT_MS). */
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
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  const tx = db.transaction(fn);
  if (db.inTransaction) return tx();
  for (let attempt = 1; ; attempt++) {
    try {
      return tx.immediate();
    } catch (e) {
      if (!isBusyError(e)) throw e;
      if (attempt >= WRITE_ATTEMPTS) throw new ProjectBusyError();
    }
  }
}

/** Runs `fn` in one read transaction, so every statement sees the same committed state. */
export function readTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).deferred();
}
