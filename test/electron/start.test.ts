// `npm start` (bin/start.js) on a machine where Electron cannot run: one line saying so, then the
// browser mode at a 127.0.0.1 URL that answers. And where Electron does come up, no fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openProject } from '../../db/open.js';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tl-start-'));
const NOTICE = /^Electron is not available here \((.+)\); serving Trayline in browser mode instead:$/;
const ELECTRON_SQLITE = join(work, 'better_sqlite3.node');
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)$/;

function project(): string {
  const path = join(mkdtempSync(join(work, 'p-')), 'hall.trayline');
  openProject(path, { create: true }).close();
  return path;
}

/** A stand-in Electron executable (a Node script with a shebang). */
function fakeElectron(body: string): string {
  const path = join(mkdtempSync(join(work, 'bin-')), 'electron');
  writeFileSync(path, `#!${process.execPath}\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const stderrOf = new WeakMap<ChildProcessWithoutNullStreams, { text: string }>();

function start(args: string[], electron: string) {
  // dist/ is whatever is there: this test is about the launch, not the build.
  const env = {
    ...process.env,
    TRAYLINE_SKIP_BUILD: '1',
    TRAYLINE_ELECTRON: electron,
    // Stands for the Electron build of better-sqlite3 start.js would otherwise make (network).
    TRAYLINE_ELECTRON_SQLITE: ELECTRON_SQLITE,
    TRAYLINE_DATA_DIR: mkdtempSync(join(work, 'data-')),
  };
  const child = spawn(process.execPath, [join(root, 'bin/start.js'), ...args], { cwd: root, env }) as ChildProcessWithoutNullStreams;
  const err = { text: '' };
  child.stderr.on('data', (d) => (err.text += d));
  stderrOf.set(child, err);
  return child;
}

/** Reads stdout lines until the bridge URL; returns the lines before it and the URL's parts. */
async function untilUrl(child: ChildProcessWithoutNullStreams) {
  const before: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const m = URL_LINE.exec(line);
    if (m) return { before, url: line, port: Number(m[1]), token: m[2]! };
    before.push(line);
  }
  throw new Error(`start.js ended without printing a URL; stdout: ${before.join(' | ')}; stderr: ${stderrOf.get(child)?.text}`);
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

async function expectBrowserMode(child: ChildProcessWithoutNullStreams, file: string, reason: RegExp) {
  try {
    const { before, port, token } = await untilUrl(child);
    assert.equal(before.length, 1, `exactly one line before the URL: ${before.join(' | ')}`);
    const m = NOTICE.exec(before[0]!);
    assert.ok(m, before[0]);
    assert.match(m[1]!, reason);
    // The server answers with the project that was asked for.
    const res = await fetch(`http://127.0.0.1:${port}/api/project.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trayline-token': token },
      body: '{}',
    });
    const reply = (await res.json()) as { ok: boolean; value: { path: string } };
    assert.equal(reply.ok, true);
    assert.equal(reply.value.path, file);
  } finally {
    const code = await stop(child);
    assert.equal(code, 0, `the browser-mode server stops cleanly on SIGTERM; stderr: ${stderrOf.get(child)?.text}`);
  }
}

test('without an Electron binary, npm start says so in one line and serves the browser mode', { timeout: 60_000 }, async () => {
  const file = project();
  const missing = join(work, 'nowhere', 'electron');
  await expectBrowserMode(start([file], missing), file, /no Electron binary at .*nowhere/);
});

test('when Electron exits at once with an error, npm start falls back and shows why', { timeout: 60_000 }, async () => {
  const file = project();
  const broken = fakeElectron(`process.stderr.write('[1234:ERROR] Missing X server or $DISPLAY\\n'); process.exit(1);`);
  await expectBrowserMode(start([file], broken), file, /exited with code 1: .*Missing X server/);
});

test('when the Electron window comes up, npm start hands over to it and starts no server', { timeout: 60_000 }, async () => {
  const file = project();
  // Reports its arguments, then the ready line main.cjs prints once its window shows, then quits.
  const works = fakeElectron(
    `console.log('args ' + JSON.stringify(process.argv.slice(2))); console.log('sqlite ' + process.env.TRAYLINE_ELECTRON_SQLITE); console.log('trayline: window ready'); console.log('after ready');`,
  );
  const child = start([file], works);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  assert.equal(code, 0, `stdout: ${out}; stderr: ${stderrOf.get(child)?.text}`);
  assert.doesNotMatch(out, /browser mode|127\.0\.0\.1/);
  assert.ok(out.includes('after ready'), `output after the window is up is passed through: ${out}`);
  const argsLine = /^args (.*)$/m.exec(out);
  assert.ok(argsLine, out);
  assert.deepEqual(JSON.parse(argsLine[1]!), [root.replace(/\/$/, ''), file]);
  assert.ok(out.includes(`sqlite ${ELECTRON_SQLITE}\n`), 'the main process is told where the Electron build of better-sqlite3 is');
});
