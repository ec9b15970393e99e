// A new project file: the schema, the built-in catalog, and optionally the demo hall. Built in a
// temporary file beside the target and renamed into place, so a failure leaves no half-made project.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { demoLayout } from '../../core/demo/demo-hall.js';
import { clearHistory } from '../../db/history.js';
import { importLayout, type ImportResult } from '../../db/layout-import.js';
import { checkpoint, openProject, ProjectFileError } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { routeProject } from './routing.js';

export interface CreateOptions {
  demo?: boolean;
  progress?: (phase: string, done: number, total: number) => void;
}

export function createProject(path: string, opts: CreateOptions = {}): ImportResult | null {
  if (existsSync(path)) throw new ProjectFileError(`${path} already exists; not overwriting it`, path);
  const temp = `${path}.creating-${process.pid}`;
  rmSync(temp, { force: true });
  let counts: ImportResult | null = null;
  try {
    const db = openProject(temp, { create: true });
    try {
      seedCatalog(db);
      if (opts.demo) {
        counts = importLayout(db, demoLayout(), { label: 'Demo hall', progress: opts.progress });
        // Routed, with media chosen, so the demo opens with its cables on the trays and nothing to warn about.
        routeProject(db, { autoMedia: 'missing', details: false }, opts.progress);
        // The demo is the starting point, not an undoable step.
        clearHistory(db);
      }
      checkpoint(db);
    } finally {
      db.close();
    }
    if (existsSync(path)) throw new ProjectFileError(`${path} already exists; not overwriting it`, path);
    renameSync(temp, path);
    return counts;
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) rmSync(f, { force: true });
  }
}
