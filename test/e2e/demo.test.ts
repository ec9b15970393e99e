// The app started without a file opens the built-in demo hall and draws its racks on the canvas:
// checked through the page's own count of drawn racks and through the pixels of a real screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from './harness.js';
import { counts, dist, drawn, openEditor, pixel, rack, rackNames, toScreen } from './editor-support.js';

let app: App;
before(async () => {
  app = await openEditor();
});
after(async () => {
  await app?.stop();
});

test('the demo hall opens with its racks drawn on the canvas', async () => {
  const page = app.page;
  assert.match(await page.title(), /\.trayline — Trayline$/);
  const c = await counts(page);
  assert.ok(c.racks > 0, 'the demo has racks');
  // Zoom-to-fit on open shows the whole hall, so every rack is drawn.
  assert.equal((await drawn(page)).racks, c.racks);

  // Pixels: inside each rack (near a corner of its back half, clear of the name, which goes in the
  // front half, and of the outline) the screen shows the rack's fill, which differs from the floor.
  const names = await rackNames(page);
  const floorAt = await toScreen(page, 0.3, 0.3); // tile A01 centre: the demo leaves the corner empty
  const floor = await pixel(page, floorAt.x, floorAt.y);
  for (const name of names.slice(0, 6)) {
    const r = (await rack(page, name))!;
    const w = r.rotationDeg % 180 ? r.depthM : r.widthM;
    const d = r.rotationDeg % 180 ? r.widthM : r.depthM;
    // The demo's racks face south (0°, back edge north) or north (180°, back edge south).
    const backY = r.rotationDeg === 180 ? r.yM + d / 2 - d * 0.12 : r.yM - d / 2 + d * 0.12;
    const p = await toScreen(page, r.xM - w / 2 + w * 0.2, backY);
    const px = await pixel(page, p.x, p.y);
    assert.ok(dist(px, floor) > 20, `rack ${name} at (${p.x.toFixed(0)}, ${p.y.toFixed(0)}) is drawn: ${px} vs floor ${floor}`);
  }
  assert.deepEqual(app.pageErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
});
