// Small files with names that explain themselves: no source file over 400 lines, except data
// tables (catalog entries with their sources), which read best whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rel, sources } from './source-files.js';

const MAX_LINES = 400;
/** Data tables: one entry per product, each with its source. */
const DATA_TABLES = [/^core\/catalog\/media\//, /^core\/catalog\/device-types\//];

test(`no source file is over ${MAX_LINES} lines, except data tables`, () => {
  const long: string[] = [];
  for (const folder of ['core', 'db', 'main', 'renderer', 'test', 'scripts', 'bin', 'build']) {
    for (const file of sources(folder, /\.(ts|tsx|js|mjs|css)$/)) {
      const path = rel(file);
      if (DATA_TABLES.some((re) => re.test(path))) continue;
      const lines = readFileSync(file, 'utf8').split('\n').length - 1;
      if (lines > MAX_LINES) long.push(`${path}: ${lines} lines`);
    }
  }
  assert.deepEqual(long, []);
});
