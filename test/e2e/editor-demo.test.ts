// The editor for real work, on the demo project made by `trayline new --demo`, driven with real
// mouse and keyboard: the demo opens routed and clean with its cables on the trays and a legend
// (issue 18 point 3); find (5); cables picked on the floor and their inspector (7); elevations
// zoomed until the ports can be hit, the half-drawn cable on the floor, Esc order (8); rack and
// row names by level of detail (10). Waits only on the app's readiness hooks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from './harness.js';
import { cli, drawn, elevationReady, exportJson, idle, openEditor, rack, toScreen } from './editor-support.js';

const selection = (app: App) => app.page.evaluate(() => window.__traylineTest!.selection());
const camera = (app: App) => app.page.evaluate(() => window.__traylineTest!.camera());

describe('the demo project', () => {
  let app: App;
  let dir: string;
  let file: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trayline-demo-'));
    file = join(dir, 'demo.trayline');
    cli(['new', file, '--demo']);
    app = await openEditor(file);
  });
  after(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('3: opens routed with 0 errors and 0 warnings, cables on the trays, a legend for the symbols', async () => {
    const page = app.page;
    // 3 row trays and the cross tray carry bundles with counts (the floor is zoomed to fit).
    const d = await drawn(page);
    assert.ok(d.bundleLabels >= 3, `bundle counts drawn: ${d.bundleLabels}`);
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    const summary = page.getByTestId('checks-summary');
    await summary.filter({ hasText: 'error' }).waitFor();
    assert.match((await summary.textContent()) ?? '', /0 errors, 0 warnings/);
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();
    // The legend opens with a click and names the colours and symbols.
    await page.getByTestId('legend-toggle').click();
    const legend = (await page.getByTestId('legend').textContent()) ?? '';
    for (const words of ['cold aisle', 'hot aisle', 'drop point', 'junction', 'over budget', 'bundle of cables']) assert.ok(legend.includes(words), words);
    await page.getByTestId('legend-toggle').click();
  });

  test('5: Ctrl+F, a rack name and Enter select that rack and frame it; / finds a port and opens its rack', async () => {
    const page = app.page;
    const target = (await rack(page, 'K16'))!;
    await page.keyboard.press('Control+f');
    await page.keyboard.type('k16');
    await page.getByTestId('find-results').locator('li').first().waitFor();
    await page.keyboard.press('Enter');
    await idle(page);
    assert.deepEqual(await selection(app), [{ kind: 'rack', id: target.id }]);
    // Framed: the rack's centre is in the middle of the floor view (zoomTo centres it).
    const at = await toScreen(page, target.xM, target.yM);
    const box = (await page.getByTestId('floor').boundingBox())!;
    assert.ok(Math.abs(at.x - (box.x + box.width / 2)) < 2 && Math.abs(at.y - (box.y + box.height / 2)) < 2, `centred: ${JSON.stringify(at)} in ${JSON.stringify(box)}`);

    // "/" then "leaf-05 7/2" (a space for the colon): the port's rack opens, its device selected.
    await page.mouse.click(box.x + 5, box.y + box.height - 5); // empty floor: focus the plan
    await page.keyboard.press('/');
    await page.keyboard.type('leaf-05 7/2');
    await page.getByTestId('find-results').locator('li[data-kind="port"]').first().waitFor();
    await page.keyboard.press('Enter');
    await elevationReady(page);
    const layout = exportJson(file) as unknown as { devices: { name: string; rack: string }[] };
    const leafRack = layout.devices.find((x) => x.name === 'leaf-05')!.rack;
    assert.equal(await page.locator('.elev-head h2').textContent(), `Rack ${leafRack}`);
    const sel = await selection(app);
    assert.equal(sel.length, 1);
    assert.equal(sel[0]!.kind, 'device');
    await page.keyboard.press('Escape');
    await idle(page);
  });

  test('7: a click on a bundle picks its cables; one of them shows the lengths the checks give; a link is chosen whole', async () => {
    const page = app.page;
    await page.keyboard.press('Escape');
    await page.keyboard.press('f'); // the whole hall
    await idle(page);
    // Row 1's tray runs along y = 4.2 m from x = 3.0 m; at x = 3.6 m it is west of every rack.
    const p = await toScreen(page, 3.6, 4.2);
    await page.mouse.click(p.x, p.y);
    await idle(page);
    const picked = await selection(app);
    assert.ok(picked.length > 1 && picked.every((r) => r.kind === 'cable'), `a bundle: ${picked.length} cables`);
    const list = page.getByTestId('cables-inspector');
    assert.match((await list.locator('h3').textContent()) ?? '', new RegExp(`^${picked.length} cables$`));
    const first = list.locator('button[data-cable]').first();
    const label = (await first.getAttribute('data-cable'))!;
    await first.click();
    const lengths = page.getByTestId('cable-lengths');
    await lengths.filter({ hasText: 'Routed' }).waitFor();
    // The same figures as the routing run the checks use (trayline route --json).
    const routed = JSON.parse(cli(['route', file, '--json'])) as { cables: { label: string; routedM: number; orderedM: number }[] };
    const mine = routed.cables.find((c) => c.label === label)!;
    assert.equal((await lengths.textContent())?.trim(), `Routed ${mine.routedM.toFixed(2)} m, order ${mine.orderedM.toFixed(2)} m`);
    // Every entry of the plain media list carries a fit mark.
    const plain = await page.locator('select[data-field="mediaId"] option').allTextContents();
    assert.ok(plain.slice(1).every((t) => t.startsWith('✓ ') || t.startsWith('⚠ ')), 'fit marks on every medium');
    // Choose another whole link with the keyboard: transceivers and fibre change in one edit.
    const before = exportJson(file) as unknown as { cables: { label: string; media: string | null; opticA: string | null; opticB: string | null }[] };
    const was = before.cables.find((c) => c.label === label)!;
    const linkSelect = page.locator('select[data-field="link"]');
    const options = await linkSelect.locator('option').count();
    assert.ok(options > 2, 'several links fit these ports');
    await linkSelect.focus();
    await page.keyboard.press('ArrowDown'); // the next link after the one routing chose
    await idle(page);
    const now = (exportJson(file) as unknown as typeof before).cables.find((c) => c.label === label)!;
    assert.notDeepEqual([now.media, now.opticA, now.opticB], [was.media, was.opticA, was.opticB]);
    assert.ok(now.media && now.opticA && now.opticB ? true : now.media && !now.opticA, 'a whole link: fibre with both optics, or one assembly');
    assert.equal((await page.getByTestId('undo').textContent())?.includes(`Set the link of ${label}`), true, 'one undo step');
    // Ctrl+Z with the list still focused is the app's undo (a list has no text to undo).
    await page.keyboard.press('Control+z');
    await idle(page);
    const back = (exportJson(file) as unknown as typeof before).cables.find((c) => c.label === label)!;
    assert.deepEqual([back.media, back.opticA, back.opticB], [was.media, was.opticA, was.opticB]);
    assert.equal(await page.getByTestId('find-results').count(), 0, 'the find box stays closed');
    await page.keyboard.press('Escape');
  });

  test('8: an elevation zooms until the switch ports are 10 px; labels clear; the half-drawn cable shows on the floor; Esc cancels it first', async () => {
    const page = app.page;
    const layout = exportJson(file) as unknown as { devices: { name: string; rack: string }[] };
    const spineRack = (await rack(page, layout.devices.find((x) => x.name === 'spine-01')!.rack))!;
    const at = await toScreen(page, spineRack.xM, spineRack.yM - 0.4);
    await page.mouse.dblclick(at.x, at.y);
    const before = await elevationReady(page);
    // A QM9700 is 1U with 64 ports on a face: too many to hit at the fitted zoom.
    const spine = page.locator('.elev-rack[data-face="front"] [data-device="spine-01"]');
    const zoomBtn = spine.getByTestId('ports-zoom');
    await zoomBtn.waitFor();
    await zoomBtn.click();
    const after = await elevationReady(page);
    assert.ok(after.uPx > before.uPx, `zoomed in: ${before.uPx} -> ${after.uPx} px per U`);
    const ports = spine.locator('.port');
    assert.equal(await ports.count(), 65, '64 fabric ports and mgmt0');
    const label = (await spine.locator('.dev-label').boundingBox())!;
    for (let i = 0; i < 65; i += 8) {
      const b = (await ports.nth(i).boundingBox())!;
      assert.ok(b.width >= 10 && b.height >= 10, `port ${i} is ${b.width} x ${b.height} px`);
      assert.ok(b.x >= label.x + label.width, `port ${i} clear of the label`);
    }
    // + and - on the keyboard zoom too.
    await page.keyboard.press('-');
    assert.ok((await elevationReady(page)).uPx < after.uPx);
    await zoomBtn.click();
    await elevationReady(page);
    // Start a cable on the one free port (mgmt0), go back to the floor: the status bar shows it.
    await spine.locator('.port[data-port="spine-01:mgmt0"]').click();
    await page.getByTestId('cable-banner').waitFor();
    await page.getByRole('button', { name: 'Back to floor plan' }).click();
    await idle(page);
    assert.match((await page.getByTestId('status-cable').textContent()) ?? '', /^Cable from spine-01:/);
    // Esc cancels the cable first, and only then the tool/selection.
    await page.keyboard.press('Escape');
    await idle(page);
    assert.equal(await page.getByTestId('status-cable').count(), 0);
    // The tray tool: Esc drops the points but keeps the tool; a second Esc leaves it.
    await page.keyboard.press('t');
    const a = await toScreen(page, 1.2, 1.2), b = await toScreen(page, 2.4, 1.2);
    await page.mouse.click(a.x, a.y);
    await page.mouse.click(b.x, b.y);
    assert.match((await page.getByTestId('status-drawing').textContent()) ?? '', /^Tray: 2 points/);
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('status-drawing').count(), 0);
    assert.equal(await page.locator('[data-tool="draw-tray"].active').count(), 1, 'still drawing trays');
    // The new tray's height is asked in m, as the tray inspector shows it.
    assert.equal(await page.locator('input[data-field="tray-heightMm"]').inputValue(), '2.7');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-tool="select"].active').count(), 1);
  });

  test('10: zoomed out the rows name their racks; zoomed in every rack carries its name', async () => {
    const page = app.page;
    await page.keyboard.press('f');
    await idle(page);
    let d = await drawn(page);
    assert.equal(d.rackNames, d.racks, 'at fit, every rack drawn has its name');
    const floor = (await page.getByTestId('floor').boundingBox())!;
    // Zoom out with the wheel until a 0.6 m rack is under 22 px (scale < 0.0367 px/mm).
    while ((await camera(app)).scale * 600 >= 22) {
      await page.mouse.move(floor.x + floor.width / 2, floor.y + floor.height / 2);
      await page.mouse.wheel(0, 100);
      await idle(page);
    }
    d = await drawn(page);
    assert.equal(d.rackNames, 0);
    // Row 1's racks run from H07 (x 4.2 m) to L07 (x 6.9 m).
    assert.ok(d.rowNames.includes('Row 1 · H07–L07'), d.rowNames.join(', '));
    await page.keyboard.press('f');
    await idle(page);
  });
});
