import type { ProjectSnapshot } from '../core/model/entities.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import { entityArrayJson, readAllEntities } from './entity-json.js';
import { currentVersion, type Db } from './open.js';
import { readSettings } from './settings.js';
import { projectRevision, readTransaction, unaccountedChanges } from './tx.js';

/**
 * The whole project as plain data, for the renderer and the engines (routing, checks, export).
 * `storedRoutes: false` leaves each cable's stored route out (null): for the check session, which
 * routes every cable itself (and compares with the file's routes only where it re-routes: db/
 * routing-store.ts storedRoutes).
 */
export function loadSnapshot(db: Db, opts: { storedRoutes?: boolean } = {}): ProjectSnapshot {
  return readTransaction(db, () => ({
    schemaVersion: currentVersion(db),
    halls: readAllEntities(db, 'hall'),
    rows: readAllEntities(db, 'row'),
    racks: readAllEntities(db, 'rack'),
    devices: readAllEntities(db, 'device'),
    ports: readAllEntities(db, 'port'),
    cables: readAllEntities(db, 'cable', undefined, opts.storedRoutes === false ? { omit: ['route'] } : {}),
    trays: readAllEntities(db, 'tray'),
    feeds: readAllEntities(db, 'feed'),
    cdus: readAllEntities(db, 'cdu'),
    deviceTypes: readDeviceTypes(db),
    media: readMedia(db),
    settings: readSettings(db),
  }));
}

/**
 * JSON.stringify(loadSnapshot(db)) without building the objects: the entity tables come out of
 * SQLite as JSON text. Pieces (UTF-8) to write one after another; read in one transaction.
 */
export function snapshotJsonChunks(db: Db): Buffer[] {
  const parts = readTransaction(db, () => [
    `{"schemaVersion":${JSON.stringify(currentVersion(db))},"halls":`,
    entityArrayJson(db, 'hall'),
    ',"rows":',
    entityArrayJson(db, 'row'),
    ',"racks":',
    entityArrayJson(db, 'rack'),
    ',"devices":',
    entityArrayJson(db, 'device'),
    ',"ports":',
    entityArrayJson(db, 'port'),
    ',"cables":',
    entityArrayJson(db, 'cable'),
    ',"trays":',
    entityArrayJson(db, 'tray'),
    ',"feeds":',
    entityArrayJson(db, 'feed'),
    ',"cdus":',
    entityArrayJson(db, 'cdu'),
    `,"deviceTypes":${JSON.stringify(readDeviceTypes(db))},"media":${JSON.stringify(readMedia(db))},"settings":${JSON.stringify(readSettings(db))}}`,
  ]);
  return parts.map((p) => Buffer.from(p, 'utf8'));
}

const caches = new WeakMap<Db, Map<string, { key: string; value: unknown }>>();

/**
 * Everything that changes when the data may have: the project's revision (bumped by every write
 * transaction, db/tx.ts), commits by other connections (data_version), rows changed by this
 * connection outside any write transaction (db/tx.ts unaccountedChanges), and schema changes
 * (schema_version). Writing the floor kept in the file changes none of them.
 */
export function dataStateKey(db: Db): string {
  return `${projectRevision(db)}:${unaccountedChanges(db)}:${db.pragma('data_version', { simple: true })}:${db.pragma('schema_version', { simple: true })}`;
}

/** True when `name` is cached for the data as it is now. */
export function isCached(db: Db, name: string): boolean {
  return caches.get(db)?.get(name)?.key === dataStateKey(db);
}

/**
 * build(db), kept under `name` until the data changes: opening the same project again (a reload,
 * a second window) costs nothing. The key is read before build's own transaction, so a commit
 * racing with the read can only make the cache look older than it is, never newer. What is
 * returned is shared between callers: read it, never change it.
 */
export function cachedUntilChange<T>(db: Db, name: string, build: (db: Db) => T): T {
  // Inside an open transaction the data may still be rolled back: never cache it.
  if (db.inTransaction) return build(db);
  const key = dataStateKey(db);
  let mine = caches.get(db);
  if (!mine) caches.set(db, (mine = new Map()));
  const hit = mine.get(name);
  if (hit?.key === key) return hit.value as T;
  const value = build(db);
  mine.set(name, { key, value });
  return value;
}

/**
 * Puts `value` in the cache under `name` as read when the data was in state `key` (dataStateKey
 * taken before the read: a value never gets a later key than its data's).
 */
export function cacheUnder(db: Db, name: string, key: string, value: unknown): void {
  if (db.inTransaction) return;
  let mine = caches.get(db);
  if (!mine) caches.set(db, (mine = new Map()));
  mine.set(name, { key, value });
}

/** What is cached under `name` with the key it was read under, current or not. */
export function cacheEntry(db: Db, name: string): { key: string; value: unknown } | undefined {
  return caches.get(db)?.get(name);
}

/** snapshotJsonChunks(db), cached until the data changes. */
export function cachedSnapshotJson(db: Db): Buffer[] {
  return cachedUntilChange(db, 'snapshot-json', snapshotJsonChunks);
}
