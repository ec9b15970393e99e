// Starts `trayline serve FILE --port 0 --test-hooks` and Debian's Chromium (through
// playwright-core) on the printed URL, for the end-to-end tests. Everything it starts is stopped
// by stop(), and also when starting fails half-way.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.TRAYLINE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const START_TIMEOUT_MS = 30_000;

export interface App {
  /** http://127.0.0.1:PORT/?token=... */
  url: string;
  token: string;
  /** The project file being served. */
  file: string | undefined;
  page: Page;
  context: BrowserContext;
  browser: Browser;
  server: ChildProcess;
  /** Console errors and uncaught page errors seen so far. */
  pageErrors: string[];
  /** The server's stderr so far. */
  serverLog(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Project file; omitted: the demo project, in a fresh temporary data folder. */
  file?: string;
  testHooks?: boolean;
  viewport?: { width: number; height: number };
  /** Extra environment for the server (e.g. TRAYLINE_RENDERER_DIR), and how long it may take to print its URL. */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
}

/** Runs `trayline serve` and resolves with the first line of its stdout (the URL). */
export function startServer(args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = START_TIMEOUT_MS): Promise<{ server: ChildProcess; url: string; log: () => string }> {
  const server = spawn(process.execPath, [join(ROOT, 'bin/trayline.js'), 'serve', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout! });
    const timer = setTimeout(() => fail(new Error(`trayline serve printed no URL within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    const fail = (e: Error) => {
      clearTimeout(timer);
      lines.close();
      server.kill('SIGKILL');
      reject(e);
    };
    server.once('exit', (code) => fail(new Error(`trayline serve exited with code ${code} before printing a URL\n${stderr}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      server.removeAllListeners('exit');
      resolve({ server, url: line.trim(), log: () => stderr });
    });
  });
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export async function startApp(opts: StartOptions = {}): Promise<App> {
  const temp = mkdtempSync(join(tmpdir(), 'trayline-e2e-'));
  const env = { ...process.env, TRAYLINE_DATA_DIR: join(temp, 'data'), ...opts.env };
  const args = [...(opts.file ? [opts.file] : []), '--port', '0', ...(opts.testHooks === false ? [] : ['--test-hooks'])];
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    const started = await startServer(args, env, opts.startTimeoutMs);
    server = started.server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(started.url);
    return {
      url: started.url,
      token: new URL(started.url).searchParams.get('token') ?? '',
      file: opts.file,
      page,
      context,
      browser,
      server,
      pageErrors,
      serverLog: started.log,
      stop: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** Calls the app's API over the bridge as the page would; fails the test on an error reply. */
export async function callApi<T>(app: App, method: string, args: unknown = {}): Promise<T> {
  const res = await fetch(new URL(`/api/${method}`, app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trayline-token': app.token },
    body: JSON.stringify(args),
  });
  const reply = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error?.message ?? 'failed'}`);
  return reply.value;
}
