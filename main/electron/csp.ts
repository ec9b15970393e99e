// The renderer's Content-Security-Policy. Everything the page needs is served from the app's own
// origin (scripts and styles as files built by Vite, data through IPC), so nothing else is allowed:
// no eval, no inline script, no remote content, no plugins, no framing, no form posts.
// Canvas exports become blob:/data: URLs, hence img-src.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
