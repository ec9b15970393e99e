// The session keeps the floor in the project file once the project has settled after edits
// (main/session/session.ts keepWhenSettled), so the next open reads it instead of computing it;
// never while edits keep coming.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFloor } from '../../db/floor.js';
import { applyProjectEdit } from '../../main/app/edit.js';
import { createProject } from '../../main/app/project.js';
import { KEEP_FLOOR_EVERY_MS, ProjectSession } from '../../main/session/session.js';
import { keptElsewhere } from '../db/floor-kept.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

test('after edits, the floor is kept in the file once the project stays unchanged from one look to the next', async () => {
  mock.timers.enable({ apis: ['setInterval'] });
  const path = join(mkdtempSync(join(tmpdir(), 'tl-floor-keep-')), 'p.trayline');
  createProject(path);
  const session = ProjectSession.open(path);
  try {
    const db = session.project().db;
    const hall = (name: string) =>
      applyProjectEdit(db, { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name, widthMm: 12000, depthMm: 9000, tileMm: 600 } }] });
    hall('A');
    assert.equal(keptElsewhere(path), null, 'an edit leaves the file without a current floor');
    mock.timers.tick(KEEP_FLOOR_EVERY_MS);
    hall('B');
    mock.timers.tick(KEEP_FLOOR_EVERY_MS);
    await session.prepared();
    await turn();
    await turn();
    assert.equal(keptElsewhere(path), null, 'still changing between two looks: nothing computed');
    mock.timers.tick(KEEP_FLOOR_EVERY_MS);
    await session.prepared();
    await turn();
    await turn();
    assert.ok(keptElsewhere(path) === JSON.stringify(loadFloor(db)), 'settled: the fresh floor is kept for the next open');
  } finally {
    session.close();
    mock.timers.reset();
  }
});
