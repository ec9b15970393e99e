// The one door into the handlers, shared by Electron IPC and the loopback bridge: checks the
// method name against the contract, validates the argument with its zod schema, and turns
// every failure into a Reply the caller can show.
import { z } from 'zod';
import { api, isMethod, describeZodError, type Reply } from '../../core/api/index.js';
import { describeFailure } from '../app/errors.js';
import { logInternalError } from '../session/error-log.js';
import type { HandlerContext } from './context.js';
import { handlers } from './index.js';

export async function dispatch(ctx: HandlerContext, method: string, rawArgs: unknown): Promise<Reply<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'bad-input', message: `unknown method ${JSON.stringify(method)}` } };
  const parsed = (api[method].args as z.ZodType).safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const d = describeZodError(parsed.error, method);
    return { ok: false, error: { code: 'bad-input', message: d.message, where: d.where } };
  }
  try {
    const fn = handlers[method] as (c: HandlerContext, a: unknown) => unknown;
    return { ok: true, value: await fn(ctx, parsed.data) };
  } catch (e) {
    return failureReply(e, `api ${method}`);
  }
}

/** A thrown error as a Reply: one line; an internal error is logged with its details, never sent. */
export function failureReply(e: unknown, context: string): Reply<never> {
  const f = describeFailure(e);
  if (f.internal) logInternalError(context, e);
  return { ok: false, error: f.where === undefined ? { code: f.code, message: f.message } : { code: f.code, message: f.message, where: f.where } };
}
