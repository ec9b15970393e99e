#!/usr/bin/env node
// `npm test`: builds what the end-to-end tests serve, runs every test file under node's test
// runner (unit, api, e2e), runs ESLint (`npm run lint`) and the type checker (`npm run typecheck`)
// as one more test each, and ends with the plain line `N passed, N failed` over all of them. (The
// test files run under tsx, which strips types without checking them: a test calling a handler
// with the wrong arguments passed until `tsc -b` was run by hand.)
//   npm test                 everything, lint and type check included
//   npm test -- unit         only files whose path contains "unit" (any substring filter)
//   npm test -- lint         only the lint; `npm test -- typecheck` only the type check
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out.sort();
}

let files = findTests(join(root, 'test'));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
// The whole run, or `npm test -- lint`, lints the tree; a lint error is one failed test.
// Likewise the type check (`npm test -- typecheck`).
/** Runs a whole-tree check as one test: true when it passed, null when not asked for. */
function treeCheck(name, what, script, args) {
  if (!(filters.length === 0 || filters.includes(name))) return null;
  console.log(`${name}: ${what} (npm run ${script})`);
  const ok = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
  console.log(ok ? `${name}: passed` : `${name}: FAILED (npm run ${script} shows the problems)`);
  return ok;
}
const checks = [
  treeCheck('lint', 'eslint .', 'lint', [join(root, 'node_modules/eslint/bin/eslint.js'), '.']),
  treeCheck('typecheck', 'tsc -b', 'typecheck', [join(root, 'node_modules/typescript/bin/tsc'), '-b']),
].filter((x) => x !== null);
const checksPassed = checks.filter((x) => x).length;
const checksFailed = checks.length - checksPassed;
if (files.length === 0 && checks.length > 0) {
  console.log(`${checksPassed} passed, ${checksFailed} failed`);
  process.exit(checksFailed ? 1 : 0);
}
if (files.length === 0) {
  console.error('no test files matched');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (files.some((f) => f.includes('e2e')) && !process.env.TRAYLINE_SKIP_BUILD) {
  const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('build failed: the end-to-end tests need dist/');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const counts = join(mkdtempSync(join(tmpdir(), 'trayline-test-')), 'counts.json');
// Two test files at a time at least: node's default is one fewer than the cores, which on a
// two-core machine ran every file one after another (the whole suite about 930 s, the
// end-to-end files 410 s of it, mostly waiting on Chromium). Tests share no port (the bridge
// listens on port 0), folder (mkdtemp) or bundle (serve's test builds into its own folder).
const concurrency = Math.max(2, availableParallelism() - 1);
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/count-reporter.js')}`,
    `--test-reporter-destination=${counts}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TRAYLINE_TEST: '1' } },
);

let totals = { passed: 0, failed: 1, skipped: 0 };
try {
  totals = JSON.parse(readFileSync(counts, 'utf8'));
} catch {
  console.error('the test runner wrote no totals');
}
// A crashed file counts as a failure even if no test inside it reported one.
if (r.status !== 0 && totals.failed === 0) totals.failed = 1;
totals.passed += checksPassed;
totals.failed += checksFailed;
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || r.status !== 0 ? 1 : 0);
