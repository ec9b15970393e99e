// Replies sent as ready-made JSON text by both transports (the loopback bridge writes the bytes,
// Electron IPC sends one string the page parses): the same bytes a client would get by
// serialising dispatch()'s Reply, without building millions of objects and copying them again
// (a structured clone of the 32k hall's snapshot as objects cost seconds; a string is one copy).
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
