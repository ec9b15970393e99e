// The built renderer (dist/renderer) with a strict Content-Security-Policy. Inline scripts are
// allowed only by their sha256 hash, computed from index.html itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function inlineScriptHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[1] ?? '')) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2] ?? '').digest('base64')}'`);
  }
  return out;
}

export function contentSecurityPolicy(scriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

export class StaticFiles {
  readonly csp: string;
  private readonly index: string | null;

  constructor(readonly root: string) {
    const indexPath = join(root, 'index.html');
    this.index = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;
    this.csp = contentSecurityPolicy(this.index ? inlineScriptHashes(this.index) : []);
  }

  get headers(): Record<string, string> {
    return securityHeaders(this.csp);
  }

  /** index.html, with the token in a meta tag when the page was asked for with the right one. */
  serveIndex(res: ServerResponse, token: string | null): void {
    if (this.index === null) {
      res.writeHead(503, { ...this.headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`Trayline: the renderer is not built (${this.root} has no index.html). Run: npm run build\n`);
      return;
    }
    const meta = token ? `<meta name="trayline-token" content="${token}">` : '';
    const html = meta ? this.index.replace(/<head([^>]*)>/i, (h) => `${h}${meta}`) : this.index;
    res.writeHead(200, { ...this.headers, 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
    res.end(html);
  }

  /** Serves a file below root; false when there is none (the caller answers 404). */
  serveFile(res: ServerResponse, urlPath: string, head: boolean): boolean {
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return false;
    }
    if (rel.includes('\0')) return false;
    const full = normalize(join(this.root, rel));
    if (!full.startsWith(normalize(this.root) + sep)) return false;
    let size: number;
    try {
      const st = statSync(full);
      if (!st.isFile()) return false;
      size = st.size;
    } catch {
      return false;
    }
    const immutable = rel.startsWith('/assets/');
    res.writeHead(200, {
      ...this.headers,
      'content-type': contentType(full),
      'content-length': String(size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    // Read and sent in one go (the largest chunk is ~250 KB): a stream would take several turns
    // of the event loop, each waiting behind a piece of the floor being prepared meanwhile.
    if (head) res.end();
    else res.end(readFileSync(full));
    return true;
  }
}
