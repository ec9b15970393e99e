// Opening the Checks panel on a hall opened floor first loads the whole model once and checks the
// project once: the model arriving is the project just checked, not an edit. (It used to run every
// check a second time: 4-5 s more on the 32k hall.) The result shown is the server's. The checks
// start when the tab is shown, even if it is left before the panel's code has arrived (they keep
// the routes of what is drawn current: a trunk made by hand was not drawn in the trays).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callApi, startApp } from './harness.js';
import { apiCalls, generatedProject, idle, reopen } from './editor-support.js';

test('the Checks panel opened floor first runs the checks once and shows their result', async () => {
  const proj = generatedProject(1024);
  const app = await startApp({ file: proj.file });
  try {
    const { page } = app;
    await reopen(app, 'floor');
    const runs = apiCalls(page, /^checks\.(run|update)$/);
    // The panel's code is held back until the tab has been left.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/ChecksPanel-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();
    release();
    await idle(page);
    assert.deepEqual(runs, ['checks.run'], 'started by the tab shown, though its panel never mounted');
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    // Settled: the whole model is in the page and no check call is queued or running.
    await page.waitForFunction(() => {
      const summary = document.querySelector('[data-testid="checks-summary"]');
      return (window.__traylineTest!.counts() as unknown as { detail: string }).detail === 'full' && summary?.getAttribute('data-pending') === '0' && !summary.textContent?.includes('Checking');
    });
    assert.deepEqual(runs, ['checks.run'], 'one full run, no second one when the model arrived');
    const server = await callApi<{ errors: number; warnings: number }>(app, 'checks.run');
    const shown = await page.getByTestId('checks-summary').textContent();
    assert.match(shown!, new RegExp(`^${server.errors} errors?, ${server.warnings} warnings?`));
  } finally {
    await app.stop();
    proj.dispose();
  }
});
