// Guards applied to the session and to every web contents the app ever creates: the page may not
// leave the app's origin, open windows, attach <webview>s or get any permission, and every
// response carries the CSP (the app:// handler sets it too; this also covers anything else).
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol.js';

export function hardenSession(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  // Trayline needs no camera, notifications, geolocation, clipboard-read, etc.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The will-navigate / will-redirect listener: stays on the app origin, nothing else. */
export function blockForeignNavigation(event: { preventDefault(): void; url?: string }, url?: string): void {
  const target = event.url ?? url ?? '';
  if (!isAppUrl(target)) event.preventDefault();
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links meant for a new window are refused; Trayline has no external links to follow.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the guards to every web contents as it is created, before it can load anything. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
