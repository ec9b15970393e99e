import { ApiError } from '../model/errors.js';

/** Bad input in an as-built or NetBox file: names the file and line (and column where known). */
export function sourceError(file: string, line: number | null, message: string, column?: string): ApiError {
  const where = line === null ? file : `${file}:${line}`;
  return new ApiError('bad-input', `${where}: ${column ? `${column}: ` : ''}${message}`, where);
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * lineAt for offsets met in increasing order (parsers walking a file forward): counts only the
 * text between one offset and the next, so a million neighbours cost one pass, not a million.
 */
export function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset: number) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}
