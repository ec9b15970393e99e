// The loopback HTTP bridge: only this launch's pages get in (token, Host, Origin), it listens on
// 127.0.0.1 only, and calls round-trip through dispatch() with the same replies as IPC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../main/bridge/server.js';
import { createProject } from '../../main/app/project.js';
import { ProjectSession, type ProgressSink } from '../../main/session/session.js';
import { tempDir } from '../cli/run-cli.js';

const INLINE = "window.__boot = 1;";
let bridge: Bridge;
let session: ProjectSession;
let base: string;

/** Reports one progress step whenever a handler opens the project, so SSE can be observed. */
class ReportingSession extends ProjectSession {
  override context(sink: ProgressSink) {
    const ctx = super.context(sink);
    return { ...ctx, project: () => (sink('opening', 1, 2), ctx.project()) };
  }
}

before(async () => {
  const dir = tempDir();
  const file = join(dir, 'bridge.trayline');
  createProject(file);
  const site = join(dir, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), `<!doctype html><html><head><title>t</title><script>${INLINE}</script><script type="module" src="/assets/app.js"></script></head><body></body></html>`);
  writeFileSync(join(site, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(site, 'assets/app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  const opened = ProjectSession.open(file);
  session = new ReportingSession(opened.project());
  bridge = await startBridge({ session, port: 0, testHooks: true, staticDir: site });
  base = `http://127.0.0.1:${bridge.port}`;
});

after(async () => {
  await bridge.close();
  session.close();
});

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so Host and Origin can be set freely. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, method, path, headers: { host: `127.0.0.1:${bridge.port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  raw('POST', `/api/${method}`, { 'content-type': 'application/json', 'x-trayline-token': bridge.token, ...headers }, JSON.stringify(args));

test('the printed URL carries a 256-bit random token and the loopback address', () => {
  assert.match(bridge.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  assert.equal(Buffer.from(bridge.token, 'base64url').length, 32);
});

test('an API call without the token, or with a wrong one, is 401', async () => {
  assert.equal((await raw('POST', '/api/project.info', { 'content-type': 'application/json' }, '{}')).status, 401);
  assert.equal((await call('project.info', {}, { 'x-trayline-token': 'x'.repeat(43) })).status, 401);
  // The query form is only for the event stream, not for calls.
  assert.equal((await raw('POST', `/api/project.info?token=${bridge.token}`, { 'content-type': 'application/json' }, '{}')).status, 401);
  assert.equal((await raw('GET', '/api/config', {})).status, 401);
  assert.equal((await raw('GET', '/api/events?token=wrong', {})).status, 401);
});

test('a foreign Host (DNS rebinding) or Origin is 403, even with the right token', async () => {
  const evilHost = await call('project.info', {}, { host: `attacker.example:${bridge.port}` });
  assert.equal(evilHost.status, 403);
  assert.equal(JSON.parse(evilHost.body).error.code, 'refused');
  assert.equal((await raw('GET', '/', { host: 'attacker.example' })).status, 403);
  assert.equal((await call('project.info', {}, { origin: 'http://attacker.example' })).status, 403);
  assert.equal((await call('project.info', {}, { origin: 'null' })).status, 403);
  assert.equal((await call('project.info', {}, { origin: `http://127.0.0.1:${bridge.port + 1}` })).status, 403);
  // Our own origins, by address or by name, are fine.
  assert.equal((await call('project.info', {}, { origin: base })).status, 200);
  assert.equal((await call('project.info', {}, { host: `localhost:${bridge.port}`, origin: `http://localhost:${bridge.port}` })).status, 200);
  // No CORS header is ever sent, so other sites cannot read replies.
  assert.equal((await call('project.info', {}, { origin: base })).headers['access-control-allow-origin'], undefined);
});

test('it listens on 127.0.0.1 only', async () => {
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal)
    .map((a) => a!.address);
  for (const address of ['::1', ...others]) {
    const outcome = await new Promise<string>((resolve) => {
      const s = connect({ host: address, port: bridge.port }, () => (s.destroy(), resolve('connected')));
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    assert.notEqual(outcome, 'connected', `reachable on ${address}`);
  }
});

test('a call round-trips through dispatch: info, an edit, the snapshot', async () => {
  const info = JSON.parse((await call('project.info', {})).body);
  assert.equal(info.ok, true);
  assert.equal(info.value.halls, 0);
  const edit = await call('edit.apply', { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 24000, depthMm: 18000, tileMm: 600 } }] });
  assert.equal(edit.status, 200);
  const reply = JSON.parse(edit.body);
  assert.equal(reply.ok, true);
  assert.equal(reply.value.patch.put.hall[0].name, 'H1');
  assert.equal(reply.value.history.undoLabel, 'Add hall');
  const snap = JSON.parse((await call('project.snapshot', {})).body);
  assert.deepEqual(snap.value.halls.map((h: { name: string }) => h.name), ['H1']);
  assert.equal(snap.value.schemaVersion, info.value.schemaVersion);
});

