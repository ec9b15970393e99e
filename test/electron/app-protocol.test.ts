// The app:// origin the Electron window loads from: its content-hashed scripts may be kept between
// launches (with V8's code cache, the scheme's codeCache privilege), index.html never is, and
// nothing outside the built renderer is served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, appProtocolHandler } from '../../main/electron/app-protocol.js';

const site = mkdtempSync(join(tmpdir(), 'tl-app-'));
mkdirSync(join(site, 'assets'));
writeFileSync(join(site, 'index.html'), '<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>');
writeFileSync(join(site, 'assets', 'app-1a2b.js'), 'console.log(1)');
writeFileSync(join(site, 'assets.js'), 'console.log(2)');
const handle = appProtocolHandler(site, "default-src 'self'");

test('hashed assets are cacheable for good, index.html and other files never', async () => {
  const script = await handle(new Request(`${APP_ORIGIN}/assets/app-1a2b.js`));
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(script.headers.get('content-security-policy'), "default-src 'self'");
  assert.equal(await script.text(), 'console.log(1)');
  assert.equal((await handle(new Request(`${APP_ORIGIN}/index.html`))).headers.get('cache-control'), 'no-store');
  // A name that merely starts like the folder is not in it.
  assert.equal((await handle(new Request(`${APP_ORIGIN}/assets.js`))).headers.get('cache-control'), 'no-store');
  assert.equal((await handle(new Request(`${APP_ORIGIN}/assets/../../etc/passwd`))).status, 404);
});

test('the scheme is standard with V8 code cache (codeCache needs standard)', () => {
  assert.equal(APP_SCHEME_PRIVILEGES.privileges.standard, true);
  assert.equal(APP_SCHEME_PRIVILEGES.privileges.codeCache, true);
});
