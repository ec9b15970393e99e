// electron-builder.json cannot be exercised end to end here (packaging downloads Electron), so
// this checks it against electron-builder's own schema and for what the installers need.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('electron-builder.json passes electron-builder’s configuration schema', async () => {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util/out/DebugLogger');
  await validateConfiguration(config, new DebugLogger(false));
  // The validator does reject a bad key (so the pass above means something).
  await assert.rejects(validateConfiguration({ ...config, linux: { ...config.linux, tragets: [] } }, new DebugLogger(false)));
});

test('it builds the four installers from the bundles, with better-sqlite3 rebuilt for Electron and unpacked', () => {
  const targets = (list: Array<string | { target: string }>) => list.map((t) => (typeof t === 'string' ? t : t.target));
  assert.deepEqual(targets(config.linux.target).sort(), ['AppImage', 'deb']);
  assert.deepEqual(targets(config.win.target), ['nsis']);
  assert.deepEqual(targets(config.mac.target), ['dmg']);
  assert.ok(config.linux.maintainer, 'deb needs a maintainer');
  assert.equal(config.npmRebuild, true);
  assert.equal(config.asar, true);
  assert.ok(config.asarUnpack.some((p: string) => p.includes('better-sqlite3') && p.endsWith('.node')));
  // The packaged app starts where package.json says, from files the package includes.
  assert.equal(config.extraMetadata.main, pkg.main);
  assert.ok(config.files.includes('dist/electron/**/*') && config.files.includes('dist/renderer/**/*'));
  // The CLI's TypeScript runner and the bundler are development tools, not app code.
  for (const dev of ['tsx', 'esbuild']) assert.ok(config.files.includes(`!node_modules/${dev}/**`), dev);
  // Packaged binaries cannot be turned into a plain Node (ELECTRON_RUN_AS_NODE, NODE_OPTIONS,
  // --inspect) or made to load app code from outside the archive.
  assert.equal(config.electronFuses.runAsNode, false);
  assert.equal(config.electronFuses.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(config.electronFuses.enableNodeCliInspectArguments, false);
  assert.equal(config.electronFuses.onlyLoadAppFromAsar, true);
  assert.match(pkg.scripts.dist, /npm run build && node build\/dist\.mjs/);
  assert.ok(!/electron-builder|install-app-deps|electron-rebuild/.test(pkg.scripts.postinstall ?? ''), 'npm install never rebuilds for Electron');
});
