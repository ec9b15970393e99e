// `npm install` then `npx trayline serve FILE` shows the app with no separate build (issue 18
// point 4): serve builds the renderer bundle when it is missing or older than its sources (the
// page then works in Chromium), and leaves a fresh one alone. The bundle goes to a temporary folder (TRAYLINE_RENDERER_DIR), so the
// tests running beside this one keep their dist/renderer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, startServer, stopServer } from './harness.js';
import { cli, tempDir } from '../cli/run-cli.js';
import { ready } from './editor-support.js';
import { shot } from './shots.js';

async function page(url: string): Promise<{ status: number; text: string }> {
  const r = await fetch(url);
  return { status: r.status, text: await r.text() };
}

async function serveOnce(file: string, env: NodeJS.ProcessEnv): Promise<{ html: { status: number; text: string }; log: string }> {
  const { server, url, log } = await startServer([file, '--port', '0'], env, 300_000);
  try {
    return { html: await page(url), log: log() };
  } finally {
    await stopServer(server);
  }
}

test('serve builds a missing app bundle, rebuilds a stale one and keeps a fresh one', { timeout: 600_000 }, async () => {
  const file = join(tempDir(), 'p.trayline');
  assert.equal(cli('new', file, '--demo').code, 0);
  const out = join(tempDir(), 'renderer');
  // (emptied, not left out: startApp lays this over the runner's environment, where a variable
  // left out of it would still be set)
  const env = { ...process.env, TRAYLINE_SKIP_BUILD: '', TRAYLINE_RENDERER_DIR: out };
  const index = join(out, 'index.html');

  // missing: built before the URL is printed, and the page is the app, working (keyboard: ? opens the shortcuts)
  assert.equal(existsSync(index), false);
  const app = await startApp({ file, env, startTimeoutMs: 300_000 });
  try {
    assert.match(app.serverLog(), /not built yet: building it/);
    await ready(app.page);
    assert.equal((await app.page.evaluate(() => window.__traylineTest!.counts())).racks, 16);
    await app.page.mouse.click(700, 400);
    await app.page.keyboard.press('?');
    await app.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await shot(app.page, '18-p4-served-after-build.png');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
  assert.ok(existsSync(index));

  // stale: older than every source file, so rebuilt
  utimesSync(index, new Date(0), new Date(0));
  const second = await serveOnce(file, env);
  assert.match(second.log, /older than its sources: rebuilding/);
  assert.equal(second.html.status, 200);
  const rebuiltAt = statSync(index).mtimeMs;
  assert.ok(rebuiltAt > 0);

  // fresh: served as it is
  const third = await serveOnce(file, env);
  assert.doesNotMatch(third.log, /building|rebuilding/);
  assert.equal(statSync(index).mtimeMs, rebuiltAt);
});
