// The renderer's Content-Security-Policy: the very policy the browser mode serves (built by
// main/bridge/static-files.ts, exercised by the end-to-end tests in Chromium), so the page runs
// under the same rules in both. Inline scripts are allowed only by hash, computed from the built
// index.html; nothing remote, no eval, no plugins, no framing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes } from '../bridge/static-files.js';

export function rendererCsp(rendererDir: string): string {
  let html = '';
  try {
    html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  } catch {
    // Not built: the page will 404 anyway; the policy stays at its strictest.
  }
  return contentSecurityPolicy(inlineScriptHashes(html));
}
