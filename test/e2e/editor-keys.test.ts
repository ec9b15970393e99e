// Keyboard paths that have no button: Space+drag pans the plan by exactly the drag (and moves no
// rack even when the drag starts on one), as does a middle-button drag, and Undo/Redo answer Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y and
// the macOS Cmd (metaKey) forms that the Electron Edit menu replays into the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { App } from './harness.js';
import { idle, openEditor, projectFrom, rack, toScreen } from './editor-support.js';

const camera = (page: Page) => page.evaluate(() => window.__traylineTest!.camera());

describe('keyboard: pan and undo/redo', () => {
  let app: App;
  const project = projectFrom('small-hall.layout.json');
  before(async () => {
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project.dispose();
  });

  test('Space+drag pans by the drag distance, starting on a rack without moving it', async () => {
    const page = app.page;
    const r1 = (await rack(page, 'R1'))!;
    const from = await toScreen(page, r1.xM, r1.yM);
    const cam0 = await camera(page);
    const [dx, dy] = [-140, 65];
    await page.keyboard.down('Space');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    await idle(page);
    const cam1 = await camera(page);
    // The world under the pointer follows it: the camera offset moves by the drag, the zoom stays.
    assert.deepEqual([Math.round(cam1.x - cam0.x), Math.round(cam1.y - cam0.y), cam1.scale], [dx, dy, cam0.scale]);
    const after = (await rack(page, 'R1'))!;
    assert.deepEqual([after.xM, after.yM], [r1.xM, r1.yM]);
    // R1 is now drawn where the drag ended.
    const now = await toScreen(page, r1.xM, r1.yM);
    assert.deepEqual([Math.round(now.x), Math.round(now.y)], [Math.round(from.x + dx), Math.round(from.y + dy)]);
  });

  test('a middle-button drag pans by the drag distance; the status bar still reads the grabbed point', async () => {
    const page = app.page;
    const r1 = (await rack(page, 'R1'))!;
    const at = await toScreen(page, r1.xM, r1.yM);
    const from = { x: Math.round(at.x), y: Math.round(at.y) };
    const cam0 = await camera(page);
    const box = (await page.getByTestId('floor').boundingBox())!;
    // The read-out of the point under the pointer, worked out from the camera (screen = world * scale + offset).
    const grabbed = `x ${((from.x - box.x - cam0.x) / cam0.scale / 1000).toFixed(2)} m  y ${((from.y - box.y - cam0.y) / cam0.scale / 1000).toFixed(2)} m`;
    await page.mouse.move(from.x, from.y);
    const cursor = page.getByTestId('cursor');
    await page.waitForFunction((want) => document.querySelector('[data-testid="cursor"]')?.textContent === want, grabbed);
    const [dx, dy] = [90, -70];
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
    await page.mouse.up({ button: 'middle' });
    await idle(page);
    const cam1 = await camera(page);
    assert.deepEqual([Math.round(cam1.x - cam0.x), Math.round(cam1.y - cam0.y), cam1.scale], [dx, dy, cam0.scale]);
    // The plan moved with the pointer, so the point under it is still the one grabbed.
    assert.equal(await cursor.textContent(), grabbed);
    const now = await toScreen(page, r1.xM, r1.yM);
    assert.deepEqual([Math.round(now.x), Math.round(now.y)], [Math.round(from.x + dx), Math.round(from.y + dy)]);
  });

  test('undo and redo answer Ctrl and Cmd (metaKey) forms alike', async () => {
    const page = app.page;
    const r1 = (await rack(page, 'R1'))!;
    const p = await toScreen(page, r1.xM, r1.yM);
    await page.mouse.click(p.x, p.y);
    // ArrowUp nudges the selected rack one step towards -y: an edit to undo and redo.
    await page.keyboard.press('ArrowUp');
    await idle(page);
    const moved = (await rack(page, 'R1'))!.yM;
    assert.ok(moved < r1.yM, `R1 nudged up: ${moved} < ${r1.yM}`);
    const yOf = async () => (await rack(page, 'R1'))!.yM;
    const [start, nudged] = [r1.yM, moved];
    const steps: [string, number][] = [
      ['Control+z', start], ['Control+Shift+z', nudged],
      ['Meta+z', start], ['Meta+Shift+z', nudged],
      ['Control+z', start], ['Control+y', nudged],
      // Shift+Z as the Edit menu replays it (key "Z" with Shift held).
      ['Meta+z', start], ['Meta+Shift+Z', nudged],
    ];
    for (const [keys, want] of steps) {
      await page.keyboard.press(keys);
      await idle(page);
      assert.equal(await yOf(), want, `${keys} leaves R1 at y ${want} m`);
    }
    assert.deepEqual(app.pageErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});
