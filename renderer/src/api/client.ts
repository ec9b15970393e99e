// The renderer's only door to the project: the Electron preload's `window.trayline` when present,
// else the loopback HTTP bridge (browser mode, tests). Both give the same ApiClient.
import type { ApiClient, ApiErrorBody, Method, ProgressEvent, Reply } from '../../../core/api/index.js';

/** What the Electron preload exposes. */
export interface PreloadApi {
  call(method: string, args: unknown): Promise<unknown>;
  onProgress(cb: (e: ProgressEvent) => void): (() => void) | void;
}

declare global {
  interface Window {
    trayline?: PreloadApi;
  }
}

/** A failed call, carrying the server's code, message and where. */
export class CallError extends Error {
  constructor(
    public readonly code: ApiErrorBody['code'],
    message: string,
    public readonly where?: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

function isReply(v: unknown): v is Reply<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

function unwrap(reply: unknown): unknown {
  if (!isReply(reply)) return reply;
  if (reply.ok) return reply.value;
  throw new CallError(reply.error.code, reply.error.message, reply.error.where);
}

export function preloadClient(p: PreloadApi): ApiClient {
  return {
    call: (async (method: Method, args: unknown) => unwrap(await p.call(method, args))) as ApiClient['call'],
    onProgress(listener) {
      const off = p.onProgress(listener);
      return typeof off === 'function' ? off : () => {};
    },
  };
}

export function bridgeToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) return fromUrl;
  return document.querySelector<HTMLMetaElement>('meta[name="trayline-token"]')?.content ?? '';
}

let callSeq = 0;

export function bridgeClient(token: string, base = ''): ApiClient {
  const listeners = new Set<(e: ProgressEvent) => void>();
  let events: EventSource | null = null;
  const ensureEvents = () => {
    if (events || typeof EventSource === 'undefined') return;
    events = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    events.addEventListener('progress', (e) => {
      const ev = JSON.parse((e as MessageEvent<string>).data) as ProgressEvent;
      for (const l of listeners) l(ev);
    });
  };
  return {
    call: (async (method: Method, args: unknown) => {
      const callId = `c${Date.now().toString(36)}-${++callSeq}`;
      let res: Response;
      try {
        res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-trayline-token': token, 'x-trayline-call-id': callId },
          body: JSON.stringify(args ?? {}),
        });
      } catch (e) {
        throw new CallError('internal', `cannot reach Trayline (${(e as Error).message}); is \`trayline serve\` still running?`);
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new CallError('internal', `${method}: the server answered HTTP ${res.status} without a JSON reply`);
      }
      return unwrap(body);
    }) as ApiClient['call'],
    onProgress(listener) {
      ensureEvents();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface AppConfig {
  testHooks: boolean;
  title: string;
  /** The browser mode: the page's File menu picks project files through files.* (the desktop app has native dialogs). */
  files?: boolean;
}

/** This window's client: the preload's when there is one, else the loopback bridge's. */
export function makeClient(): ApiClient {
  return window.trayline ? preloadClient(window.trayline) : bridgeClient(bridgeToken());
}

/** The launch config (title, test hooks): the bridge's /api/config, or the open project's name in the desktop app. */
export async function loadConfig(client: ApiClient): Promise<AppConfig> {
  if (window.trayline) {
    let title = 'project';
    try {
      const info = await client.call('project.info', {});
      title = info.path.split(/[\\/]/).pop() ?? title;
    } catch {
      /* no project open yet */
    }
    return { testHooks: false, title };
  }
  const res = await fetch('/api/config', { headers: { 'x-trayline-token': bridgeToken() } });
  return unwrap(await res.json()) as AppConfig;
}