test('bad arguments are bad-input naming the field; transport errors keep the reply shape', async () => {
  const bad = JSON.parse((await call('edit.apply', { label: 'x', ops: [{ op: 'create', kind: 'hall', value: { name: 'H2', widthMm: -5, depthMm: 1000, tileMm: 600 } }] })).body);
  assert.equal(bad.ok, false);
  assert.equal(bad.error.code, 'bad-input');
  assert.match(bad.error.where, /ops\[0\]\.value\.widthMm$/);
  assert.match(bad.error.message, /widthMm/);
  const wrongType = JSON.parse((await call('edit.apply', { label: 5, ops: [] })).body);
  assert.equal(wrongType.error.where, 'edit.apply.label');

  const unknown = await call('no.such', {});
  assert.equal(unknown.status, 404);
  assert.equal(JSON.parse(unknown.body).error.code, 'bad-input');
  const notJson = await raw('POST', '/api/project.info', { 'content-type': 'application/json', 'x-trayline-token': bridge.token }, '{oops');
  assert.equal(notJson.status, 400);
  assert.match(JSON.parse(notJson.body).error.message, /not valid JSON/);
  const form = await raw('POST', '/api/project.info', { 'content-type': 'application/x-www-form-urlencoded', 'x-trayline-token': bridge.token }, 'a=1');
  assert.equal(form.status, 415);
  assert.equal((await raw('GET', '/api/project.info', { 'x-trayline-token': bridge.token })).status, 405);
});

test('/api/config tells the page about test hooks and the file name', async () => {
  const r = await raw('GET', '/api/config', { 'x-trayline-token': bridge.token });
  assert.deepEqual(JSON.parse(r.body), { ok: true, value: { testHooks: true, title: 'bridge.trayline' } });
});

test('progress of a call reaches the event stream with the call id', async () => {
  const events = await new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path: `/api/events?token=${bridge.token}`, headers: { host: `127.0.0.1:${bridge.port}` } }, (res) => {
      assert.equal(res.headers['content-type'], 'text/event-stream; charset=utf-8');
      let text = '';
      res.setEncoding('utf8').on('data', async (d: string) => {
        text += d;
        if (text.startsWith(': connected\n\n') && text.length === ': connected\n\n'.length) await call('project.info', {}, { 'x-trayline-call-id': 'call-42' });
        if (text.includes('event: progress')) {
          req.destroy();
          resolve(text);
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
  const m = /event: progress\ndata: (.*)\n\n/.exec(events);
  assert.ok(m, events);
  assert.deepEqual(JSON.parse(m[1]!), { callId: 'call-42', phase: 'opening', done: 1, total: 2 });
});

test('static files: strict CSP with the inline script hash, content types, no escape from the folder', async () => {
  const page = await raw('GET', '/', {});
  assert.equal(page.status, 200);
  const csp = String(page.headers['content-security-policy']);
  const hash = createHash('sha256').update(INLINE).digest('base64');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'(;|$)`));
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  assert.match(csp, /img-src 'self' data: blob:/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.doesNotMatch(page.body, /trayline-token/);
  const withToken = await raw('GET', `/?token=${bridge.token}`, {});
  assert.match(withToken.body, new RegExp(`<meta name="trayline-token" content="${bridge.token}">`));
  assert.doesNotMatch((await raw('GET', '/?token=guess', {})).body, /trayline-token/);

  const js = await raw('GET', '/assets/app.js', {});
  assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.match(String(js.headers['cache-control']), /immutable/);
  assert.equal((await raw('GET', '/assets/app.css', {})).headers['content-type'], 'text/css; charset=utf-8');
  assert.equal((await raw('GET', '/assets/missing.js', {})).status, 404);
  assert.equal((await raw('GET', '/../secret.txt', {})).status, 404);
  assert.equal((await raw('GET', '/%2e%2e/secret.txt', {})).status, 404);
  assert.equal((await raw('GET', '/assets/..%2f..%2fsecret.txt', {})).status, 404);
});

test('hostile bodies: deep nesting, an absurd hall, __proto__ as a method: one-line bad-input, nothing written', async () => {
  const deep = await raw('POST', '/api/project.info', { 'content-type': 'application/json', 'x-trayline-token': bridge.token }, '['.repeat(100_000) + ']'.repeat(100_000));
  assert.equal(deep.status, 400);
  assert.deepEqual(JSON.parse(deep.body).error, { code: 'bad-input', message: 'request body is nested more than 64 levels deep' });
  const before = JSON.parse((await call('project.snapshot', {})).body).value.halls.length;
  // 1,000 km square with 1 mm tiles: the bounds say 2 km and 0.1 m.
  const hall = JSON.parse((await call('edit.apply', { label: 'x', ops: [{ op: 'create', kind: 'hall', value: { name: 'Huge', widthMm: 1e9, depthMm: 1e9, tileMm: 1 } }] })).body);
  assert.equal(hall.error.code, 'bad-input');
  assert.match(hall.error.message, /must be at most 2,000 m|must be at least 0\.1 m/);
  assert.ok(!hall.error.message.includes('\n'));
  assert.equal(JSON.parse((await call('project.snapshot', {})).body).value.halls.length, before);
  const proto = await call('__proto__', {});
  assert.equal(proto.status, 404);
  assert.equal(JSON.parse(proto.body).error.code, 'bad-input');
});
