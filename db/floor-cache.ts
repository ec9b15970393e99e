// The floor payload's JSON text kept in the project file (table floor_cache, migration 011), so
// that opening a project reads one row instead of grouping every cable's route (~110-470 ms at
// 32k GPUs). It is derived data and is used only when it is the floor of the data as it is: it
// names the project revision it was computed at (db/tx.ts projectRevision, bumped in every write
// transaction) and the payload format below. Never stale, never on the path of an edit: a write
// only bumps the revision; the floor is written back when one was computed for the current
// revision (on closing, main/app/project.ts closeProject) or once the project has settled after
// edits or an open (main/session/session.ts).
import type { Db } from './open.js';
import { cacheEntry, cacheUnder, dataStateKey, isCached } from './snapshot.js';
import { derivedWriteTransaction, projectRevision, readTransaction, unaccountedChanges } from './tx.js';

/**
 * The payload's format: bump it whenever what project.floor returns changes (core/model/floor.ts
 * FloorPayload, or how db/floor.ts, db/floor-unrouted.ts and core/geometry/floor-marks.ts compute
 * it), so a file's kept floor from another version of Trayline is not used
 * (test/db/floor-cache.test.ts pins it to those four files).
 */
export const FLOOR_FORMAT = 4;

/** The floor's JSON kept in the file when it is the floor of the data as it is now; null otherwise. */
export function storedFloorJson(db: Db): Buffer | null {
  if (unaccountedChanges(db) !== 0) return null;
  return readTransaction(db, () => {
    const json = db.prepare('SELECT json FROM floor_cache WHERE id = 1 AND revision = ? AND format = ?').pluck().get(projectRevision(db), FLOOR_FORMAT);
    return json instanceof Buffer ? json : null;
  });
}

/**
 * Keeps `json`, the floor computed when the project was at `revision`, in the file, provided the
 * project is still at that revision (checked in the write transaction, so a floor is never
 * labelled with a later revision than its data's). False when it is not, when the file is read
 * only or being written by another process (never waited for), or when this connection changed
 * rows around writeTransaction.
 */
export function storeFloorJson(db: Db, json: Buffer, revision: number): boolean {
  if (db.readonly || unaccountedChanges(db) !== 0) return false;
  const stored = derivedWriteTransaction(db, () => {
    if (projectRevision(db) !== revision) return false;
    const kept = db.prepare('SELECT revision = ? AND format = ? FROM floor_cache WHERE id = 1').pluck().get(revision, FLOOR_FORMAT);
    if (kept !== 1) db.prepare('INSERT OR REPLACE INTO floor_cache (id, revision, format, json) VALUES (1, ?, ?, ?)').run(revision, FLOOR_FORMAT, json);
    return true;
  });
  return stored === true;
}

/** The revision of the floor kept in the file in this version's format; null when there is none. */
export function storedFloorRevision(db: Db): number | null {
  const r = db.prepare('SELECT revision FROM floor_cache WHERE id = 1 AND format = ?').pluck().get(FLOOR_FORMAT);
  return typeof r === 'number' ? r : null;
}

/**
 * The floor kept in the project file, put in the connection's cache (snapshot.ts) when it is the
 * floor of the data as it is: true then (or when the floor is cached already), false when it has to be
 * computed.
 */
export function cacheKeptFloor(db: Db): boolean {
  if (isCached(db, 'floor-json')) return true;
  const key = dataStateKey(db);
  const kept = storedFloorJson(db);
  if (kept) cacheUnder(db, 'floor-json', key, kept);
  return kept !== null && isCached(db, 'floor-json');
}

/**
 * Writes the floor computed for the data as it is now into the project file, for the next open
 * (not computed for this: false when there is none, or the file is busy or read only). Cheap when
 * the file has it already.
 */
export function keepFloorInFile(db: Db): boolean {
  const e = cacheEntry(db, 'floor-json');
  if (!e || e.key !== dataStateKey(db)) return false;
  const [revision, unaccounted] = e.key.split(':').map(Number) as [number, number];
  if (unaccounted !== 0) return false;
  if (storedFloorRevision(db) === revision) return true;
  return storeFloorJson(db, e.value as Buffer, revision);
}

/**
 * The data's state (dataStateKey) when the floor kept in the file is not the floor of the data as
 * it is and could be kept now, for a caller that waits for it to settle before computing it; null
 * when it is current, or cannot be kept on this connection (rows changed around writeTransaction).
 */
export function unkeptFloorState(db: Db): string | null {
  const key = dataStateKey(db);
  const [revision, unaccounted] = key.split(':').map(Number) as [number, number];
  return unaccounted !== 0 || storedFloorRevision(db) === revision ? null : key;
}
