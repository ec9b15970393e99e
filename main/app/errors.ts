// What a failure means to the user, in one line, for every adapter (CLI, API replies over IPC and
// the bridge): errors meant for the user keep their message; the file system's and SQLite's
// become a sentence naming the file; anything else is internal (a bug): its first line only, and
// the adapter logs the details. No stack trace ever reaches a reply or the terminal.
import { ApiError, type ApiErrorCode } from '../../core/model/errors.js';
import { LayoutError } from '../../db/layout-parse.js';
import { NetboxImportError } from '../../db/netbox-import.js';
import { ProjectFileError } from '../../db/open.js';
import { BUSY_MESSAGE, isBusyError } from '../../db/tx.js';

export interface Failure {
  code: ApiErrorCode;
  /** One line (a multi-line problem list is capped and counted). */
  message: string;
  where?: string;
  /** A bug, not the user's input: log it. */
  internal: boolean;
}

const firstLine = (s: string) => s.split('\n', 1)[0]!.trim();

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the file name is too long',
};

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_CORRUPT: 'the project file is damaged (SQLite reports it corrupt)',
  SQLITE_NOTADB: 'the file is not a Trayline project (not an SQLite database)',
  SQLITE_FULL: 'the disk is full',
  SQLITE_READONLY: 'the project file cannot be written (read-only)',
  SQLITE_CANTOPEN: 'the project file cannot be opened',
  SQLITE_IOERR: 'a disk read or write failed',
  SQLITE_NOMEM: 'out of memory',
};

/** Shows at most `max` lines of a problem list, then how many more there are. */
export function capLines(lines: readonly string[], max = 20): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `... and ${(lines.length - max).toLocaleString('en-US')} more`];
}

export function describeFailure(e: unknown): Failure {
  if (e instanceof ApiError) return { code: e.code, message: firstLine(e.message), ...(e.where !== undefined ? { where: e.where } : {}), internal: false };
  if (e instanceof ProjectFileError) return { code: 'bad-input', message: firstLine(e.message), where: e.path, internal: false };
  if (e instanceof LayoutError) return { code: 'bad-input', message: firstLine(e.message), where: e.where, internal: false };
  if (e instanceof NetboxImportError) {
    const n = e.errors.length;
    const more = n > 1 ? ` (and ${(n - 1).toLocaleString('en-US')} more problem${n === 2 ? '' : 's'})` : '';
    return { code: 'bad-input', message: `${firstLine(e.message)}${more}`, internal: false };
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (isBusyError(e)) return { code: 'conflict', message: BUSY_MESSAGE, internal: false };
  if (typeof code === 'string') {
    const sqlite = Object.keys(SQLITE_REASONS).find((k) => code === k || code.startsWith(`${k}_`));
    if (sqlite) return { code: 'refused', message: SQLITE_REASONS[sqlite]!, internal: false };
    if (Object.hasOwn(FS_REASONS, code)) {
      const path = (e as { path?: unknown }).path;
      return { code: 'refused', message: `${typeof path === 'string' ? `${path}: ` : ''}${FS_REASONS[code]}`, internal: false };
    }
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `internal error: ${firstLine(message) || 'unknown'}`, internal: true };
}
