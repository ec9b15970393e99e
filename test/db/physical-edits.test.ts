// CDUs, A/B feeds and the physical rack fields through the edit API: one gesture creates a CDU and
// points a rack at it by reference; undo removes both; deleting a CDU or a feed clears the racks'
// references (restored by undo); bad values are refused with the field named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdit } from '../../db/edits.js';
import { undo } from '../../db/history.js';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';

function project() {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-')), 'p.trayline'), { create: true });
  applyEdit(db, {
    label: 'setup',
    ops: [
      { op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } },
      { op: 'create', kind: 'feed', value: { hallId: 1, name: 'A', voltageV: 415, amps: 63, phases: 3, deratePct: 80 } },
      { op: 'create', kind: 'feed', value: { hallId: 1, name: 'B', voltageV: 415, amps: 63, phases: 3, deratePct: 80 } },
      {
        op: 'create', kind: 'rack',
        value: { hallId: 1, rowId: null, name: 'R', nameAuto: false, xMm: 900, yMm: 1200, rotationDeg: 0, widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 0, feedId: 1, dropTrayId: null },
      },
    ],
  });
  return { db, store: new EntityStore(db) };
}

test('a new rack takes the physical defaults; a CDU created in the same edit serves it by reference; undo removes both', () => {
  const { db, store } = project();
  const r = store.get('rack', 1)!;
  assert.deepEqual([r.plinthMm, r.topMm, r.coolingKind, r.coolingCapacityW, r.weightKg, r.feedBId, r.cduId], [100, null, 'air', 0, 138, null, null]);
  const out = applyEdit(db, {
    label: 'Serve R from a new CDU',
    ops: [
      { op: 'create', kind: 'cdu', ref: -1, value: { hallId: 1, name: 'CDU-1', placement: 'in-rack', capacityW: 80_000 } },
      { op: 'update', kind: 'rack', id: 1, patch: { cduId: -1, coolingKind: 'liquid', feedBId: 2, plinthMm: 150, topMm: 2300, weightKg: 185.45 } },
    ],
  });
  assert.deepEqual(out.patch.put.cdu!.map((c) => c.name), ['CDU-1']);
  const after = store.get('rack', 1)!;
  assert.deepEqual([after.cduId, after.coolingKind, after.feedBId, after.plinthMm, after.topMm, after.weightKg], [out.patch.put.cdu![0]!.id, 'liquid', 2, 150, 2300, 185.45]);
  assert.ok(undo(db, store));
  assert.equal(store.all('cdu').length, 0);
  assert.equal(store.get('rack', 1)!.cduId, null);
});

test('deleting a CDU or the B feed clears the racks that name it, and undo puts them back', () => {
  const { db, store } = project();
  applyEdit(db, {
    label: 'cdu',
    ops: [
      { op: 'create', kind: 'cdu', ref: -1, value: { hallId: 1, name: 'CDU-1', placement: 'in-row', capacityW: 500_000 } },
      { op: 'update', kind: 'rack', id: 1, patch: { cduId: -1, feedBId: 2 } },
    ],
  });
  const cduId = store.all('cdu')[0]!.id;
  applyEdit(db, { label: 'Delete CDU and feed B', ops: [{ op: 'delete', kind: 'cdu', id: cduId }, { op: 'delete', kind: 'feed', id: 2 }] });
  assert.deepEqual([store.get('rack', 1)!.cduId, store.get('rack', 1)!.feedBId], [null, null]);
  assert.ok(undo(db, store));
  assert.deepEqual([store.get('rack', 1)!.cduId, store.get('rack', 1)!.feedBId], [cduId, 2]);
});

test('bad physical values are refused, naming the field', () => {
  const { db } = project();
  assert.throws(() => applyEdit(db, { label: 'x', ops: [{ op: 'update', kind: 'rack', id: 1, patch: { coolingKind: 'water' } }] }), /ops\[0\]\.patch\.coolingKind/);
  assert.throws(() => applyEdit(db, { label: 'x', ops: [{ op: 'create', kind: 'cdu', value: { hallId: 1, name: 'C', placement: 'in-row', capacityW: 0 } }] }), /capacityW: must be greater than 0/);
  assert.throws(() => applyEdit(db, { label: 'x', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { floorRatingKgM2: -5 } }] }), /floorRatingKgM2/);
});
