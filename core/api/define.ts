// The typed API contract: every call the UI or the CLI can make, declared once with a zod schema
// for its argument and a TypeScript type for its result. main/ implements it; the preload and the
// loopback bridge serve it; the renderer calls it. Nothing crosses a process boundary unchecked.
import { z } from 'zod';

export interface MethodDef<A extends z.ZodType, R> {
  args: A;
  /** Phantom: carries the result type only. */
  result?: R;
  /** Long-running calls report progress events with this call's id. */
  progress?: boolean;
}

export function method<R>() {
  return <A extends z.ZodType>(args: A, opts: { progress?: boolean } = {}): MethodDef<A, R> => ({
    args,
    ...opts,
  });
}

export type AnyMethods = Record<string, MethodDef<z.ZodType, unknown>>;
export type ArgsOf<M> = M extends MethodDef<infer A, unknown> ? z.input<A> : never;
export type ParsedArgsOf<M> = M extends MethodDef<infer A, unknown> ? z.output<A> : never;
export type ResultOf<M> = M extends MethodDef<z.ZodType, infer R> ? R : never;

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

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  where?: string;
}

export type Reply<R> = { ok: true; value: R } | { ok: false; error: ApiErrorBody };

/** Progress of a long call, pushed to the caller while it runs. */
export interface ProgressEvent {
  callId: string;
  phase: string;
  done: number;
  total: number;
}

/** Formats a zod error as one line naming the path of the first bad field. */
export function describeZodError(error: z.ZodError, prefix = ''): { message: string; where: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'invalid input', where: prefix || '$' };
  const where = [prefix || '$', ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
  return { message: `${where}: ${issue.message}`, where };
}
