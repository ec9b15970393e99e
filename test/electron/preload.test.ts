// The BUILT dist/electron/preload.cjs under Node with a stand-in `electron` module: what the page
// gets (window.trayline and nothing else) and how calls and progress cross the IPC channel.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildElectron, type ElectronBuild } from '../../electron.config.js';
import { METHODS } from '../../core/api/index.js';
import { createFakePreloadElectron, requireWithElectron } from './fake-electron.js';

const CALL = 'trayline:call';
const PROGRESS = 'trayline:progress';
let built: ElectronBuild;

before(async () => {
  built = await buildElectron();
});

describe('built preload', () => {
  function loadPreload(answer: (payload: any) => unknown) {
    const fake = createFakePreloadElectron(async (_channel, payload) => answer(payload));
    requireWithElectron(built.preload, fake.electron);
    return fake;
  }

  test('exposes exactly window.trayline with call, onProgress and platform, and no ipcRenderer', () => {
    const { exposed } = loadPreload(() => ({ ok: true, value: null }));
    assert.deepEqual([...exposed.keys()], ['trayline']);
    const api = exposed.get('trayline');
    assert.deepEqual(Object.keys(api).sort(), ['call', 'onProgress', 'platform']);
    assert.equal(typeof api.call, 'function');
    assert.equal(typeof api.onProgress, 'function');
    assert.equal(api.platform, process.platform);
  });

  test('refuses a method outside the allow-list without sending any IPC', async () => {
    const { exposed, invocations } = loadPreload(() => ({ ok: true, value: 'should not get here' }));
    const api = exposed.get('trayline');
    for (const bad of ['fs.readFile', '__proto__', 'constructor', 'project.info ', 42]) {
      const reply = await api.call(bad, {});
      assert.equal(reply.ok, false, String(bad));
      assert.equal(reply.error.code, 'bad-input', String(bad));
    }
    assert.equal(invocations.length, 0);
  });

  test('a call the main process refuses comes back as a refused reply', async () => {
    const { exposed } = loadPreload(() => Promise.reject(new Error('refused: IPC from a frame other than the main window’s top frame')));
    const reply = await exposed.get('trayline').call('project.info', {});
    assert.equal(reply.ok, false);
    assert.equal(reply.error.code, 'refused');
    assert.match(reply.error.message, /top frame/);
  });

  test('sends every contract method on the call channel and hands back its reply, error code and path intact', async () => {
    const { exposed, invocations } = loadPreload((p) =>
      p.method === 'edit.undo'
        ? { ok: false, error: { code: 'conflict', message: 'nothing to undo', where: '$' } }
        : { ok: true, value: { echoed: p.method } },
    );
    const api = exposed.get('trayline');
    for (const method of METHODS.filter((m) => m !== 'edit.undo')) {
      assert.deepEqual(await api.call(method, { x: 1 }), { ok: true, value: { echoed: method } });
    }
    assert.deepEqual(await api.call('edit.undo', {}), { ok: false, error: { code: 'conflict', message: 'nothing to undo', where: '$' } });
    assert.equal(invocations.length, METHODS.length);
    assert.ok(invocations.every((i) => i.channel === CALL));
    assert.deepEqual(invocations.map((i) => i.payload.method).sort(), [...METHODS].sort());
    assert.equal(new Set(invocations.map((i) => i.payload.callId)).size, METHODS.length, 'each call has its own id');
  });

  test('onProgress relays progress events and unsubscribes', () => {
    const { exposed, ipcEvents } = loadPreload(() => ({ ok: true, value: null }));
    const seen: unknown[] = [];
    const off = exposed.get('trayline').onProgress((e: unknown) => seen.push(e));
    const event = { callId: 'c1', phase: 'routing', done: 3, total: 10 };
    ipcEvents.emit(PROGRESS, {}, event);
    off();
    ipcEvents.emit(PROGRESS, {}, { ...event, done: 4 });
    assert.deepEqual(seen, [event]);
    assert.equal(ipcEvents.listenerCount(PROGRESS), 0);
  });
});
