// Issue 18 point 12 in the real app: the status bar counts the hall on screen; the Export panel
// offers formats by plain titles, describes them without command-line flags, and exports the hall
// on screen (its cable schedule workbook, its floor plan), or the whole project on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { GENERATED_HALL, idle, openEditor, twoHallProject } from './editor-support.js';
import { shot } from './shots.js';

const GEN = GENERATED_HALL;

/** Cable rows over every pull sheet of a schedule workbook (each sheet but the summary has a header row). */
async function scheduleRows(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  let rows = 0;
  wb.eachSheet((ws) => {
    if (ws.name !== 'Summary') rows += ws.actualRowCount - 1;
  });
  return rows;
}

test('export panel and status bar speak of the hall on screen', async () => {
  const project = twoHallProject();
  const app = await openEditor(project.file);
  try {
    const { page } = app;
    await page.getByTestId('hall-select').selectOption({ label: GEN });
    await idle(page);
    assert.equal(await page.getByTestId('hall-counts').textContent(), `${GEN}: 10 racks · 6 trays · 512 cables`);
    await page.getByTestId('hall-select').selectOption({ label: 'Hall 1' });
    await idle(page);
    assert.equal(await page.getByTestId('hall-counts').textContent(), 'Hall 1: 16 racks · 4 trays · 512 cables');

    await page.getByTestId('hall-select').selectOption({ label: GEN });
    await idle(page);
    await page.locator('.rightpanel .tabs button', { hasText: 'Export' }).click();
    const panel = page.getByTestId('export-panel');
    await panel.waitFor();
    // the format list arrives from the main process after the panel shows
    await page.getByTestId('export-format').locator('option', { hasText: 'Cable schedule (Excel)' }).waitFor({ state: 'attached' });
    const titles = await page.getByTestId('export-format').locator('option').allTextContents();
    assert.ok(titles.includes('Cable schedule (Excel)') && titles.includes('Floor plan (PNG)'), titles.join(' | '));
    assert.ok(titles.every((t) => !/^[a-z0-9-]+$/.test(t)), titles.join(' | '));
    await page.getByTestId('export-format').selectOption({ label: 'Cable schedule (Excel)' });
    assert.equal(await page.getByTestId('export-scope').textContent(), `Exports the hall on screen, ${GEN}: 10 racks, 512 cables.`);
    assert.doesNotMatch((await page.getByTestId('export-description').textContent())!, /--/);
    await shot(page, '18-p12-export-panel.png');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(xlsx.suggestedFilename(), `${GEN}-cable-schedule.xlsx`);
    assert.equal(await scheduleRows((await xlsx.path())!), 512);

    // the whole project, on request: both halls' cables
    await page.getByTestId('export-whole-project').check();
    assert.match((await page.getByTestId('export-scope').textContent())!, /^Exports the whole project: 26 racks, 1,024 cables\.$/);
    const [whole] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(whole.suggestedFilename(), 'cable-schedule.xlsx');
    assert.equal(await scheduleRows((await whole.path())!), 1024);

    // the floor plan is of the hall on screen
    await page.getByTestId('export-format').selectOption({ label: 'Floor plan (SVG)' });
    assert.equal(await page.getByTestId('export-whole-project').count(), 0);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(svg.suggestedFilename(), `${GEN}-floorplan.svg`);
    const drawing = readFileSync((await svg.path())!, 'utf8');
    assert.ok(drawing.includes(GEN));
    assert.ok(!drawing.includes('>Hall 1<'));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    project.dispose();
  }
});
