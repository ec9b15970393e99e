// A new project file holding the built-in catalog, in a folder of its own, for one test: closed
// and removed afterwards, whatever the test did.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../../../db/open.js';
import { seedCatalog } from '../../../db/seed-catalog.js';

export async function withSeededProject(fn: (db: Db) => Promise<void> | void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-seeded-'));
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  seedCatalog(db);
  try {
    await fn(db);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
