// The one door into the handlers, shared by Electron IPC and the loopback bridge: checks the
// method name against the contract, validates the argument with its zod schema, and turns
// every failure into a Reply the caller can show.
import { z } from 'zod';
import { api, isMethod, ApiError, describeZodError, type Reply } from '../../core/api/index.js';
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
    if (e instanceof ApiError) return { ok: false, error: { code: e.code, message: e.message, where: e.where } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message } };
  }
}
