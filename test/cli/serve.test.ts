// `trayline serve`: the URL with its token is the first line of stdout; SIGTERM stops it and the
// project file is closed cleanly; without a file it opens (creating) the demo in the data folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, stopServer } from '../e2e/harness.js';
import { demoLayout } from '../../core/demo/demo-hall.js';
import { demoProjectPath, userDataDir } from '../../main/session/data-dir.js';
import { cli, tempDir } from './run-cli.js';

async function callInfo(url: string) {
  const u = new URL(url);
  const r = await fetch(new URL('/api/project.info', u), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trayline-token': u.searchParams.get('token')! },
    body: '{}',
  });
  return (await r.json()) as { ok: boolean; value: { path: string; racks: number; cables: number } };
}

test('serve FILE prints its URL first, answers calls, and closes the file on SIGTERM', async () => {
  const file = join(tempDir(), 'p.trayline');
  assert.equal(cli('new', file, '--demo').code, 0);
  const { server, url } = await startServer([file, '--port', '0']);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    const info = await callInfo(url);
    assert.equal(info.value.cables, demoLayout().cables.length);
  } finally {
    await stopServer(server);
  }
  assert.equal(server.exitCode, 0);
  // A clean close checkpoints the WAL into the file and removes it.
  assert.equal(existsSync(`${file}-wal`), false);
});

test('serve without FILE creates and opens the demo project in the user data folder', async () => {
  const data = tempDir();
  const { server, url } = await startServer(['--port', '0'], { ...process.env, TRAYLINE_DATA_DIR: data });
  try {
    const info = await callInfo(url);
    assert.equal(info.value.path, join(data, 'demo.trayline'));
    assert.equal(info.value.racks, demoLayout().racks.length);
  } finally {
    await stopServer(server);
  }
});

test('serve refuses a missing file and a bad port with exit 2', () => {
  const missing = cli('serve', join(tempDir(), 'nope.trayline'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.trayline: no such project file/);
  assert.equal(missing.stdout, '');
  assert.equal(cli('serve', '--port', '70000').code, 2);
});

test('the data folder follows each platform convention', () => {
  const env = (e: Record<string, string>) => e;
  assert.equal(userDataDir({ platform: 'linux', env: env({}), home: '/home/ana' }), '/home/ana/.local/share/trayline');
  assert.equal(userDataDir({ platform: 'linux', env: env({ XDG_DATA_HOME: '/data' }), home: '/home/ana' }), '/data/trayline');
  // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
  assert.equal(userDataDir({ platform: 'linux', env: env({ XDG_DATA_HOME: 'rel' }), home: '/home/ana' }), '/home/ana/.local/share/trayline');
  assert.equal(userDataDir({ platform: 'darwin', env: env({}), home: '/Users/ana' }), '/Users/ana/Library/Application Support/Trayline');
  assert.equal(demoProjectPath({ platform: 'win32', env: env({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }), home: 'C:\\Users\\ana' }), 'C:\\Users\\ana\\AppData\\Roaming\\Trayline\\demo.trayline');
});
