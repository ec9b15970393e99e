#!/usr/bin/env node
// `npm start [-- FILE]`: opens Trayline as a desktop app. Builds dist/ first when it is missing or
// older than the sources. Where the Electron binary is missing or cannot start (no download
// possible, no display, ...), says so in one line and serves the same app in the browser mode
// instead (`trayline serve [FILE]`, which prints its 127.0.0.1 URL).
//   TRAYLINE_NO_ELECTRON=1        go straight to the browser mode
//   TRAYLINE_ELECTRON=/path/bin   use this Electron executable (e.g. a system-wide one)
//   TRAYLINE_SKIP_BUILD=1         use dist/ as it is
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildIfStale as buildApp } from './build-if-stale.js';
import { join, relative, resolve as resolvePath, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function buildIfStale() {
  try {
    buildApp({ electron: true });
  } catch (e) {
    console.error(`trayline: ${e.message}; fix the build and run npm start again`);
    process.exit(1);
  }
}

/** The Electron executable, fetching it once if the package has not yet (bounded, silent). */
function electronBinary() {
  if (process.env.TRAYLINE_NO_ELECTRON) return { reason: 'TRAYLINE_NO_ELECTRON is set' };
  const chosen = process.env.TRAYLINE_ELECTRON;
  if (chosen) return existsSync(chosen) ? { bin: chosen } : { reason: `no Electron binary at ${chosen}` };
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(pkg)) return { reason: 'the electron package is not installed' };
  try {
    const rel = readFileSync(join(pkg, 'path.txt'), 'utf8');
    const bin = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), rel);
    if (existsSync(bin)) return { bin };
  } catch {
    // not downloaded yet: require('electron') fetches it, below
  }
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: Number(process.env.TRAYLINE_ELECTRON_FETCH_TIMEOUT_MS || 120_000),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const bin = r.status === 0 ? r.stdout.trim().split('\n').pop() : null;
  if (bin && existsSync(bin)) return { bin };
  return { reason: 'binary not downloaded' };
}

const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

/**
 * node_modules/better-sqlite3 is built for Node (the CLI and tests need that); Electron needs one
 * built for its own ABI. Builds a copy once under node_modules/.cache (prebuilt download or
 * compile, by @electron/rebuild) and returns its path; the main process loads it instead
 * (main/electron/dev-native.ts).
 */
async function electronSqlite() {
  if (process.env.TRAYLINE_ELECTRON_SQLITE) return { addon: process.env.TRAYLINE_ELECTRON_SQLITE };
  const electronVersion = readJson('node_modules/electron/package.json').version;
  const sqliteVersion = readJson('node_modules/better-sqlite3/package.json').version;
  const dir = join(root, 'node_modules', '.cache', 'trayline', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}`);
  const addonIn = (d) => join(d, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(addonIn(dir))) return { addon: addonIn(dir) };
  const src = join(root, 'node_modules', 'better-sqlite3');
  const tmp = `${dir}.tmp-${process.pid}`;
  process.stderr.write(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (first run only)...\n`);
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(join(tmp, 'node_modules'), { recursive: true });
    cpSync(src, join(tmp, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (p) => relative(src, p).split(sep)[0] !== 'build',
    });
    writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'trayline-electron-sqlite', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
    // In a child, so node-gyp's chatter stays out of the terminal unless it is the reason.
    const script = join(tmp, 'rebuild.mjs');
    writeFileSync(
      script,
      `import { rebuild } from ${JSON.stringify(new URL('../node_modules/@electron/rebuild/lib/main.js', import.meta.url).href)};\n` +
        `await rebuild(${JSON.stringify({ buildPath: tmp, electronVersion, onlyModules: ['better-sqlite3'], force: true })});\n`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
    if (r.status !== 0) {
      const log = `${r.stderr}\n${r.stdout}`;
      if (/network connectivity|ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT|getaddrinfo/.test(log)) {
        throw new Error('no prebuilt binary or Electron headers could be downloaded');
      }
      const errors = log.split('\n').map((l) => l.trim()).filter((l) => /^(Error|gyp ERR!)/.test(l));
      throw new Error((errors.at(-1) ?? `exit ${r.status ?? r.signal}`).split(tmp).join('better-sqlite3'));
    }
    if (!existsSync(addonIn(tmp))) throw new Error('the build produced no better_sqlite3.node');
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    return { addon: addonIn(dir) };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    const first = String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 160);
    return { reason: `better-sqlite3 could not be built for Electron ${electronVersion}: ${first}` };
  }
}

// main/electron/main.ts prints this once its window is shown (only when started from here).
const READY_LINE = 'trayline: window ready\n';

/** Starts Electron; resolves 'ready' once the window is up, or the failure's reason. */
function launchElectron(bin, sqliteAddon) {
  return new Promise((resolve) => {
    const env = { ...process.env, TRAYLINE_LAUNCHER: '1', TRAYLINE_ELECTRON_SQLITE: sqliteAddon };
    delete env.ELECTRON_RUN_AS_NODE;
    // The package folder, not main.cjs: Electron then reads package.json (name, main), so the app
    // is "trayline" (its own user-data folder and single-instance lock), not "Electron".
    const child = spawn(bin, [resolvePath(root), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let ready = false;
    let stderr = '';
    const forward = (outSoFar) => {
      ready = true;
      process.stdout.write(outSoFar.replace(READY_LINE, ''));
      process.stderr.write(stderr);
      child.stdout.pipe(process.stdout);
      child.stderr.pipe(process.stderr);
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
      // 'close', not 'exit': the app's last output has been passed on by then.
      child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
      resolve('ready');
    };
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', function watch(chunk) {
      out += chunk;
      if (out.includes(READY_LINE)) {
        child.stdout.off('data', watch);
        forward(out);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      if (!ready) stderr += chunk;
    });
    child.on('error', (e) => resolve(`cannot run ${bin}: ${e.message}`));
    child.on('close', (code, signal) => {
      if (ready) return;
      // Exit 0 before a window: a Trayline window was already open and took the file over.
      if (code === 0) process.exit(0);
      const first = stderr.split('\n').map((l) => l.trim()).find((l) => l) ?? '';
      resolve(`it exited with ${signal ?? `code ${code}`}${first ? `: ${first.slice(0, 160)}` : ''}`);
    });
  });
}

async function serveInBrowser(reason) {
  process.stdout.write(`Electron is not available here (${reason}); serving Trayline in browser mode instead:\n`);
  // The CLI in this process (as bin/trayline.js runs it), so stopping npm start stops the server.
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../main/cli/index.ts');
  process.exitCode = await main(['serve', ...args]);
}

async function tryElectron() {
  const found = electronBinary();
  if (!found.bin) return found.reason;
  const sqlite = await electronSqlite();
  if (!sqlite.addon) return sqlite.reason;
  return launchElectron(found.bin, sqlite.addon);
}

buildIfStale();
const outcome = await tryElectron();
if (outcome !== 'ready') await serveInBrowser(outcome);
