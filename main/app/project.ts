// Opening, closing and copying project files, and what a project holds: the use cases every
// adapter starts from. An OpenProject is the port the other use cases take: the file's path and
// its connection, which only db/ reads and writes.
import { basename, dirname, join } from 'node:path';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { ProjectInfo } from '../../core/api/project.js';
import type { Cable, Device, Port, ProjectSettings, ProjectSnapshot } from '../../core/model/entities.js';
import { entityCounts } from '../../db/counts.js';
import { cableLabelTaken } from '../../db/channels.js';
import { freeCableLabel } from '../../core/model/cable-label.js';
import { structuredCounts } from '../../core/routing/links.js';
import { closeProjectDb, currentVersion, openProject, vacuumInto, type Db, type OpenOptions } from '../../db/open.js';
import { writeSettings } from '../../db/settings.js';
import { cachedSnapshotJson, loadSnapshot } from '../../db/snapshot.js';
import { cacheFloor, cachedFloor, cachedFloorJson, floorInPieces, loadDetail, loadFloorCounts, type DetailQuery } from '../../db/floor.js';
import { cacheKeptFloor, keepFloorInFile, unkeptFloorState } from '../../db/floor-cache.js';
import type { FloorCounts, FloorDetail, FloorPayload } from '../../core/model/floor.js';
import { createProject } from './create-project.js';

export { ProjectFileError } from '../../db/open.js';
export type { OpenOptions } from '../../db/open.js';
export type { ImportResult } from '../../db/layout-import.js';
export { createProject, type CreateOptions } from './create-project.js';

/** The database port of the use cases: a project file's connection. */
export type ProjectDb = Db;

export interface OpenProject {
  path: string;
  db: ProjectDb;
}

/** Opens an existing project file (migrating an older one); throws ProjectFileError naming it. */
export function openProjectFile(path: string, opts: OpenOptions = {}): OpenProject {
  return { path, db: openProject(path, opts) };
}

/**
 * Closes the file. `checkpoint` (the app quitting or switching project) folds the WAL into the
 * file first; the CLI just closes, so it never waits on a reader the app holds. A floor computed
 * for the project as it is and not yet in the file is written there first, for the next open.
 */
export function closeProject(p: OpenProject, opts: { checkpoint?: boolean } = {}): void {
  if (p.db.open) keepProjectFloor(p.db);
  closeProjectDb(p.db, opts);
}

/** Runs `fn` on the project file and closes it whatever happens. */
export async function withProject<T>(path: string, opts: OpenOptions, fn: (p: OpenProject) => T | Promise<T>): Promise<T> {
  const p = openProjectFile(path, opts);
  try {
    return await fn(p);
  } finally {
    closeProject(p);
  }
}

/** Counts; `structured` adds links, trunks and panels (traced over the whole snapshot: not for every call). */
export function projectInfo(p: OpenProject, opts: { structured?: boolean } = {}): ProjectInfo {
  const info: ProjectInfo = { path: p.path, schemaVersion: currentVersion(p.db), ...entityCounts(p.db) };
  return opts.structured ? { ...info, ...structuredCounts(loadSnapshot(p.db)) } : info;
}

export function projectSnapshot(db: ProjectDb): ProjectSnapshot {
  return loadSnapshot(db);
}

/** What the floor plan draws, without devices, ports and cables (opening a project). */
export function projectFloor(db: ProjectDb): FloorPayload {
  return cachedFloor(db);
}

/**
 * Fills the floor's cache (and its JSON's), what a page opening the project asks for first: from
 * the floor kept in the project file when it is current (one row), otherwise computed a piece at
 * a time (db/floor.ts floorInPieces), so the process can serve other requests between pieces; the
 * floor is in the cache once it is done, unless the data changed meanwhile or a caller computed
 * it first.
 */
export function* prepareProjectOpenInPieces(db: ProjectDb): Generator<void, void> {
  if (cacheKeptFloor(db)) return;
  const payload = yield* floorInPieces(db);
  if (payload) cacheFloor(db, payload);
}

/**
 * Writes the floor computed for the project as it is into its file, for the next open
 * (db/floor-cache.ts keepFloorInFile): once the project settles, and on closing. Derived data: a
 * failure to write it (a busy or read-only file, a full disk) is not the caller's, and the next
 * open computes it again.
 */
export function keepProjectFloor(db: ProjectDb): boolean {
  try {
    return keepFloorInFile(db);
  } catch {
    return false;
  }
}

/** Null when the floor kept in the project file is current (or cannot be kept); otherwise the data's state (db/floor-cache.ts). */
export function projectFloorUnkept(db: ProjectDb): string | null {
  return db.readonly ? null : unkeptFloorState(db);
}

/** projectFloor as JSON text, cached with it (the bridge sends it as is). */
export function projectFloorJson(db: ProjectDb): Buffer {
  return cachedFloorJson(db);
}

/** The floor payload's counts alone: re-read after an edit of devices or cables in floor mode. */
export function projectFloorCounts(db: ProjectDb): FloorCounts {
  return loadFloorCounts(db);
}

/** Devices, ports and cables of some racks, cables or a tray segment (db/floor.ts). */
export function projectDetail(db: ProjectDb, q: DetailQuery): FloorDetail<Device, Port, Cable> {
  return loadDetail(db, q);
}

/** The snapshot as JSON text pieces, cached until the data changes (the bridge sends them as is). */
export function projectSnapshotJson(db: ProjectDb): Buffer[] {
  return cachedSnapshotJson(db);
}

/** A cable label free across the project (core/model/cable-label.ts), from the one its ends give. */
export function freeLabelOfCable(db: ProjectDb, base: string): string {
  return freeCableLabel(base, (label) => cableLabelTaken(db, label));
}

export function updateSettings(db: ProjectDb, patch: Partial<ProjectSettings>): ProjectSettings {
  return writeSettings(db, patch);
}

/**
 * Writes a project file beside `target`, then puts it in place with one rename, so a failure
 * leaves `target` as it was. A stale -wal/-shm of the file being replaced would otherwise be
 * replayed into the new one, so they go first.
 */
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

/** A new project (schema and built-in catalog) at `path`, replacing a file already there. */
export function createProjectReplacing(path: string): void {
  writeVia(path, (tmp) => void createProject(tmp));
}

/** A compact copy of the open project (undo history included) at `path`, replacing a file there. */
export function saveProjectCopy(p: OpenProject, path: string): void {
  writeVia(path, (tmp) => vacuumInto(p.db, tmp));
}

/** The built-in demo project at `path`, created with the demo hall on first use. */
export function ensureDemoProject(path: string): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  createProject(path, { demo: true });
}
