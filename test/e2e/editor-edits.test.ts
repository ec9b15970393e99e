// Edits on a small hall with real mouse and keyboard (issue 18): a hall cannot shrink below its
// racks (point 2), new racks carry the preset's power budget (9), the side panel widens to fit
// Compare (11), and the smaller bugs (14): a row of 8 is 8 racks, the place-rack tool disarms
// after a click, no stale "1 selected" after undo, the inspector follows the open elevation, an
// overlap refusal names the racks the user sees.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { callApi, type App } from './harness.js';
import { counts, drag, elevationReady, exportJson, idle, openEditor, projectFrom, rack, toScreen } from './editor-support.js';

describe('editing a small hall', () => {
  let app: App;
  let project: ReturnType<typeof projectFrom>;
  before(async () => {
    project = projectFrom('small-hall.layout.json');
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project?.dispose();
  });
  const lastToast = async () => {
    const t = app.page.getByTestId('toast-error').last();
    await t.waitFor();
    return (await t.textContent()) ?? '';
  };

  test('2: shrinking the hall below its racks is refused with the reason, in the inspector and through the API', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    const width = page.locator('input[data-field="widthMm"]');
    await width.click();
    await width.press('Control+a');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await idle(page);
    // R1 stands 6.0-6.6 m and R2 6.6-7.2 m along x: a 5 m hall cannot hold them.
    assert.match(await lastToast(), /hall Test hall cannot be made that small: rack R[12] would be outside it \(its footprint reaches x = (6\.60|7\.20) m, beyond the hall's 5\.00 m width\)/);
    assert.equal((exportJson(project.file) as unknown as { halls: { widthM: number }[] }).halls[0]!.widthM, 12);
    await assert.rejects(callApi(app, 'edit.apply', { label: 'Shrink', ops: [{ op: 'update', kind: 'hall', id: 1, patch: { widthMm: 7000 } }] }), /rack R2 would be outside it \(its footprint reaches x = 7\.20 m/);
  });

  test('9 and 14: a placed rack has the preset budget, the tool disarms, undo leaves no stale selection', async () => {
    const page = app.page;
    const floor = await toScreen(page, 10.5, 1.0); // empty floor: the keys go to the plan, not the hall's field
    await page.mouse.click(floor.x, floor.y);
    const before = (await counts(page)).racks;
    await page.keyboard.press('k');
    const at = await toScreen(page, 2.1, 2.2);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    assert.equal((await counts(page)).racks, before + 1);
    assert.equal(await page.locator('[data-tool="select"].active').count(), 1, 'back to the select tool');
    assert.equal(await page.locator('input[data-field="powerBudgetW"]').inputValue(), '42');
    assert.equal(await page.getByTestId('selected').textContent(), '1 selected');
    // A click on empty floor now places nothing.
    const empty = await toScreen(page, 9.5, 2.0);
    await page.mouse.click(empty.x, empty.y);
    await idle(page);
    assert.equal((await counts(page)).racks, before + 1);
    // Select it again and undo its placement: nothing stays selected.
    await page.mouse.click(at.x, at.y);
    await idle(page);
    assert.equal(await page.getByTestId('selected').textContent(), '1 selected');
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal((await counts(page)).racks, before);
    assert.equal(await page.getByTestId('selected').textContent(), '');
  });

  test('14: "Make a row of 8" makes 8 racks in all', async () => {
    const page = app.page;
    const before = (await counts(page)).racks;
    await page.keyboard.press('k');
    const at = await toScreen(page, 1.5, 2.2);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    const size = page.getByTestId('row-size');
    await size.click();
    await size.press('Control+a');
    await page.keyboard.type('8');
    await page.getByTestId('add-row-forward').click();
    await idle(page);
    assert.equal((await counts(page)).racks, before + 8, 'the placed rack and 7 more');
    assert.equal(await page.getByTestId('selected').textContent(), '8 selected');
  });

  test('14: the inspector shows the rack whose elevation is open; an overlap refusal names racks as shown', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    const r1 = (await rack(page, 'R1'))!, r2 = (await rack(page, 'R2'))!;
    const p1 = await toScreen(page, r1.xM, r1.yM - 0.3);
    const p2 = await toScreen(page, r2.xM, r2.yM - 0.3);
    // R1 selected, then the cable tool opens R2's elevation with one click (no select on the way).
    await page.mouse.click(p1.x, p1.y);
    await idle(page);
    assert.equal(await page.locator('.inspector h3').first().textContent(), 'Rack R1');
    await page.keyboard.press('c');
    await page.mouse.click(p2.x, p2.y);
    await elevationReady(page);
    assert.equal(await page.locator('.elev-head h2').textContent(), 'Rack R2');
    assert.equal(await page.locator('.inspector h3').first().textContent(), 'Rack R2');
    await page.keyboard.press('Escape');
    await page.keyboard.press('v');
    await idle(page);
    // Drag R2 onto R1: refused, naming R2 (not the tile it would have been renamed to) and R1.
    await page.mouse.click(p2.x, p2.y);
    await drag(page, p2, p1);
    await idle(page);
    assert.match(await lastToast(), /rack R2 would overlap rack R1/);
  });

  test('11: the side panel fits its content: drag its edge wider and the Compare table shows whole', async () => {
    const page = app.page;
    const panel = page.getByTestId('right-panel');
    const w0 = (await panel.boundingBox())!.width;
    assert.ok(w0 >= 340, `wide enough by default: ${w0}`);
    const handle = (await page.getByTestId('panel-resize').boundingBox())!;
    await drag(page, { x: handle.x + handle.width / 2, y: handle.y + 200 }, { x: handle.x + handle.width / 2 - 220, y: handle.y + 200 });
    const w1 = (await panel.boundingBox())!.width;
    assert.ok(Math.abs(w1 - (w0 + 220)) <= 2, `dragged 220 px wider: ${w0} -> ${w1}`);
    await page.locator('.rightpanel .tabs button', { hasText: 'Fabric' }).click();
    await page.getByTestId('fabric-panel').waitFor();
    await page.locator('[data-action="compare"]').click();
    const table = page.getByTestId('fabric-compare');
    await table.waitFor({ timeout: 120_000 });
    const fit = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
    assert.ok(fit.scroll <= fit.client + 1, `the table fits: ${fit.scroll} <= ${fit.client}`);
    assert.ok(fit.right <= (await panel.boundingBox())!.x + w1 + 1, 'inside the panel');
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();
  });
});
