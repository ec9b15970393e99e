#!/usr/bin/env node
// `npm run dist [-- electron-builder options]`: packages the built app (dist/) with
// electron-builder (config: electron-builder.json; Linux AppImage + deb, Windows NSIS, macOS dmg).
// electron-builder rebuilds better-sqlite3 for Electron's ABI (npmRebuild) IN node_modules, which
// would leave the CLI and the tests (plain Node) unable to load it; the Node build is put back
// afterwards, whether packaging worked or not. `npm install` itself never rebuilds for Electron.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const addon = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const keep = mkdtempSync(join(tmpdir(), 'trayline-dist-'));
const saved = join(keep, 'better_sqlite3.node');
if (existsSync(addon)) copyFileSync(addon, saved);

const bin = join(root, 'node_modules/.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
const r = spawnSync(bin, ['--config', 'electron-builder.json', '--publish', 'never', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

if (existsSync(saved)) copyFileSync(saved, addon);
rmSync(keep, { recursive: true, force: true });
if (r.status !== 0) console.error('npm run dist: electron-builder failed (it needs to download Electron and its headers)');
process.exit(r.status ?? 1);
