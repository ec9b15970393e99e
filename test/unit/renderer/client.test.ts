// The preload returns Replies; the client turns them into values or CallErrors carrying the
// server's code, message and where, exactly as the bridge client does with HTTP bodies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeClient, CallError, preloadClient } from '../../../renderer/src/api/client.js';

test('preload replies: ok gives the value, an error throws CallError with code and where', async () => {
  const seen: [string, unknown][] = [];
  const client = preloadClient({
    call: async (method, args) => {
      seen.push([method, args]);
      return method === 'project.info'
        ? { ok: true, value: { racks: 3 } }
        : { ok: false, error: { code: 'refused', message: 'rack R1 would overlap rack R2', where: 'rack:R1' } };
    },
    onProgress: () => undefined,
  });
  assert.deepEqual(await client.call('project.info', {}), { racks: 3 });
  await assert.rejects(client.call('edit.apply', { label: 'x', ops: [] }), (e: unknown) => {
    assert.ok(e instanceof CallError);
    assert.equal(e.code, 'refused');
    assert.equal(e.where, 'rack:R1');
    assert.equal(e.message, 'rack R1 would overlap rack R2');
    return true;
  });
  assert.deepEqual(seen.map((s) => s[0]), ['project.info', 'edit.apply']);
  // onProgress returns an unsubscribe function even when the preload gives none back.
  assert.equal(typeof client.onProgress(() => {}), 'function');
});

test('bridge calls POST /api/<method> with the token and unwrap the JSON reply', async () => {
  const realFetch = globalThis.fetch;
  const requests: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    const body = JSON.parse(String(init.body));
    const reply = body.fail ? { ok: false, error: { code: 'bad-input', message: 'edit.apply.label: too short', where: 'edit.apply.label' } } : { ok: true, value: 42 };
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  try {
    const client = bridgeClient('tok123', 'http://127.0.0.1:9');
    assert.equal(await client.call('project.info', {} as never), 42);
    const r = requests[0]!;
    assert.equal(r.url, 'http://127.0.0.1:9/api/project.info');
    assert.equal(r.init.method, 'POST');
    assert.equal((r.init.headers as Record<string, string>)['x-trayline-token'], 'tok123');
    await assert.rejects(client.call('edit.apply', { fail: true } as never), /too short/);
  } finally {
    globalThis.fetch = realFetch;
  }
});
