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
  return { message: `${where}: ${issue.message}`, where };
}
