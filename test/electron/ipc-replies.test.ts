// project.snapshot and project.floor over Electron IPC are dispatch()'s Reply objects (the bridge
// sends the same replies as ready-made JSON text; IPC does not, see main/handlers/serialised.ts).
// What the page gets must be exactly what dispatch() answers, fresh after an edit, and bad
// arguments still get dispatch()'s error reply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerIpc } from '../../main/electron/ipc.js';
import { dispatch } from '../../main/handlers/dispatch.js';
import { smallProject } from '../db/snapshot-fixture.js';
import { ProjectSession } from '../../main/session/session.js';
import { cachedFloor } from '../../db/floor.js';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
/** IPC registered on a stand-in ipcMain and window; calls come from the main frame of app://. */
function fakeIpc(deps: Omit<Parameters<typeof registerIpc>[0], 'ipcMain' | 'mainContents'>): (method: string, args?: unknown) => Promise<unknown> {
  const handlers = new Map<string, Handler>();
  const frame = { url: 'app://trayline/index.html', parent: null };
  const contents = { isDestroyed: () => false, mainFrame: frame, send: () => undefined };
  registerIpc({ ipcMain: { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) } as never, mainContents: () => contents as never, ...deps });
  return (method, args = {}) => handlers.get('trayline:call')!({ sender: contents, senderFrame: frame }, { callId: 'c1', method, args });
}

test('project.snapshot and project.floor come over IPC as the same reply dispatch() gives', async () => {
  const { db } = smallProject();
  const project = () => ({ path: db.name, db });
  const call = fakeIpc({ project });
  const ctx = { project, progress: () => undefined };
  try {
    for (const method of ['project.snapshot', 'project.floor'] as const) {
      const reply = await call(method, {});
      assert.equal(typeof reply, 'object', `${method} is sent as a Reply object`);
      assert.deepEqual(reply, await dispatch(ctx, method, {}), `${method}: the same reply`);
    }
    const edited = (await call('edit.apply', { label: 'Rename hall', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { name: 'Renamed' } }] })) as { ok: boolean };
    assert.equal(edited.ok, true);
    assert.equal(((await call('project.floor', {})) as { value: { halls: { name: string }[] } }).value.halls[0]!.name, 'Renamed');
    const bad = (await call('project.snapshot', [])) as { ok: boolean; error: { code: string } };
    assert.equal(bad.ok, false);
    assert.equal(bad.error.code, 'bad-input');
  } finally {
    db.close();
  }
});

test('project.floor over IPC waits for the floor being prepared (and answers from it), other calls do not', async () => {
  const { db } = smallProject();
  const session = new ProjectSession({ path: db.name, db });
  const call = fakeIpc({ project: () => session.project(), prepared: () => session.prepared() });
  try {
    let preparedDone = false;
    void session.prepareOpen().then(() => (preparedDone = true));
    const history = await call('edit.history');
    assert.equal((history as { ok: boolean }).ok, true);
    assert.equal(preparedDone, false, 'edit.history did not wait for the floor');
    const floor = (await call('project.floor')) as { ok: boolean; value: unknown };
    assert.equal(preparedDone, true, 'project.floor answered once the pieces were done');
    assert.equal(floor.value, cachedFloor(db), 'from the prepared cache, not read again');
  } finally {
    session.close();
  }
});
