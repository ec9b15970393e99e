// What another process opening a project file now would be served as its floor from the file.
import { storedFloorJson } from '../../db/floor-cache.js';
import { openProject } from '../../db/open.js';

/** The floor's JSON kept in the file and current (null: an open would compute it). */
export function keptElsewhere(path: string): string | null {
  const other = openProject(path, { readonly: true });
  try {
    return storedFloorJson(other)?.toString('utf8') ?? null;
  } finally {
    other.close();
  }
}
