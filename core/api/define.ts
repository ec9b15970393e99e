// The typed API contract: every call the UI or the CLI can make, declared once with a zod schema
// for its argument and a TypeScript type for its result. main/ implements it; the preload and the
// loopback bridge serve it; the renderer calls it. Nothing crosses a process boundary unchecked.
import { z } from 'zod';
import type { ApiErrorCode } from '../model/errors.js';

// The errors live in core/model (core and db throw them without depending on the transport);
// the contract re-exports them for its callers.
export { ApiError, describeZodError, type ApiErrorCode } from '../model/errors.js';

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

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  where?: string;
}

export type Reply<R> = { ok: true; value: R } | { ok: false; error: ApiErrorBody };

/**
 * A file the main process made for the user (an export, a report, a comparison). The page never
 * names a path: in the browser it gets the bytes and saves them as a download; in the desktop app
 * the main process asks where with its own save dialog and writes the file there itself.
 */
export interface FileResult {
  /** The suggested file name (a folder export travels as a .zip). */
  fileName: string;
  mime: string;
  bytes: number;
  /** The file, base64, for the page to download; null when the app saved it. */
  base64: string | null;
  /** The name (not the path) of the file the desktop app saved, for display; null for a download. */
  savedAs: string | null;
  /** The user closed the save dialog without saving. */
  canceled: boolean;
}

/** Progress of a long call, pushed to the caller while it runs. */
export interface ProgressEvent {
  callId: string;
  phase: string;
  done: number;
  total: number;
}
