// project.freeCableLabel: a new cable's label free across the project's cables, rows and records'
// jumpers alike (a page opened floor first holds only the cables it fetched, so it asks the server
// instead of loading every cable). The rule is core/model/cable-label.ts: the base, else
// `base (2)`, `base (3)`, ...
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { applyEdit } from '../../db/edits.js';
import { generateFabric } from '../../main/app/fabric.js';
import { projectHandlers as h } from '../../main/handlers/project.js';
import { ProjectSession } from '../../main/session/session.js';

test('a free label: the base when free, else the first "(n)" no cable has, records\' jumpers included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-label-'));
  const file = join(dir, 'p.trayline');
  const db = openProject(file, { create: true });
  seedCatalog(db);
  await generateFabric(db, { arch: 'rail-optimized', gpus: 256, radix: 64, rails: 8, cabling: 'structured' }, { route: false });
  const session = new ProjectSession({ path: file, db });
  const ctx = session.context();
  const free = async (base: string) => (await h['project.freeCableLabel'](ctx, { base })).label;
  try {
    // a jumper held in a record (no cable row has its label) and a trunk (a row)
    const jumper = db.prepare('SELECT a_label FROM channels ORDER BY id LIMIT 1').pluck().get() as string;
    const trunk = db.prepare("SELECT label FROM cables WHERE label LIKE '%PP%/%PP%' ORDER BY id LIMIT 1").pluck().get() as string;
    assert.ok(jumper && trunk, 'the hall has records and trunks');
    assert.equal(db.prepare('SELECT count(*) FROM cables WHERE label = ?').pluck().get(jumper), 0, 'the jumper is a record, not a row');
    assert.equal(await free(jumper), `${jumper} (2)`);
    assert.equal(await free(trunk), `${trunk} (2)`);
    assert.equal(await free('new-a:1—new-b:1'), 'new-a:1—new-b:1');
    // "(2)" taken by a cable made since: "(3)"
    const [pa, pb] = db.prepare("SELECT id FROM ports WHERE kind = 'interface' ORDER BY id DESC LIMIT 2").pluck().all() as number[];
    applyEdit(db, { label: 'c', ops: [{ op: 'create', kind: 'cable', value: { label: `${trunk} (2)`, aPortId: pa!, bPortId: pb!, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' } }] });
    assert.equal(await free(trunk), `${trunk} (3)`);
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
