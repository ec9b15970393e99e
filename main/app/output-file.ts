// Where exports, audit reports and comparisons may be written, and how: never over the open
// project, any .trayline file or its -wal/-shm/-journal, nor over any SQLite database (checked by
// resolved path, by inode for hard links and by the file's first bytes); always into a temporary
// file (or folder) beside the target, renamed into place only when complete, so a failed or
// refused write leaves the target as it was.
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../core/model/errors.js';
import { isSqliteFile } from '../../db/open.js';

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];
const PROJECT_NAME = /\.trayline(-wal|-shm|-journal)?$/i;
const SQLITE_SIDE = /-(wal|shm|journal)$/i;

/** The path with its folder's symbolic links resolved (the file itself need not exist). */
function realTarget(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

const refuse = (target: string, why: string) => new ApiError('refused', `${target}: ${why}; not writing there`, target);

/**
 * Throws ApiError('refused') when `target` must not be written: the project itself or one of its
 * side files, a .trayline file, an SQLite database or its side file. `folder`: the target is a
 * folder the export writes files into (an existing file there is refused).
 */
export function checkOutputTarget(target: string, opts: { project?: string | null; folder?: boolean } = {}): void {
  const real = realTarget(target);
  const st = statOrNull(target);
  if (opts.project) {
    const project = realTarget(opts.project);
    const projectStat = statOrNull(opts.project);
    for (const s of SIDE_FILES) {
      if (real === project + s || resolve(target) === resolve(opts.project) + s) {
        throw refuse(target, s ? `the open project's ${s.slice(1)} file` : 'that is the open project');
      }
    }
    if (st && projectStat && st.ino === projectStat.ino && st.dev === projectStat.dev) throw refuse(target, 'that is the open project (a link to it)');
  }
  if (PROJECT_NAME.test(basename(real))) throw refuse(target, 'a .trayline file is a project, exports never write one');
  if (opts.folder) {
    if (st && !st.isDirectory()) throw refuse(target, 'a file, not a folder');
    return;
  }
  if (!st) return;
  if (st.isDirectory()) throw new ApiError('bad-input', `${target} is a folder; give a file path`, target);
  if (isSqliteFile(target)) throw refuse(target, 'an SQLite database (a project?)');
  const main = SQLITE_SIDE.test(real) ? real.replace(SQLITE_SIDE, '') : null;
  if (main && isSqliteFile(main)) throw refuse(target, `a side file of the SQLite database ${basename(main)}`);
}

const tempName = (target: string, tag: string) => join(dirname(resolve(target)), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.${tag}`);

/** Writes one file through a temporary sibling renamed into place, after checkOutputTarget. */
export async function writeOutputFile(target: string, project: string | null, write: (tmpPath: string) => Promise<void> | void): Promise<void> {
  checkOutputTarget(target, { project });
  if (!existsSync(dirname(resolve(target)))) throw new ApiError('bad-input', `${dirname(target)}: no such folder`, target);
  const tmp = tempName(target, 'partial');
  try {
    await write(tmp);
    // The target may have appeared while the export ran.
    checkOutputTarget(target, { project });
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true, recursive: true });
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/**
 * Writes a folder of files: all of them into a temporary sibling folder first. A new folder is
 * then renamed into place in one step; into an existing folder each file is checked like a single
 * file target, then each is renamed in (every file whole, none half-written).
 */
export async function writeOutputFolder(target: string, project: string | null, write: (tmpDir: string) => Promise<void> | void): Promise<void> {
  checkOutputTarget(target, { project, folder: true });
  if (!existsSync(dirname(resolve(target)))) throw new ApiError('bad-input', `${dirname(target)}: no such folder`, target);
  const tmp = tempName(target, 'partial');
  try {
    await write(tmp);
    if (!existsSync(target)) {
      renameSync(tmp, target);
      return;
    }
    checkOutputTarget(target, { project, folder: true });
    const files = filesUnder(tmp);
    for (const f of files) checkOutputTarget(join(target, f), { project });
    for (const f of files) {
      mkdirSync(dirname(join(target, f)), { recursive: true });
      renameSync(join(tmp, f), join(target, f));
    }
  } finally {
    rmSync(tmp, { force: true, recursive: true });
  }
}
