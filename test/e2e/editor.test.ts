// The floor-plan editor driven with real mouse and keyboard events in Chromium: place a rack, drag
// it three tiles, rotate it, undo and redo, reload and find everything persisted (in the page and
// through `trayline export`), overlap refused, a tray drawn with its drop points, a device added
// to an elevation and a colliding one refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from './harness.js';
import { centreOf, counts, dist, drag, drawn, exportJson, idle, openEditor, pixel, projectFrom, rack, rackNames, ready, toScreen } from './editor-support.js';

const TILE = 0.6; // the fixture's floor tile, m

describe('floor plan editor', () => {
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

  test('title names the file', async () => {
    assert.equal(await app.page.title(), 'editor.trayline — Trayline');
  });

  test('place, drag three tiles, rotate, undo, redo, reload, export', async () => {
    const page = app.page;
    const before = await rackNames(page);
    assert.deepEqual(before.sort(), ['R1', 'R2']);

    // Place a 600 x 1200 mm rack with the cursor at (3.35 m, 4.1 m). Its footprint's corner snaps
    // to the nearest tile corner: x0 = round((3.35 - 0.3) / 0.6) * 0.6 = 3.0, y0 = round((4.1 - 0.6)
    // / 0.6) * 0.6 = 3.6, so its centre is (3.3, 4.2) and its tile (col 5 = F, row 6 = "07") is F07.
    await page.keyboard.press('k');
    const at = await toScreen(page, 3.35, 4.1);
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    assert.equal((await counts(page)).racks, 3);
    const placed = await rack(page, 'F07');
    assert.ok(placed, `a rack named F07 exists (have ${await rackNames(page)})`);
    assert.equal(placed.xM, 3.3);
    assert.equal(placed.yM, 4.2);
    assert.equal(placed.rotationDeg, 0);

    // Drag it three tiles to the right with the select tool.
    await page.keyboard.press('v');
    const from = await toScreen(page, 3.3, 4.2);
    const to = await toScreen(page, 3.3 + 3 * TILE, 4.2);
    await drag(page, from, to);
    await idle(page);
    // Moving renames it from its new tile: x0 = 3.0 + 1.8 = 4.8 m -> column 8 = I.
    const moved = await rack(page, 'I07');
    assert.ok(moved, `moved rack renamed I07 (have ${await rackNames(page)})`);
    assert.equal(moved.id, placed.id);
    assert.equal(Math.round(moved.xM * 1000), 3300 + 3 * 600);
    assert.equal(moved.yM, 4.2);

    // Rotate with R (the dragged rack stays selected): the turned footprint is 1.2 m wide and
    // 0.6 m deep around (5.1, 4.2); its corner (4.5, 3.9) rounds to the tile corner (4.8, 4.2),
    // so the centre becomes (5.4, 4.5).
    await page.keyboard.press('r');
    await idle(page);
    const rotated = await byId(placed.id);
    assert.equal(rotated.rotationDeg, 90);
    assert.equal(rotated.xM, 5.4);
    assert.equal(rotated.yM, 4.5);

    // Undo the rotation, then redo it; undo twice more and redo with Ctrl+Y.
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.deepEqual(pick(await byId(placed.id)), { xM: 5.1, yM: 4.2, rotationDeg: 0 });
    await page.keyboard.press('Control+Shift+z');
    await idle(page);
    assert.deepEqual(pick(await byId(placed.id)), { xM: 5.4, yM: 4.5, rotationDeg: 90 });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.deepEqual(pick(await byId(placed.id)), { xM: 3.3, yM: 4.2, rotationDeg: 0 });
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+y');
    await idle(page);
    assert.deepEqual(pick(await byId(placed.id)), { xM: 5.4, yM: 4.5, rotationDeg: 90 });

    // Reload: the state comes back from the file, and so does the undo history.
    await page.reload();
    await ready(page);
    assert.deepEqual(pick(await byId(placed.id)), { xM: 5.4, yM: 4.5, rotationDeg: 90 });
    assert.match((await page.getByTestId('undo').textContent()) ?? '', /Rotate rack/);
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal((await byId(placed.id)).rotationDeg, 0, 'undo after reload uses the history in the file');
    await page.keyboard.press('Control+Shift+z');
    await idle(page);

    const fromFile = exportJson(project.file).racks;
    const mine = fromFile.find((r) => Math.abs(r.xM - 5.4) < 1e-9 && Math.abs(r.yM - 4.5) < 1e-9);
    assert.ok(mine, `export has the rotated rack at (5.4, 4.5): ${JSON.stringify(fromFile)}`);
    assert.equal(mine.rotationDeg, 90);
    assert.equal(fromFile.length, 3);

    async function byId(id: number) {
      const r = await page.evaluate((rid) => {
        const t = window.__traylineTest!;
        for (const n of t.rackNames()) {
          const x = t.rackByName(n);
          if (x?.id === rid) return x;
        }
        return null;
      }, id);
      assert.ok(r, `rack ${id} exists`);
      return r;
    }
  });

  test('an overlapping drag shows a red ghost and is refused on drop', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    const r2 = (await rack(page, 'R2'))!;
    const r1 = (await rack(page, 'R1'))!;
    const from = await toScreen(page, r2.xM, r2.yM);
    const to = await toScreen(page, r1.xM, r1.yM + 0.2);
    // Sample the ghost near a corner of R1's footprint (clear of its name) while the button is held.
    const probe = await toScreen(page, r1.xM - 0.2, r1.yM - 0.45);
    const free = await toScreen(page, 1.0, 8.0); // empty floor
    const floor = await pixel(page, free.x, free.y);
    const beforeDrop = await pixel(page, probe.x, probe.y);
    let during: [number, number, number] = [0, 0, 0];
    await drag(page, from, to, async () => {
      await idle(page);
      during = await pixel(page, probe.x, probe.y);
    });
    await idle(page);
    // Red ghost: red clearly dominant, and different from what was there before the drag.
    assert.ok(during[0] > during[1] + 40 && during[0] > during[2] + 40, `ghost pixel is red: ${during}`);
    assert.ok(dist(during, beforeDrop) > 30, `ghost changed the pixel: ${beforeDrop} -> ${during}`);
    assert.ok(dist(floor, during) > 30);
    const toast = page.getByTestId('toast-error');
    await toast.first().waitFor();
    assert.match((await toast.first().textContent()) ?? '', /overlap/);
    assert.deepEqual(await rack(page, 'R2'), r2, 'R2 stays where the server has it');
  });

  test('draw a tray and see every rack drop into it', async () => {
    const page = app.page;
    const trays = (await counts(page)).trays;
    await page.keyboard.press('t');
    // A run along y = 1.5 m from x = 0.6 m to 11.4 m (points snap to half tiles, 0.3 m).
    const a = await toScreen(page, 0.6, 1.5);
    const b = await toScreen(page, 11.4, 1.5);
    await page.mouse.click(a.x, a.y);
    await page.mouse.click(b.x, b.y);
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await counts(page)).trays, trays + 1);
    const c = await counts(page);
    const d = await drawn(page);
    assert.equal(d.drops, c.racks, 'one drop point per rack on screen');
    await page.keyboard.press('Escape'); // back to the select tool
    await page.keyboard.press('Escape'); // clear the selection, whose outline would cover the drop
    await idle(page);
    // R1's drop point is the closest point of the run to its centre: (x of R1, 1.5 m), drawn orange.
    const r1 = (await rack(page, 'R1'))!;
    const dp = await toScreen(page, r1.xM, 1.5);
    const px = await pixel(page, dp.x, dp.y);
    assert.ok(px[0] > 200 && px[1] > 110 && px[1] < 190 && px[2] < 80, `drop point is orange: ${px}`);

    // Reshape: click the run to select it, drag its east end 1.5 m south (points snap to 0.3 m).
    await page.mouse.click((await toScreen(page, 3, 1.5)).x, (await toScreen(page, 3, 1.5)).y);
    await idle(page);
    await drag(page, await toScreen(page, 11.4, 1.5), await toScreen(page, 11.4, 3.0));
    await idle(page);
    const saved = exportJson(project.file).trays as { points: [number, number][] }[];
    assert.equal(saved.length, trays + 1);
    assert.deepEqual(saved.at(-1)!.points, [[0.6, 1.5], [11.4, 3]]);
    await page.keyboard.press('Escape');
  });

  test('add a device in the elevation; a colliding one is refused; cable two of its ports', async () => {
    const page = app.page;
    const r1 = (await rack(page, 'R1'))!;
    const p = await toScreen(page, r1.xM, r1.yM);
    await page.mouse.dblclick(p.x, p.y);
    await page.getByTestId('elevation').waitFor();
    const devices = (await counts(page)).devices;
    // The catalog lists more types than fit on screen: filter it, as a user would.
    await page.getByPlaceholder('Filter device types').fill('DGX H100');
    const item = page.locator('[data-type="nvidia-dgx-h100"]');
    const slot = (u: number) => page.locator(`.elev-rack[data-face="front"] [data-u="${u}"]`);
    // Drop targets are read once the app says the elevation is laid out (its U rows are sized
    // from the measured window), never after a delay.
    const centre = async (l: ReturnType<typeof page.locator>) => {
      await l.first().waitFor();
      return centreOf(page, l.first());
    };
    await drag(page, await centre(item), await centre(slot(1)));
    await idle(page);
    assert.equal((await counts(page)).devices, devices + 1);
    await page.locator('[data-device]').first().waitFor();
    // A DGX H100 is 8U: at U1 it takes U1-U8, so another at U5 collides.
    await drag(page, await centre(item), await centre(slot(5)));
    await idle(page);
    const toast = page.getByTestId('toast-error').last();
    await toast.waitFor();
    assert.match((await toast.textContent()) ?? '', /collide/);
    assert.equal((await counts(page)).devices, devices + 1);
    assert.match((await page.getByTestId('rack-power').first().textContent()) ?? '', /10\.2 kW of 20\.0 kW/);
    // Drag the server itself up to U20 (its lowest U follows the pointer's U).
    const block = page.locator('.elev-rack[data-face="front"] [data-device]').first();
    await drag(page, await centre(block), await centre(slot(20)));
    await idle(page);
    const inFile = (exportJson(project.file) as unknown as { devices: { rack: string; u: number; face: string }[] }).devices;
    assert.equal(inFile.length, devices + 1);
    assert.deepEqual(inFile.filter((d) => d.rack === 'R1').map((d) => [d.u, d.face]), [[20, 'front']]);

    // Draw a cable port to port: click two free ports of the new server, create it with the
    // media left to routing.
    const cables = (await counts(page)).cables;
    const free = page.locator('.elev-rack .port:not(.cabled)');
    const [a, b] = [await free.nth(0).getAttribute('data-port'), await free.nth(1).getAttribute('data-port')];
    await free.nth(0).click();
    await page.getByTestId('cable-banner').waitFor();
    await page.locator(`.elev-rack .port[data-port="${b}"]`).first().click();
    await page.getByTestId('create-cable').click();
    await idle(page);
    assert.equal((await counts(page)).cables, cables + 1);
    assert.equal(await page.locator(`.elev-rack .port.cabled[data-port="${a}"]`).count() > 0, true, `${a} shows as cabled`);
    await page.keyboard.press('Escape');
    assert.deepEqual(app.pageErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});

const pick = (r: { xM: number; yM: number; rotationDeg: number }) => ({ xM: r.xM, yM: r.yM, rotationDeg: r.rotationDeg });

describe('a new, empty project', () => {
  let app: App;
  let project: ReturnType<typeof projectFrom>;
  before(async () => {
    project = projectFrom(null);
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project?.dispose();
  });

  test('starts by creating a hall in the inspector, then takes a rack', async () => {
    const page = app.page;
    await page.locator('input[data-field="w"]').fill('30');
    await page.locator('input[data-field="d"]').fill('20');
    await page.getByRole('button', { name: 'Create hall' }).click();
    await idle(page);
    const hall = exportJson(project.file) as unknown as { halls: { widthM: number; depthM: number; tileM: number }[] };
    assert.deepEqual(hall.halls.map((h) => [h.widthM, h.depthM, h.tileM]), [[30, 20, 0.6]]);
    await page.keyboard.press('k');
    const at = await toScreen(page, 15, 10);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    assert.equal((await counts(page)).racks, 1);
    assert.equal((await drawn(page)).racks, 1);
  });
});
