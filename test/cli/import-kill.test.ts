// Killing the CLI with SIGKILL in the middle of a large import leaves the project exactly as it
// was: the import is one SQLite transaction, so an interrupted one is rolled back from the WAL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { bigLayout } from '../fixtures/layout/big-layout.js';
import { BIN, cli, ROOT, tempDir } from './run-cli.js';

const CABLES = 20_000;
function snapshotOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
      counts: { halls: count('halls'), racks: count('racks'), devices: count('devices'), ports: count('ports'), cables: count('cables'), history: count('history') },
    };
  } finally {
    db.close();
  }
}

test(`SIGKILL in the middle of importing ${CABLES} cables leaves the project unchanged and intact`, async () => {
  const dir = tempDir();
  const project = join(dir, 'p.trayline');
  const layout = join(dir, 'big.json');
  writeFileSync(layout, JSON.stringify(bigLayout(CABLES)));
  // Some committed data first, so "unchanged" is about real content, not an empty file.
  assert.equal(cli('new', project).code, 0);
  assert.equal(cli('import', project, join(ROOT, 'test/fixtures/layout/small-row.json')).code, 0);
  const bytesBefore = readFileSync(project);
  const before = snapshotOf(project);
  const exportBefore = cli('export', project, '--format', 'json', '--out', '-').stdout;

  const child = spawn(process.execPath, [BIN, 'import', project, layout], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => stdout.push(d));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  // Progress lines are printed from inside the transaction, while rows are being written.
  let killedAt = '';
  for await (const line of createInterface({ input: child.stderr })) {
    const m = /^import: cables (\d+)\/(\d+)/.exec(line);
    if (m && Number(m[1]) < Number(m[2])) {
      killedAt = line;
      child.kill('SIGKILL');
      break;
    }
  }
  assert.equal(await exited, 'SIGKILL', 'the import finished before it could be killed');
  assert.ok(killedAt, 'no progress line seen');
  assert.equal(stdout.join(''), '', 'the import must not have reported success');

  // The main file was not touched (WAL mode writes only the log until commit).
  assert.ok(readFileSync(project).equals(bytesBefore), 'the project file bytes changed');
  assert.deepEqual(snapshotOf(project), { ...before, integrity: 'ok' });
  assert.equal(cli('export', project, '--format', 'json', '--out', '-').stdout, exportBefore);
});
