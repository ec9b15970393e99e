// The inspector's route and channel read the kept check session. A large project whose checks are
// not running gets no checks.update after its edits: the session must catch up on the edits the
// app made (edit.apply, undo, redo, and the routes routing.routeCables stores), not be built
// again for each (1.7-3.6 s at 32k GPUs), whatever derived data is written meanwhile (the floor
// kept in the file), and be dropped after any other write, this process's or another's (the views
// then read a session over their own part of the project, view-session.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../core/checks/session.js';
import { applyEdit } from '../../db/edits.js';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { storeFloorJson } from '../../db/floor-cache.js';
import { projectRevision } from '../../db/tx.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { checkSessionOf, keptCurrentSession, runChecks } from '../../main/app/checks.js';
import { generateFabric } from '../../main/app/fabric.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { editHandlers as e } from '../../main/handlers/edit.js';
import { routingHandlers as h } from '../../main/handlers/routing.js';
import { withProject } from './with-project.js';

test('after edits through the app the kept session catches up instead of being rebuilt, and agrees with a fresh one', () =>
  withProject(async (ctx, db, file) => {
    const fresh = () => new CheckSession(loadSnapshot(db, { storedRoutes: false }));
    const before = (await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM!;
    const kept = checkSessionOf(db);
    const x0 = new EntityStore(db).get('rack', 2)!.xMm;
    const stored = new EntityStore(db).get('cable', 1)!.routedMm;

    // moving rack B lengthens C1 by 600 mm along the tray; the app then keeps the settled floor
    // in the file (derived data)
    await e['edit.apply'](ctx, { label: 'move', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: x0 + 600 } }] });
    assert.ok(storeFloorJson(db, Buffer.from('{}'), projectRevision(db)), 'floor kept');
    assert.equal((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM, before + 0.6);
    assert.equal(checkSessionOf(db), kept, 'caught up, not built again');
    // the inspector leaves stored routes as they were; checks.update, once the checks run, writes C1's
    assert.equal(new EntityStore(db).get('cable', 1)!.routedMm, stored);
    const u = await h['checks.update'](ctx, { touched: { rack: [2] } });
    assert.equal(u.routes!.put.cable!.find((c) => c.id === 1)!.routedMm, before * 1000 + 600);
    assert.equal(new EntityStore(db).get('cable', 1)!.routedMm, before * 1000 + 600);

    // a longer-reaching assembly for C2: its reach error goes, and the stored route the renderer
    // asks for in between (derived data) does not make the session stale
    await e['edit.apply'](ctx, { label: 'media', ops: [{ op: 'update', kind: 'cable', id: 2, patch: { mediaId: 'AEC-7' } }] });
    await h['routing.routeCables'](ctx, { cableIds: [2] });
    const c2 = await h['routing.cableRoute'](ctx, { cableId: 2 });
    assert.equal(c2.orderedM, 3, 'AEC-7 ordered at its 3 m stock length');
    assert.equal(checkSessionOf(db), kept);
    assert.deepEqual(kept.violations(), fresh().violations());
    assert.equal(kept.counts().reach.errors, 0);

    // undo both edits (the media, then the move), and redo them
    const reachErrors = (await h['checks.forObjects'](ctx, { objects: [{ kind: 'cable', id: 2 }] })).counts.reach.errors;
    await e['edit.undo'](ctx, {});
    await e['edit.undo'](ctx, {});
    assert.equal((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM, before);
    assert.equal(kept.counts().reach.errors, 1, 'DAC-2 back on C2');
    await e['edit.redo'](ctx, {});
    await e['edit.redo'](ctx, {});
    assert.equal((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM, before + 0.6);
    assert.equal(kept.counts().reach.errors, reachErrors);
    assert.equal(checkSessionOf(db), kept);
    assert.deepEqual(kept.violations(), fresh().violations());

    // a write the app did not note (here straight to the store): the next read drops it
    applyEdit(db, { label: 'move back', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: x0 } }] });
    assert.equal((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM, before);
    assert.notEqual(checkSessionOf(db), kept, 'dropped: checks build a new one');
    assert.deepEqual(checkSessionOf(db).violations(), fresh().violations());

    // another process (the CLI) editing the same file: dropped too
    const rebuilt = checkSessionOf(db);
    const other = openProject(file);
    applyEdit(other, { label: 'move', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: x0 + 300 } }] });
    other.close();
    assert.equal((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM, before + 0.3);
    assert.notEqual(checkSessionOf(db), rebuilt, 'dropped after the other process wrote');
  }));

test('an edit touching more rows than a catch-up is worth (a hall deleted) drops the kept session; a small one keeps it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-catchup-')), 'p.trayline');
  const db0 = openProject(file, { create: true });
  seedCatalog(db0);
  await generateFabric(db0, { arch: 'rail-optimized', gpus: 2048, cabling: 'structured' }, { route: true });
  db0.close();
  try {
    await withProject(async (ctx, db) => {
      runChecks(db);
      const kept = checkSessionOf(db);
      const hall = db.prepare('SELECT id FROM halls').pluck().get() as number;
      await e['edit.apply'](ctx, { label: 'rename', ops: [{ op: 'update', kind: 'hall', id: hall, patch: { name: 'renamed' } }] });
      assert.equal(keptCurrentSession(db), kept, 'one row: caught up');
      const gone = await e['edit.apply'](ctx, { label: 'delete hall', ops: [{ op: 'delete', kind: 'hall', id: hall }] });
      const rows = Object.values(gone.patch.del).reduce((n, ids) => n + ids.length, 0);
      assert.ok(rows > 20_000, `${rows} rows deleted`);
      assert.equal(keptCurrentSession(db), null, 'dropped');
    }, file);
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
});
