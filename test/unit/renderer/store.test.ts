// The document store follows the server's patches, and a refused edit leaves it untouched with
// the server's message shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiClient } from '../../../core/api/index.js';
import { setClient } from '../../../renderer/src/api/session.js';
import { CallError } from '../../../renderer/src/api/client.js';
import { useDoc } from '../../../renderer/src/store/document.js';
import { applyEdit, editsSettled, pendingEdits } from '../../../renderer/src/store/edits.js';
import { useUi } from '../../../renderer/src/store/ui.js';
import { loadDoc, rack } from './fixtures.js';

const history = { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null };

function fakeClient(answer: (method: string, args: any) => unknown): ApiClient {
  return {
    call: (async (method: string, args: unknown) => answer(method, args)) as ApiClient['call'],
    onProgress: () => () => {},
  };
}

test('a patch replaces and deletes by id, copying only the touched maps', () => {
  loadDoc([rack(1, 300, 600), rack(2, 900, 600)]);
  const before = useDoc.getState();
  before.applyPatch({ put: { rack: [rack(2, 1500, 600)] }, del: { rack: [1] } });
  const after = useDoc.getState();
  assert.deepEqual([...after.rack.keys()], [2]);
  assert.equal(after.rack.get(2)!.xMm, 1500);
  assert.notEqual(after.rack, before.rack);
  assert.equal(after.tray, before.tray, 'untouched kinds keep their identity');
  assert.equal(after.revs.rack, before.revs.rack + 1);
  assert.equal(after.revs.tray, before.revs.tray);
});

test('edits run one after another in the order made, and the store takes the server patch', async () => {
  loadDoc([rack(1, 300, 600)]);
  const seen: string[] = [];
  setClient(fakeClient(async (_m, edit) => {
    seen.push(edit.label);
    await new Promise((r) => setTimeout(r, edit.label === 'first' ? 20 : 0)); // the first answers last
    const x = edit.label === 'first' ? 900 : 1500;
    return { patch: { put: { rack: [rack(1, x, 600)] }, del: {} }, history };
  }));
  const p1 = applyEdit({ label: 'first', ops: [{ op: 'update', kind: 'rack', id: 1, patch: { xMm: 900 } }] });
  const p2 = applyEdit({ label: 'second', ops: [{ op: 'update', kind: 'rack', id: 1, patch: { xMm: 1500 } }] });
  assert.equal(pendingEdits(), 2);
  await Promise.all([p1, p2]);
  await editsSettled();
  assert.deepEqual(seen, ['first', 'second']);
  assert.equal(useDoc.getState().rack.get(1)!.xMm, 1500, 'the later gesture wins');
  assert.equal(pendingEdits(), 0);
});

test('a refused edit leaves the store as it was and shows the server message', async () => {
  loadDoc([rack(1, 300, 600), rack(2, 900, 600)]);
  const before = useDoc.getState().rack;
  setClient(fakeClient(() => {
    throw new CallError('refused', 'rack R1 would overlap rack R2', 'rack:R1');
  }));
  const r = await applyEdit({ label: 'Move rack R1', ops: [{ op: 'update', kind: 'rack', id: 1, patch: { xMm: 900 } }] });
  assert.equal(r, null);
  assert.equal(useDoc.getState().rack, before);
  const toast = useUi.getState().toasts.at(-1)!;
  assert.equal(toast.kind, 'error');
  assert.match(toast.text, /Move rack R1 refused: rack R1 would overlap rack R2/);
  for (const t of useUi.getState().toasts) useUi.getState().dismissToast(t.id);
});
