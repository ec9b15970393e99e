// Importing into a project: a layout JSON document (all or nothing, one undo step) and an
// installed hall from NetBox exports (all or nothing; a project file made for it is removed again
// when it fails).
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Layout } from '../../core/model/layout.js';
import { importLayout, type ImportResult } from '../../db/layout-import.js';
import { parseLayoutText, type JsonLocator } from '../../db/layout-parse.js';
import { importNetbox, type NetboxImportInput, type NetboxImportOptions, type NetboxImportSummary } from '../../db/netbox-import.js';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import type { ProjectDb } from './project.js';

export { LayoutError } from '../../db/layout-parse.js';
export { NetboxImportError, type NetboxFileText, type NetboxImportSummary } from '../../db/netbox-import.js';
export type { ImportResult } from '../../db/layout-import.js';

export interface ParsedLayout {
  layout: Layout;
  locate: JsonLocator;
  file: string;
}

/** Reads layout JSON text; a LayoutError names the file, line and JSON path. */
export function parseLayout(text: string, file: string): ParsedLayout {
  return { ...parseLayoutText(text, file), file };
}

export function importLayoutInto(
  db: ProjectDb,
  doc: ParsedLayout,
  opts: { label?: string; progress?: (phase: string, done: number, total: number) => void } = {},
): ImportResult {
  return importLayout(db, doc.layout, { locate: doc.locate, file: doc.file, label: opts.label ?? `Import ${basename(doc.file)}`, progress: opts.progress });
}

/**
 * Racks, devices and cables from NetBox exports into the project at `path`, created (with the
 * built-in catalog, like `trayline new`) when it does not exist. Throws NetboxImportError listing
 * every bad row; then nothing is written, and a file this call created is removed.
 */
export function importNetboxHall(path: string, input: NetboxImportInput, opts: NetboxImportOptions = {}): NetboxImportSummary {
  const created = !existsSync(path);
  const db = openProject(path, { create: true });
  let failed = false;
  try {
    if (created) seedCatalog(db);
    return importNetbox(db, input, opts);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    db.close();
    if (failed && created) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  }
}
