// Who may talk to the bridge: only pages served by this very server (Host and Origin must be our
// loopback address, which defeats DNS rebinding and cross-site requests) holding this launch's
// token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** 'ok', or why the request is refused: a foreign Host or Origin (403). */
export function checkOrigin(req: IncomingMessage, port: number): 'ok' | 'foreign-host' | 'foreign-origin' {
  const hosts = allowedHosts(port);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return 'foreign-host';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) return 'foreign-origin';
  return 'ok';
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from the x-trayline-token header, or (for EventSource) the ?token= query. */
export function requestToken(req: IncomingMessage, url: URL, allowQuery: boolean): string | null {
  const h = req.headers['x-trayline-token'];
  if (typeof h === 'string') return h;
  return allowQuery ? url.searchParams.get('token') : null;
}
