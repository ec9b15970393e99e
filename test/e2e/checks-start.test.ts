// When the editor's checks start: a small project is checked as soon as it is open (a cable drawn
// is routed and drawn in the trays at once, structured-editor.test.ts); one that a fabric makes
// large (opened floor first again) stops asking the server, where a full run costs seconds, until
// the Checks tab is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCalls, idle, openEditor, projectFrom, ready } from './editor-support.js';

test('checks: a small project from the start; grown large by a fabric, only once the Checks tab is shown', { timeout: 300_000 }, async () => {
  const proj = projectFrom(null);
  const app = await openEditor(proj.file);
  try {
    const { page } = app;
    const calls = apiCalls(page, /^checks\.(run|update)$/);
    await page.reload();
    await ready(page); // (the new page's hooks, then idle)
    assert.deepEqual(calls, ['checks.run'], 'checked on opening, no tab shown');

    // 8,192 GPUs: about 80,000 ports and cables, past the 50,000 a project opens whole with.
    await page.locator('.rightpanel .tabs button', { hasText: 'Fabric' }).click();
    await page.getByTestId('fabric-panel').waitFor();
    await page.locator('select[data-field="arch"]').selectOption('rail-optimized');
    await page.locator('input[data-field="gpus"]').fill('8192');
    await page.locator('[data-action="generate"]').click();
    await page.getByTestId('fabric-result').waitFor({ timeout: 240_000 });
    await idle(page);
    const counts = await page.evaluate(() => window.__traylineTest!.counts());
    assert.equal(counts.detail, 'floor', 'reopened floor first');
    assert.ok(counts.total.ports + counts.total.cables > 50_000, `${counts.total.ports} ports, ${counts.total.cables} cables`);
    assert.deepEqual(calls, ['checks.run'], 'no check call for the large project until the tab is shown');

    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    await page.waitForFunction(() => {
      const summary = document.querySelector('[data-testid="checks-summary"]');
      return summary?.getAttribute('data-pending') === '0' && !summary.textContent?.includes('Checking');
    }, null, { timeout: 120_000 });
    await idle(page);
    assert.deepEqual(calls, ['checks.run', 'checks.run'], 'one full run when the tab is shown');
    assert.match((await page.getByTestId('checks-summary').textContent())!, /^\d+ errors?, \d+ warnings?/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
