// The export panel in the real app: pick a format, export, and get the file as a browser
// download whose content is right (labels: two per cable and the patch panel's; NetBox: a zip of
// the import folder); the structured formats are listed by their plain titles, with a hall field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { buildFixture, PANEL_LABELS } from '../unit/export/fixture.js';
import { startApp } from './harness.js';

test('export panel: labels CSV and the NetBox folder download with the right content', async () => {
  const f = buildFixture();
  const hall = f.db.prepare('SELECT name FROM halls').pluck().get() as string;
  f.db.close();
  const app = await startApp({ file: f.path });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Export' }).click();
    const panel = page.getByTestId('export-panel');
    await panel.waitFor();
    assert.match((await panel.textContent())!, new RegExp(`Exports the hall on screen, ${hall}: ${f.racks} racks, ${f.cables} cables`));

    const format = page.getByTestId('export-format');
    assert.equal((await format.locator('option[value="trunk-schedule-csv"]').textContent())?.trim(), 'Trunk schedule (CSV)');
    await format.selectOption('panel-map-csv');
    // the hall on screen, or the whole project on request
    assert.equal(await page.getByTestId('export-whole-project').isChecked(), false);

    await page.getByTestId('export-format').selectOption('labels-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(download.suggestedFilename(), `${hall}-labels.csv`);
    const rows = parse(readFileSync((await download.path())!), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 2 * f.cables + PANEL_LABELS);
    await page.getByTestId('export-result').waitFor();
    assert.match((await page.getByTestId('export-result').textContent())!, new RegExp(`Saved ${hall}-labels\\.csv`));

    await page.getByTestId('export-format').selectOption('netbox');
    await page.getByTestId('export-site').fill('DC1');
    const [zipped] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(zipped.suggestedFilename(), `${hall}-netbox.zip`);
    const zip = await JSZip.loadAsync(readFileSync((await zipped.path())!));
    const cables = parse(await zip.file('cables.csv')!.async('string'), { columns: true }) as Record<string, string>[];
    assert.equal(cables.length, f.cables);
    assert.ok(cables.every((c) => c['side_a_site'] === 'DC1'));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
