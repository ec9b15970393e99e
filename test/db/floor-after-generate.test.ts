// The floor a page opens with, read on the connection that has just generated a fabric: the
// generator writes port rows through temporary tables, and the floor's read runs in a
// transaction; a connection setting changed there (temp_store) made every floor read after a
// generation fail ("temporary storage cannot be changed from within a transaction"), so the app
// showed no new hall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { floorInPieces, loadFloor } from '../../db/floor.js';
import { generateFabric } from '../../main/app/fabric.js';
import { floorRacks } from '../../core/model/floor.js';

test('after a fabric generation on the same connection, the floor (whole and in pieces) shows the new hall', async () => {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-floor-gen-')), 'h.trayline'), { create: true });
  try {
    seedCatalog(db);
    const g = await generateFabric(db, { arch: 'rail-optimized', gpus: 256 }, { route: true });
    const whole = db.transaction(() => loadFloor(db))();
    assert.equal(whole.halls.length, 1);
    assert.equal(floorRacks(whole).length, g.summary.racks, 'every generated rack is on the floor');
    assert.equal(whole.counts.cables, g.summary.links.total, 'one cable per link (direct cabling)');
    const pieces = floorInPieces(db, 100);
    let step = pieces.next();
    while (!step.done) step = pieces.next();
    assert.deepEqual(step.value, whole, 'the floor computed in pieces is the same floor');
  } finally {
    db.close();
  }
});
