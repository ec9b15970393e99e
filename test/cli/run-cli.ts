// Runs the real CLI (bin/trayline.js) in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/trayline.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRAYLINE_DATA_DIR: tempDir() } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'trayline-cli-'));
}

/**
 * sha256 of a file and its WAL: "unchanged" means both are. An empty WAL holds nothing (a read-only
 * reader may leave one behind), so it counts as no WAL.
 */
export function fileDigest(path: string): string {
  const h = createHash('sha256');
  h.update(readFileSync(path));
  const wal = `${path}-wal`;
  h.update(existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0));
  return h.digest('hex');
}
