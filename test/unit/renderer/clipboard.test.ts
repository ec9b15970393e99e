import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pasteOps, uniqueName } from '../../../renderer/src/actions/clipboard.js';
import { makeGroupOps, nextGroupName } from '../../../renderer/src/actions/make-row.js';
import type { Cable, Device } from '../../../core/model/entities.js';
import { loadDoc, rack } from './fixtures.js';

test('copied names get the first free -copy suffix, and copies of copies continue from the base', () => {
  const taken = new Set(['sw1', 'sw1-copy']);
  assert.equal(uniqueName('sw1', taken), 'sw1-copy2');
  assert.equal(uniqueName('sw1-copy2', taken), 'sw1-copy3');
  assert.equal(uniqueName('sw2', taken), 'sw2-copy');
});

test('a paste refers to its new racks and devices by negative refs and names cable ends by port', () => {
  loadDoc([rack(1, 300, 600), rack(2, 900, 600)]);
  const dev = (id: number, rackId: number): Device => ({ id, rackId, name: `d${id}`, typeId: 7, u: 10, face: 'front' });
  const cable = { id: 5, label: 'c5', aPortId: 51, bPortId: 52, mediaId: 'm', opticA: null, opticB: null, lengthMm: null, routedMm: 4200, orderedMm: 5000, route: [], status: 'installed' } as unknown as Cable;
  const ops = pasteOps(
    { racks: [rack(1, 300, 600), rack(2, 900, 600)], devices: [dev(11, 1), dev(12, 2)], cables: [{ cable, a: { deviceId: 11, port: 'p1' }, b: { deviceId: 12, port: 'p2' } }] },
    1, { dx: 1200, dy: 0 }, new Set(['d11', 'd12']), new Set(['c5']),
  );
  assert.deepEqual(ops.map((o) => [o.op, o.kind, o.op === 'create' ? o.ref : undefined]), [
    ['create', 'rack', -1], ['create', 'rack', -2], ['create', 'device', -3], ['create', 'device', -4], ['create', 'cable', undefined],
  ]);
  const v = (i: number) => (ops[i] as { value: Record<string, unknown> }).value;
  assert.deepEqual([v(0).xMm, v(1).xMm], [300 + 1200, 900 + 1200]);
  assert.deepEqual([v(2).rackId, v(2).name, v(3).rackId, v(3).name], [-1, 'd11-copy', -2, 'd12-copy']);
  // The copy is a new plan: routed length, order length and status start over.
  assert.deepEqual(v(4), {
    label: 'c5-copy', aPortId: { deviceId: -3, name: 'p1' }, bPortId: { deviceId: -4, name: 'p2' }, mediaId: 'm', opticA: null, opticB: null,
    lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
  });
});

test('make row: a new group by reference, the racks moved into it, named after the hall\'s free number', () => {
  assert.equal(nextGroupName('row', 1, [{ id: 1, hallId: 1, name: 'Row 1', kind: 'row' }, { id: 2, hallId: 2, name: 'Row 2', kind: 'row' }]), 'Row 2');
  assert.equal(nextGroupName('pod', 1, []), 'Pod 1');
  assert.deepEqual(makeGroupOps('row', 1, 'Row 2', [4, 9]), [
    { op: 'create', kind: 'row', ref: -1, value: { hallId: 1, name: 'Row 2', kind: 'row' } },
    { op: 'update', kind: 'rack', id: 4, patch: { rowId: -1 } },
    { op: 'update', kind: 'rack', id: 9, patch: { rowId: -1 } },
  ]);
});

test('pasted into another hall, racks leave that hall\'s row, feed and drop tray behind', () => {
  loadDoc([]);
  const r = rack(1, 300, 600, 0, { rowId: 5, feedId: 6, dropTrayId: 7 });
  const value = (hallId: number) => (pasteOps({ racks: [r], devices: [], cables: [] }, hallId, { dx: 0, dy: 0 }, new Set(), new Set())[0] as { value: Record<string, unknown> }).value;
  assert.deepEqual([value(1).rowId, value(1).feedId, value(1).dropTrayId], [5, 6, 7]);
  assert.deepEqual([value(2).hallId, value(2).rowId, value(2).feedId, value(2).dropTrayId], [2, null, null, null]);
});
