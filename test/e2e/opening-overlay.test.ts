// While a project is on its way (renderer/src/start.tsx, useUi.opening) the shell is laid out under
// an "Opening …" overlay. Nothing behind it may act on a project that is not in yet: the pointer
// is stopped by the overlay, the keyboard by the shell being inert (Tab reaches no control) and by
// the shortcuts not being installed (Ctrl+Z does not undo). Once the floor is in, all of it works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callApi, startApp } from './harness.js';

test('while opening, neither Tab nor shortcuts reach the shell; once opened they do', async () => {
  const app = await startApp();
  try {
    // One edit in the history, so an undo that got through would show.
    const hallCount = async () => (await callApi<{ halls: unknown[] }>(app, 'project.snapshot')).halls.length;
    await callApi(app, 'edit.apply', { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name: 'Hall A', widthMm: 12000, depthMm: 9000, tileMm: 600 } }] });
    const page = await app.page.context().newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/project.floor', async (route) => {
      await held;
      await route.continue();
    });
    const withEdit = await hallCount();
    await page.goto(app.url);
    await page.getByTestId('opening').waitFor();
    await page.locator('.topbar').waitFor();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'Tab reached a control behind the overlay');
    await page.keyboard.press('Control+z');
    release();
    await page.waitForFunction(() => !!window.__traylineTest);
    await page.evaluate(() => window.__traylineTest!.idle());
    assert.equal(await page.getByTestId('opening').count(), 0);
    assert.equal(await hallCount(), withEdit, 'the Ctrl+Z pressed while opening undid the edit');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement !== document.body), true, 'Tab reaches the shell once opened');
  } finally {
    await app.stop();
  }
});
