// Rules with one home each, so new code cannot go around them: every transaction on a project
// file goes through db/tx.ts (write transactions start with BEGIN IMMEDIATE: the writer policy of
// issue 12), every CSV writer through core/export/csv.ts (formula injection neutralised), and
// every export, report or comparison file through main/app/output-file.ts (never over a project).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importsOf, rel, sources } from './source-files.js';

const SHIPPED = ['core', 'db', 'main', 'renderer'];

function offenders(re: RegExp, allowed: string[]): string[] {
  const bad: string[] = [];
  for (const folder of SHIPPED) {
    for (const file of sources(folder)) {
      if (allowed.includes(rel(file))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (re.test(line)) bad.push(`${rel(file)}:${i + 1}`);
        });
    }
  }
  return bad;
}

test('transactions only through db/tx.ts (writeTransaction: BEGIN IMMEDIATE, bounded retry)', () => {
  assert.deepEqual(offenders(/\.transaction\(/, ['db/tx.ts']), []);
});

test('csv-stringify only through core/export/csv.ts (stringifyCsv neutralises formulas)', () => {
  const bad = SHIPPED.flatMap((folder) => sources(folder))
    .filter((file) => rel(file) !== 'core/export/csv.ts')
    .filter((file) => importsOf(file).some((i) => i.spec.startsWith('csv-stringify')))
    .map(rel);
  assert.deepEqual(bad, []);
});

test('the adapters write no files of their own: exports, reports and comparisons go through main/app', () => {
  const writes = /\b(writeFileSync|createWriteStream|renameSync|appendFileSync)\(/;
  const adapters = ['main/cli', 'main/handlers', 'main/bridge', 'main/electron'].flatMap((d) => sources(d));
  const bad = adapters.filter((file) => writes.test(readFileSync(file, 'utf8'))).map(rel);
  assert.deepEqual(bad, []);
});
