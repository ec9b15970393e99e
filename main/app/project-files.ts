// Project files chosen by name in one folder (the browser mode's New / Open / Open recent / Save
// as) and the list of recently opened projects (kept in the user's data folder, shared with the
// desktop app's Open Recent menu). A name from the page is only ever looked up among the files
// of the folder: it never becomes a path of its own.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ProjectFilesList } from '../../core/api/files.js';
import { ApiError } from '../../core/model/errors.js';

export const PROJECT_EXT = '.trayline';
const RECENT_MAX = 10;

/** The project files of `folder`, by name. */
export function projectFileNames(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(PROJECT_EXT) && !n.startsWith('.') && statSync(join(folder, n), { throwIfNoEntry: false })?.isFile()).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function listProjectFiles(folder: string, currentPath: string | null, recent: readonly string[]): ProjectFilesList {
  const names = projectFileNames(folder);
  const current = currentPath ? resolve(currentPath) : null;
  const files = names.map((name) => {
    const s = statSync(join(folder, name));
    return { name, modified: s.mtime.toISOString(), bytes: s.size, current: resolve(folder, name) === current };
  });
  const inFolder = recent.filter((p) => resolve(dirname(p)) === resolve(folder) && names.includes(basename(p))).map((p) => basename(p));
  return { folder, files, recent: inFolder };
}

/** The path of an existing project file of the folder named `name`; not-found otherwise. */
export function existingProjectFile(folder: string, name: string): string {
  if (!projectFileNames(folder).includes(name)) {
    throw new ApiError('not-found', `name: no project file ${JSON.stringify(name)} in the folder (choose one from the list)`, 'name');
  }
  return join(folder, name);
}

/** The path for a new project file of the folder named `name` (".trayline" added); conflict when taken. */
export function newProjectFile(folder: string, name: string): string {
  const file = name.endsWith(PROJECT_EXT) ? name : `${name}${PROJECT_EXT}`;
  if (file === PROJECT_EXT || file.startsWith('.')) throw new ApiError('bad-input', `name: ${JSON.stringify(name)} is not a file name`, 'name');
  const path = join(folder, file);
  if (existsSync(path)) throw new ApiError('conflict', `name: ${file} already exists in the folder; choose another name or open it`, 'name');
  return path;
}

function recentFile(dataDir: string): string {
  return join(dataDir, 'recent-projects.json');
}

/** Recently opened project paths, most recent first (files that no longer exist are left out). */
export function readRecent(dataDir: string): string[] {
  try {
    const list = JSON.parse(readFileSync(recentFile(dataDir), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && existsSync(p)) : [];
  } catch {
    return [];
  }
}

/** Puts `path` first in the recent list. A list that cannot be written is not worth failing an open for. */
export function noteRecent(dataDir: string, path: string): void {
  const abs = resolve(path);
  const list = [abs, ...readRecent(dataDir).filter((p) => resolve(p) !== abs)].slice(0, RECENT_MAX);
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(recentFile(dataDir), JSON.stringify(list, null, 1));
  } catch {
    // read-only data folder: the list just is not kept
  }
}
