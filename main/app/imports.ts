// Importing into a project: a layout JSON document (all or nothing, one undo step) and an
// installed hall from NetBox exports (all or nothing; a project file made for it is removed again
// when it fails).
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { Layout } from '../../core/model/layout.js';
import { importLayout, type ImportResult } from '../../db/layout-import.js';
import type { HallImportResult } from '../../core/api/imports.js';
import { sortHallFiles } from '../../core/import/hall-files.js';
import type { RowError } from '../../core/import/netbox-types.js';
import { hallIdByName } from '../../db/halls.js';
import { LayoutError, parseLayoutText, type JsonLocator } from '../../db/layout-parse.js';
import { importNetbox, NetboxImportError, type NetboxFileText, type NetboxImportInput, type NetboxImportOptions, type NetboxImportSummary } from '../../db/netbox-import.js';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { forgetChecks } from './checks.js';
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

const MAX_LISTED = 200;

/**
 * A hall from the files the user picked (api 'import.hall'): NetBox's exports with device type
 * YAML, or one layout JSON document, sorted by core/import/hall-files.ts. Nothing is written when
 * anything is wrong; the problems come back listed (the CLI's import commands throw instead).
 */
export function importHallFiles(db: ProjectDb, files: readonly NetboxFileText[], opts: NetboxImportOptions = {}): HallImportResult {
  const sorted = sortHallFiles(files);
  const result: HallImportResult = { kind: null, files: sorted.roles, problems: [], moreProblems: 0, summary: null, notes: [], hallId: null };
  const fail = (problems: readonly RowError[]): HallImportResult => ({ ...result, problems: problems.slice(0, MAX_LISTED), moreProblems: Math.max(0, problems.length - MAX_LISTED) });
  if (sorted.problems.length) return fail(sorted.problems);
  try {
    if (sorted.layout) {
      const doc = parseLayout(sorted.layout.text, sorted.layout.name);
      const r = importLayoutInto(db, doc);
      forgetChecks(db);
      const hall = doc.layout.halls?.[0]?.name ?? doc.layout.racks?.[0]?.hall;
      const counts = [[r.halls, 'hall'], [r.rows, 'row'], [r.racks, 'rack'], [r.devices, 'device'], [r.trays, 'tray'], [r.cables, 'cable'], [r.feeds, 'power feed'], [r.cdus, 'CDU']] as const;
      return { ...result, kind: 'layout', summary: counts.filter(([n]) => n > 0).map(([n, what]) => plural(n, what)).join(', ') || 'nothing new', hallId: hall ? hallIdByName(db, hall) : null };
    }
    const s = importNetbox(db, sorted.netbox, opts);
    forgetChecks(db);
    const summary =
      `${plural(s.racks, 'rack')} in ${plural(s.rows, 'row')} (${plural(s.halls, 'new hall')}), ${plural(s.devices, 'device')}, ${plural(s.cables, 'cable')}` +
      (s.cdus ? `, ${plural(s.cdus, 'CDU')}` : '') +
      (s.deviceTypes ? `, ${plural(s.deviceTypes, 'device type')}` : '');
    return { ...result, kind: 'netbox', summary, notes: s.notes, hallId: s.hallIds[0] ?? null };
  } catch (e) {
    if (e instanceof NetboxImportError) return fail(e.errors);
    if (e instanceof LayoutError) {
      const more = e.more ? ` (and ${e.capped ? 'at least ' : ''}${e.more.toLocaleString('en-US')} more problem${e.more === 1 ? '' : 's'}: the first is shown)` : '';
      return fail([{ file: sorted.layout!.name, line: e.line, column: e.where, reason: e.reason + more }]);
    }
    throw e;
  }
}

const plural = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
