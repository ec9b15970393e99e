// Errors meant for the user: a code saying what kind of failure, a one-line message, and where
// (JSON path, field, file or line). Thrown by core, db and main alike; the API contract
// (core/api) carries them to the caller as a Reply's error.
import type { z } from 'zod';

export type ApiErrorCode = 'bad-input' | 'refused' | 'not-found' | 'conflict' | 'no-project' | 'internal';

/** An error a handler means the user to see. Anything else thrown is reported as internal. */
export class ApiError extends Error {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    /** JSON path, field, file or line the error is about. */
    public readonly where?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Formats a zod error as one line naming the path of the first bad field. */
export function describeZodError(error: z.ZodError, prefix = ''): { message: string; where: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid input', where: prefix || '$' };
  const where = [prefix || '$', ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
  return { message: `${where}: ${issueMessage(issue)}`, where };
}

const BOUND = /^Too (small|big): /;
const fmt = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? n.toLocaleString('en-US') : String(n));

/**
 * An issue's message in the words the rest of Trayline's errors use: a schema's own message as
 * given ("at most 131,072 GPUs"), zod's own for a bound or a whole number reworded ("Too small:
 * expected number to be >0" -> "must be greater than 0", "expected int" -> "must be a whole number").
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const i = issue as z.core.$ZodIssue & { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean; expected?: string };
  if ((i.code === 'too_small' || i.code === 'too_big') && BOUND.test(i.message)) {
    const small = i.code === 'too_small';
    const n = fmt(small ? i.minimum : i.maximum);
    if (i.origin === 'number' || i.origin === 'bigint') return `must be ${small ? (i.inclusive ? 'at least' : 'greater than') : i.inclusive ? 'at most' : 'less than'} ${n}`;
    const unit = i.origin === 'string' ? 'character' : i.origin === 'array' || i.origin === 'set' ? 'item' : null;
    if (unit) return `must have ${small ? 'at least' : 'at most'} ${n} ${unit}${n === '1' ? '' : 's'}`;
  }
  if (i.code === 'invalid_type' && i.expected === 'int' && /^Invalid input: /.test(i.message)) return 'must be a whole number';
  return i.message;
}
