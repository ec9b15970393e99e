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
