// Internal errors (bugs) are shown to the user as one line; their details go here, appended to
// <data folder>/logs/trayline.log (TRAYLINE_DATA_DIR moves the data folder), never into a reply.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userDataDir } from './data-dir.js';

export function errorLogPath(): string {
  return join(userDataDir(), 'logs', 'trayline.log');
}

/** Appends the error with its stack; returns the log's path, or null when it cannot be written. */
export function logInternalError(context: string, e: unknown): string | null {
  const path = errorLogPath();
  const detail = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    appendFileSync(path, `${new Date().toISOString()} ${context}\n${detail}\n\n`);
    return path;
  } catch {
    return null;
  }
}
