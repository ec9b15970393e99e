// Input files named on the command line (layout JSON, NetBox exports, YAML, HCA maps): one line
// naming the file when it is missing, a folder, unreadable or over the size bound, instead of a
// stack trace or reading gigabytes.
import { readFileSync, statSync } from 'node:fs';
import { fmtLimit, LIMITS } from '../../core/model/limits.js';
import { UsageError } from './command.js';

export function readInputText(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${path} is a folder, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${path}: no such file`);
  }
  if (size > LIMITS.fileBytes) {
    throw new UsageError(`${path} is ${fmtLimit(Math.round(size / 1024 / 1024))} MB, over the ${fmtLimit(LIMITS.fileBytes / 1024 / 1024)} MB an input file may have: split it`);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
