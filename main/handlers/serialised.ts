// Replies the loopback bridge sends as ready-made JSON text: the same bytes a client would get by
// serialising dispatch()'s Reply, without building the objects and serialising them again.
// Electron IPC keeps dispatch()'s objects: measured on the 32k hall, sending this text over IPC
// cost more than the objects (SQLite JSON 1.8 s + clone 0.3 s + parse 1.2-1.8 s in the page,
// against objects 1.1-1.4 s + V8 clone 0.36 s + deserialise 0.54-0.82 s).
import { api, type Method } from '../../core/api/index.js';
import type { HandlerContext } from './context.js';
import { floorReplyJson, snapshotReplyJson } from './project.js';

const SERIALISED: Partial<Record<Method, (ctx: HandlerContext) => Buffer[]>> = {
  'project.snapshot': snapshotReplyJson,
  'project.floor': floorReplyJson,
};

/**
 * The whole successful reply of `method` as JSON pieces, or null when the method is not one of
 * these, its arguments are bad or it fails: dispatch() then gives the usual reply or error.
 */
export function serialisedReply(ctx: HandlerContext, method: Method, args: unknown): Buffer[] | null {
  const build = SERIALISED[method];
  if (!build) return null;
  if (!(api[method].args as { safeParse(v: unknown): { success: boolean } }).safeParse(args ?? {}).success) return null;
  try {
    return build(ctx);
  } catch {
    return null;
  }
}
