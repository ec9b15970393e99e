// Builds what the app needs when it is missing or older than its sources: the renderer bundle
// (dist/renderer, served by `trayline serve` and loaded by the Electron window) and the Electron
// bundles. Shared by `npm start` and `trayline serve`, so `npm install` then `npx trayline serve
// FILE` works with no separate build step. TRAYLINE_SKIP_BUILD=1 uses dist/ as it is;
// TRAYLINE_RENDERER_DIR puts the renderer elsewhere (tests).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Where the renderer bundle goes (and where the bridge serves it from). */
export function rendererDir() {
  return process.env.TRAYLINE_RENDERER_DIR || join(root, 'dist', 'renderer');
}

/** Newest modification time of the files under `paths` (0 if none). */
function newest(paths) {
  let t = 0;
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return t;
}

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Runs `npm run SCRIPT`; its output goes to stderr when `quiet` (serve prints its URL on stdout).
 * Returns null on success, else a one-line reason.
 */
function build(script, extra, quiet) {
  const stdio = quiet ? ['ignore', 2, 2] : 'inherit';
  const r = spawnSync(npm, ['run', '-s', script, ...(extra.length ? ['--', ...extra] : [])], { cwd: root, stdio, shell: process.platform === 'win32' });
  return r.status === 0 ? null : `npm run ${script} failed (exit ${r.status ?? r.signal})`;
}

/**
 * Builds the renderer (and the Electron bundles when `electron`) where missing or stale.
 * Returns what was built, or throws an Error with a one-line reason.
 */
export function buildIfStale({ electron = false, quiet = false, log = () => {} } = {}) {
  const built = [];
  if (process.env.TRAYLINE_SKIP_BUILD) return built;
  const shared = ['core', 'package.json'];
  const out = rendererDir();
  const rendererOut = mtime(join(out, 'index.html'));
  if (rendererOut < newest([...shared, 'renderer'])) {
    log(rendererOut < 0 ? `The app is not built yet: building it (${out}), once...` : 'The app is older than its sources: rebuilding it...');
    const custom = process.env.TRAYLINE_RENDERER_DIR ? ['--outDir', out] : [];
    const failed = build('build:renderer', custom, quiet);
    if (failed) throw new Error(failed);
    built.push('renderer');
  }
  if (electron) {
    const electronOut = Math.min(mtime(join(root, 'dist/electron/main.cjs')), mtime(join(root, 'dist/electron/preload.cjs')));
    if (electronOut < newest([...shared, 'db', 'main', 'electron.config.ts'])) {
      const failed = build('build:electron', [], quiet);
      if (failed) throw new Error(failed);
      built.push('electron');
    }
  }
  return built;
}
