// POST /api/<method>: the JSON body goes through dispatch(), exactly like an IPC call.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethod, type ApiErrorCode, type Reply } from '../../core/api/index.js';
import type { ProjectFiles } from '../handlers/context.js';
import { jsonTooDeep, LIMITS } from '../../core/model/limits.js';
import { dispatch } from '../handlers/dispatch.js';
import { serialisedReply } from '../handlers/serialised.js';
import type { ProjectSession } from '../session/session.js';
import type { EventHub } from './events.js';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** Sends JSON text already in pieces (a large reply) without joining or re-encoding them. */
function sendJsonChunks(res: ServerResponse, status: number, chunks: Buffer[], headers: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(chunks.reduce((n, c) => n + c.length, 0)),
    'cache-control': 'no-store',
  });
  for (const c of chunks) res.write(c);
  res.end();
}


export function errorReply(code: ApiErrorCode, message: string, where?: string): Reply<never> {
  return { ok: false, error: where === undefined ? { code, message } : { code, message, where } };
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyError(413, `request body over ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  deps: { session: ProjectSession; hub: EventHub; headers: Record<string, string>; files?: ProjectFiles },
): Promise<void> {
  const send = (status: number, body: unknown) => sendJson(res, status, body, deps.headers);
  if (req.method !== 'POST') return send(405, errorReply('bad-input', `use POST for /api/${method}`));
  if (!isMethod(method)) return send(404, errorReply('bad-input', `unknown method ${JSON.stringify(method)}`));
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return send(415, errorReply('bad-input', 'content-type must be application/json'));
  let args: unknown;
  try {
    const text = await readBody(req);
    const deep = jsonTooDeep(text);
    if (deep !== null) return send(400, errorReply('bad-input', `request body is nested more than ${LIMITS.jsonDepth} levels deep`));
    args = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    if (e instanceof BodyError) return send(e.status, errorReply('bad-input', e.message));
    return send(400, errorReply('bad-input', `request body is not valid JSON: ${(e as Error).message.split('\n', 1)[0]}`));
  }
  const rawId = req.headers['x-trayline-call-id'];
  const callId = typeof rawId === 'string' ? rawId.slice(0, 100) : '';
  const ctx = deps.session.context((phase, done, total) => deps.hub.progress({ callId, phase, done, total }), deps.files);
  // The floor being prepared in pieces (ProjectSession.prepareOpen) is waited for, not computed again.
  if (method === 'project.floor') await deps.session.prepared();
  const chunks = serialisedReply(ctx, method, args);
  if (chunks) return sendJsonChunks(res, 200, chunks, deps.headers);
  send(200, await dispatch(ctx, method, args));
}
