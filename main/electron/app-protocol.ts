// The renderer is served from a custom `app://trayline/` origin rather than file://.
// Why: file:// pages have no real origin (every file:// URL can fetch or navigate to every other
// local file, and CSP 'self' means "any local file"), and Vite's absolute asset paths (/assets/..)
// would resolve to the filesystem root. A privileged standard scheme gives the page one origin of
// its own that contains exactly the built renderer: the handler below serves files under
// dist/renderer and nothing else, and every response carries the CSP.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { contentType } from '../bridge/static-files.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'trayline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, which must run before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: a real origin, relative URLs resolve; secure: treated like https (no mixed-content
  // downgrades); supportFetchAPI + corsEnabled: Vite's module scripts load with crossorigin;
  // codeCache: V8 keeps the compiled scripts between launches (Electron >= 28, standard schemes
  // only; https://electronjs.org/docs/api/structures/custom-scheme), so every launch after the
  // first skips compiling the app's code (300-500 ms on the 32k hall's open, issue 16).
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** True for URLs on the app's own origin (the only place the window may be). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    // Node's URL reports origin "null" for non-special schemes, so compare the parts.
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}


/**
 * Files under /assets/ carry a hash of their content in their name (Vite), so they may be kept
 * forever (as the bridge serves them); index.html names them and is never kept.
 */
export function cacheControl(file: string, root: string): string {
  return file.startsWith(join(resolve(root), 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-store';
}

function securityHeaders(contentType: string, csp: string, cache = 'no-store'): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cache,
  };
}

/** Maps an app:// URL to a file under `root`, or null when it points anywhere else. */
export function fileForUrl(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = resolve(root);
  const file = resolve(join(base, pathname));
  // Refuses ../ and encoded variants that would escape the renderer folder.
  return file.startsWith(base + sep) ? file : null;
}

/**
 * The protocol.handle callback for app://: serves the built renderer with the CSP on every response.
 * `onScript` runs once a script has been handed over (the page then compiles it while the main
 * process is idle: the time to prepare what the page asks for first).
 */
export function appProtocolHandler(root: string, csp: string, onScript?: () => void): (request: Request) => Promise<Response> {
  return async (request) => {
    const notFound = () => new Response('not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8', csp) });
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = fileForUrl(root, request.url);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      const type = contentType(file);
      if (onScript && file.endsWith('.js')) setTimeout(onScript, 0);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: securityHeaders(type, csp, cacheControl(file, root)) });
    } catch {
      return notFound();
    }
  };
}
