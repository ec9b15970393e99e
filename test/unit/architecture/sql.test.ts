// SQL lives only in db/: no statement preparation, pragma, SQL function registration or SQL text
// anywhere else in the shipped code (tests may read a project file to check it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rel, sources } from './source-files.js';

const PATTERNS: [string, RegExp][] = [
  ['prepares a statement', /\.prepare\(/],
  ['runs a pragma', /\.pragma\(/],
  ['registers an SQL function', /\bdb\.function\(/],
  ['runs SQL text', /\bdb\.exec\(/],
  ['holds SQL text', /['"`][^'"`]*\b(SELECT\s.+\sFROM|INSERT INTO|DELETE FROM|UPDATE\s+\w+\s+SET|VACUUM|PRAGMA)\b/],
];

const SHIPPED = ['core', 'main', 'renderer', 'bin', 'scripts', 'build'];

test('no SQL outside db/', () => {
  const bad: string[] = [];
  for (const folder of SHIPPED) {
    for (const file of sources(folder, /\.(ts|tsx|js|mjs)$/)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [what, re] of PATTERNS) if (re.test(line)) bad.push(`${rel(file)}:${i + 1} ${what}`);
        });
    }
  }
  assert.deepEqual(bad, []);
});

test('the check finds SQL where there is some (db/ is full of it)', () => {
  const hits = sources('db').filter((file) => PATTERNS.some(([, re]) => re.test(readFileSync(file, 'utf8'))));
  assert.ok(hits.length >= 10, `only ${hits.length} db/ files matched`);
});
