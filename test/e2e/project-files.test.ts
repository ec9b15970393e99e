// Issue 18 point 6 in the browser mode, with the keyboard and mouse: Ctrl+O lists the project
// files of the served file's folder and opens one, Ctrl+S saves a copy under a new name, Ctrl+N
// makes a new empty project, Open recent lists what was opened; the page sends names from the
// server's list, and a path is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callApi } from './harness.js';
import { cli, openEditor, ready } from './editor-support.js';
import { shot } from './shots.js';

const counts = (page: Page) => page.evaluate(() => window.__traylineTest!.counts());

/** Does `act`, which makes the page reload on another project, and waits for the new page to be ready. */
async function switching(page: Page, act: () => Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), act()]);
  await ready(page);
}

test('File: open, save a copy, new and open recent, by name among the folder\'s project files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-files-'));
  cli(['new', join(dir, 'a.trayline'), '--demo']);
  cli(['new', join(dir, 'b.trayline')]);
  cli(['generate', join(dir, 'b.trayline'), '--arch', 'rail-optimized', '--gpus', '256']);
  const app = await openEditor(join(dir, 'a.trayline'));
  try {
    const { page } = app;
    assert.equal((await counts(page)).racks, 16);

    // Ctrl+O: the folder's files, the open one marked; a click opens b
    await page.mouse.click(700, 400);
    await page.keyboard.press('Control+o');
    const dialog = page.getByTestId('files-dialog');
    await dialog.waitFor();
    const all = page.getByTestId('files-all');
    await all.locator('button', { hasText: 'b.trayline' }).waitFor();
    assert.deepEqual(await all.locator('button').allTextContents(), ['a.trayline', 'b.trayline']);
    assert.equal(await all.locator('button', { hasText: 'a.trayline' }).isDisabled(), true);
    await shot(page, '18-p6-open.png');
    await switching(page, () => all.locator('button', { hasText: 'b.trayline' }).click());
    assert.equal((await counts(page)).racks, 10);
    assert.equal(await page.title(), 'b.trayline — Trayline');

    // Ctrl+S: a copy under a new name, which is then the open project
    await page.mouse.click(700, 400);
    await page.keyboard.press('Control+s');
    await page.getByTestId('files-name').waitFor();
    await page.keyboard.type('copy-b');
    await shot(page, '18-p6-save-copy.png');
    await switching(page, () => page.keyboard.press('Enter'));
    assert.ok(existsSync(join(dir, 'copy-b.trayline')));
    assert.equal(await page.title(), 'copy-b.trayline — Trayline');
    assert.equal((await counts(page)).cables, 512);

    // a name already taken is refused, saying so, and nothing switches
    await page.mouse.click(700, 400);
    await page.keyboard.press('Control+s');
    await page.getByTestId('files-name').waitFor();
    await page.keyboard.type('a.trayline');
    await page.keyboard.press('Enter');
    assert.match((await page.getByTestId('files-error').textContent())!, /a\.trayline already exists in the folder/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Ctrl+N: a new empty project
    await page.keyboard.press('Control+n');
    await page.getByTestId('files-name').waitFor();
    await page.keyboard.type('fresh');
    await switching(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.title(), 'fresh.trayline — Trayline');
    assert.equal((await counts(page)).racks, 0);

    // Open recent: most recent first; a click goes back to the demo
    await page.getByTestId('file-menu').click();
    const recent = page.getByTestId('files-recent');
    await recent.waitFor();
    assert.deepEqual(await recent.locator('button').allTextContents(), ['fresh.trayline', 'copy-b.trayline', 'b.trayline', 'a.trayline']);
    await shot(page, '18-p6-recent.png');
    await switching(page, () => recent.locator('button', { hasText: 'a.trayline' }).click());
    assert.equal((await counts(page)).racks, 16);

    // the page never sends a path: one is refused before anything is opened
    for (const name of ['../a.trayline', '/etc/passwd', 'sub/a.trayline']) {
      await assert.rejects(callApi(app, 'files.open', { name }), /name: a file name from the list, not a path/);
    }
    await assert.rejects(callApi(app, 'files.open', { name: 'nope.trayline' }), /no project file "nope\.trayline" in the folder/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
