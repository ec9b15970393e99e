// Issue 18 point 1 in the real app, with keyboard and mouse: undo goes to the hall of the step it
// undoes; undoing a hall's creation asks first (Esc leaves everything as it was, the dialog's Undo
// button deletes the hall); redo brings a generated hall back; a step in another hall takes the
// view there without asking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENERATED_HALL, idle, openEditor, twoHallProject } from './editor-support.js';
import { shot } from './shots.js';

const GENERATED = GENERATED_HALL;

test('undo names its hall, goes there and asks before deleting a hall; redo brings it back', async () => {
  const project = twoHallProject();
  const app = await openEditor(project.file);
  try {
    const { page } = app;
    const hallCounts = () => page.getByTestId('hall-counts').textContent();
    const counts = () => page.evaluate(() => window.__traylineTest!.counts());
    // the demo hall (the first) is on screen
    await page.getByTestId('hall-select').selectOption({ label: 'Hall 1' });
    await idle(page);
    assert.match((await hallCounts())!, /^Hall 1: 16 racks/);
    assert.match((await page.getByTestId('undo').getAttribute('title'))!, new RegExp(`in hall ${GENERATED}`));

    // Ctrl+Z: the view goes to the generated hall and the app asks
    await page.mouse.click(700, 400);
    await page.keyboard.press('Control+z');
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    assert.equal(await dialog.locator('p').textContent(), `Undo "Generate rail-optimized fabric (256 GPUs)" deletes hall ${GENERATED} and everything in it.`);
    assert.match((await hallCounts())!, new RegExp(`^${GENERATED}: 10 racks`));
    await shot(page, '18-p1-undo-asks.png');
    // Esc: nothing undone
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await idle(page);
    assert.equal((await counts()).racks, 26);

    // again, and the dialog's Undo button (mouse): the hall goes, the demo hall is on screen
    await page.keyboard.press('Control+z');
    await dialog.waitFor();
    await page.getByTestId('confirm-ok').click();
    await idle(page);
    assert.equal((await counts()).racks, 16);
    assert.match((await hallCounts())!, /^Hall 1: 16 racks/);
    assert.equal(await page.getByTestId('hall-select').count(), 0);
    await page.locator('.toast', { hasText: `Undid: Generate rail-optimized fabric (256 GPUs) (hall ${GENERATED})` }).waitFor();

    // redo (no question: it deletes nothing): the hall is back with every rack and cable, on screen
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.toast', { hasText: `Redid: Generate rail-optimized fabric (256 GPUs) (hall ${GENERATED})` }).waitFor();
    await idle(page);
    const back = await counts();
    assert.deepEqual([back.racks, back.trays, back.devices, back.cables], [26, 10, 102, 1024]);
    assert.match((await hallCounts())!, new RegExp(`^${GENERATED}: 10 racks · 6 trays · 512 cables`));
    await shot(page, '18-p1-redo-back.png');

    // a step in the demo hall, undone while the generated hall is on screen: the view goes to the
    // demo hall, no question
    await page.getByTestId('hall-select').selectOption({ label: 'Hall 1' });
    await idle(page);
    const rack = (await page.evaluate(() => window.__traylineTest!.rackByName('L12')))!; // a GPU rack of the demo hall
    const at = await page.evaluate(([x, y]) => window.__traylineTest!.worldToScreen(x!, y!), [rack.xM + rack.widthM / 2, rack.yM + rack.depthM / 2]);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Delete');
    await idle(page);
    assert.equal((await counts()).racks, 25);
    await page.getByTestId('hall-select').selectOption({ label: GENERATED });
    await idle(page);
    await page.keyboard.press('Control+z');
    await page.locator('.toast', { hasText: '(hall Hall 1)' }).waitFor();
    await idle(page);
    assert.equal(await dialog.count(), 0);
    assert.equal((await counts()).racks, 26);
    assert.match((await hallCounts())!, /^Hall 1: 16 racks/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    project.dispose();
  }
});
