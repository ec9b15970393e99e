// Suggest media on a jumper, through the Checks panel: on test/fixtures/layout/structured-two-rows.json
// with JA-01 and JB-01 drawn without cord or optics (two no-media warnings), the suggestion is for
// their whole channel (12 m: 1.5 m jumpers and the 9 m trunk), its button sets both jumpers in one
// undoable step, the warnings go, and asked again it says the channel has it already.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.js';
import { cli, idle, openEditor } from './editor-support.js';

test('Suggest media on a jumper: chosen for its channel, set on both jumpers, one undo step', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-suggest-'));
  const layout = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/layout/structured-two-rows.json'), 'utf8')) as { cables: { label: string }[] };
  for (const c of layout.cables) if (c.label === 'JA-01' || c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  writeFileSync(join(dir, 'l.json'), JSON.stringify(layout));
  const file = join(dir, 's.trayline');
  cli(['new', file]);
  cli(['import', file, join(dir, 'l.json')]);
  const app = await openEditor(file);
  try {
    const page = app.page;
    await page.keyboard.press('Control+f');
    await page.keyboard.type('JA-01');
    await page.getByTestId('find-results').locator('li').first().click();
    await idle(page);
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).first().click();
    await idle(page);
    const warnings = page.locator('.rightpanel').getByText(/has no media, so it cannot be ordered/);
    assert.equal(await warnings.count(), 2);
    await page.getByRole('button', { name: 'Suggest media' }).click();
    const choice = page.getByTestId('media-choice');
    await choice.waitFor();
    assert.match(await choice.innerText(), /for its channel: .* chosen \(.*channel 12 m\)/);
    await page.getByRole('button', { name: 'Use it on both jumpers' }).click();
    await idle(page);
    await warnings.first().waitFor({ state: 'detached' });
    assert.match(await page.locator('button', { hasText: /^↶ Undo/ }).innerText(), /Set media of the channel/);
    await page.getByRole('button', { name: 'Suggest media' }).click();
    await page.getByTestId('media-choice').getByText(/^its channel has it already/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Use it on both jumpers' }).count(), 0);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
