// The loopback HTTP bridge: the browser mode's equivalent of the Electron preload. See README.md
// for the protocol.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ProjectSession } from '../session/session.js';
import type { ProjectFiles } from '../handlers/context.js';
import { errorReply, handleApiCall, sendJson } from './api-route.js';
import { EventHub } from './events.js';
import { failureReply } from '../handlers/dispatch.js';
import { checkOrigin, newToken, requestToken, tokenMatches } from './guard.js';
import { StaticFiles } from './static-files.js';

/** dist/renderer, or TRAYLINE_RENDERER_DIR (bin/build-if-stale.js builds there). */
export const DEFAULT_RENDERER_DIR = process.env.TRAYLINE_RENDERER_DIR || fileURLToPath(new URL('../../dist/renderer', import.meta.url));
export const LOOPBACK = '127.0.0.1';

export interface BridgeOptions {
  session: ProjectSession;
  /** 0 picks a free port. */
  port?: number;
  testHooks?: boolean;
  /** The built renderer; dist/renderer by default. */
  staticDir?: string;
  /** Fixed token (tests); a random one per launch otherwise. */
  token?: string;
  /** The project files the page may open, create or save as, by name (serve: the file's folder). */
  files?: ProjectFiles;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  events: EventHub;
  close(): Promise<void>;
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? newToken();
  const files = new StaticFiles(opts.staticDir ?? DEFAULT_RENDERER_DIR);
  const hub = new EventHub();
  const headers = files.headers;
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const verdict = checkOrigin(req, port);
    if (verdict !== 'ok') {
      const what = verdict === 'foreign-host' ? `Host ${JSON.stringify(req.headers.host ?? '')}` : `Origin ${JSON.stringify(req.headers.origin)}`;
      return sendJson(res, 403, errorReply('refused', `${what} is not allowed`), headers);
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/')) {
      const isEvents = path === '/api/events';
      if (!tokenMatches(requestToken(req, url, isEvents), token)) {
        return sendJson(res, 401, errorReply('bad-input', 'missing or wrong x-trayline-token'), headers);
      }
      if (isEvents || path === '/api/config') {
        if (req.method !== 'GET') return sendJson(res, 405, errorReply('bad-input', `use GET for ${path}`), headers);
        if (isEvents) return hub.attach(res, headers);
        return sendJson(res, 200, { ok: true, value: { testHooks: !!opts.testHooks, title: opts.session.title, files: !!opts.files } }, headers);
      }
      return handleApiCall(req, res, path.slice('/api/'.length), { session: opts.session, hub, headers, files: opts.files });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, errorReply('bad-input', 'use GET'), headers);
    if (path === '/' || path === '/index.html') {
      const given = url.searchParams.get('token');
      files.serveIndex(res, tokenMatches(given, token) ? token : null);
      // The page is on its way: the floor it asks for first is computed now, while the browser
      // loads and compiles its code (from its cache after the first launch, without asking this
      // process), so the question finds the answer ready (ProjectSession.prepareOpen).
      res.once('finish', () => setImmediate(() => void opts.session.prepareOpen()));
      return;
    }
    if (!files.serveFile(res, path, req.method === 'HEAD')) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failureReply(e, `bridge ${req.method} ${(req.url ?? '').split('?')[0]}`), headers);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    events: hub,
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
