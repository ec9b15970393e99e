// Editing floor first (renderer/src/store/floor-edits.ts): on a hall opened from project.floor,
// moving, renaming and deleting a rack, and undoing and redoing those, setting its power budget,
// renaming a device in its elevation and placing a new rack, apply the server's patch to
// what the page holds and never load the whole model (no project.snapshot request from the page).
// The rack stands where the server says, and the bundle counts on the segments its cables use are
// the ones a whole-model load draws (deleting the rack takes its cables off them; undo puts them
// back). A small generated hall (1,024 GPUs), floor first forced with `?open=floor`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ProjectSnapshot, Rack } from '../../core/model/entities.js';
import { floorRacks, type FloorPayload } from '../../core/model/floor.js';
import { rackRect, rectsOverlap } from '../../core/geometry/footprint.js';
import { rackOutside } from '../../core/model/bounds.js';
import { callApi, startApp, type App } from './harness.js';
import { drag, generatedProject, idle, rack, ready, reopen, toScreen } from './editor-support.js';

type Bundle = { trayId: number; seg: number; count: number };
const bundles = (page: Page) => page.evaluate(() => (window as unknown as { __traylineTest: { bundles(): Bundle[] } }).__traylineTest.bundles());
const detail = (page: Page) => page.evaluate(() => window.__traylineTest!.counts() as unknown as { detail: string });

/** The server's racks, read back through the API (floor payload). */
async function serverRack(app: App, id: number): Promise<Rack | undefined> {
  return floorRacks(await callApi<FloorPayload>(app, 'project.floor')).find((r) => r.id === id);
}

/** Cables per tray segment over all cables, from the snapshot's routes (computed here, not by the app). */
function perSegment(snap: ProjectSnapshot): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of snap.cables) for (const s of c.route ?? []) out.set(`${s.trayId}/${s.seg}`, (out.get(`${s.trayId}/${s.seg}`) ?? 0) + 1);
  return out;
}

/** The page's drawn counts on the given segments. */
async function drawnOn(page: Page, segs: string[]): Promise<Record<string, number>> {
  const all = new Map((await bundles(page)).map((b) => [`${b.trayId}/${b.seg}`, b.count]));
  return Object.fromEntries(segs.map((k) => [k, all.get(k) ?? 0]));
}

test('floor first: move, rename, delete a rack, undo and redo, its power budget, a device renamed, a rack placed, without loading the whole model', async () => {
  const proj = generatedProject(1024);
  const app = await startApp({ file: proj.file });
  try {
    const { page } = app;
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const hall = snap.halls[0]!;
    // A rack whose devices have routed cables: its segments are the ones to watch.
    const devRack = new Map(snap.devices.map((d) => [d.id, d.rackId]));
    const portRack = new Map(snap.ports.map((p) => [p.id, devRack.get(p.deviceId)!]));
    const routedOf = (rackId: number) => snap.cables.filter((c) => c.route?.length && (portRack.get(c.aPortId) === rackId || portRack.get(c.bPortId) === rackId));
    const target = snap.racks.find((r) => routedOf(r.id).length > 0)!;
    const own = routedOf(target.id);
    const segs = [...new Set(own.flatMap((c) => c.route!.map((s) => `${s.trayId}/${s.seg}`)))].sort();
    const before = perSegment(snap);
    const fewer = perSegment({ ...snap, cables: snap.cables.filter((c) => !own.includes(c)) });
    const expect = (m: Map<string, number>) => Object.fromEntries(segs.map((k) => [k, m.get(k) ?? 0]));

    // A free place for it, whole tiles away (so the drop snaps to it): inside the hall, on no rack.
    const others = snap.racks.filter((r) => r.id !== target.id).map(rackRect);
    let to: { xMm: number; yMm: number } | null = null;
    const offsets: [number, number][] = [];
    for (let i = -12; i <= 12; i++) for (let j = -12; j <= 12; j++) if (i || j) offsets.push([i, j]);
    offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
    for (const [i, j] of offsets) {
      const moved = { ...target, xMm: target.xMm + i * hall.tileMm, yMm: target.yMm + j * hall.tileMm };
      if (rackOutside(moved, hall) || others.some((o) => rectsOverlap(o, rackRect(moved)))) continue;
      to = { xMm: moved.xMm, yMm: moved.yMm };
      break;
    }
    assert.ok(to, 'a free place near the rack');

    // The first page (opened whole: the hall is small) finishes loading before requests are counted.
    await ready(page);
    const snapshots: string[] = [];
    const countCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/project.snapshot')) snapshots.push(r.url());
      if (r.url().includes('/api/project.floorCounts')) countCalls.push(r.url());
    });
    await reopen(app, 'floor');
    assert.equal((await detail(page)).detail, 'floor');
    assert.deepEqual(await drawnOn(page, segs), expect(before), 'counts on opening');

    // Move: drag it by its centre to the free place.
    const from = await toScreen(page, target.xMm / 1000, target.yMm / 1000);
    await page.mouse.click(from.x, from.y);
    await idle(page);
    await drag(page, from, await toScreen(page, to!.xMm / 1000, to!.yMm / 1000));
    await idle(page);
    const moved = await serverRack(app, target.id);
    assert.deepEqual([moved!.xMm, moved!.yMm], [to!.xMm, to!.yMm], 'the server has the rack at the drop');
    const shown = await rack(page, moved!.name);
    assert.deepEqual([shown!.xM, shown!.yM], [to!.xMm / 1000, to!.yMm / 1000], 'the page draws it there');

    // Rename it in the inspector.
    const name = `${moved!.name}-X`;
    await page.locator('input[data-field="name"]').fill(name);
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await serverRack(app, target.id))!.name, name);
    assert.ok(await rack(page, name), 'the page has the new name');

    // Undo the rename, undo the move, redo both.
    await page.getByTestId('undo').click();
    await idle(page);
    assert.equal((await serverRack(app, target.id))!.name, moved!.name);
    assert.ok(await rack(page, moved!.name));
    await page.getByTestId('undo').click();
    await idle(page);
    const back = await serverRack(app, target.id);
    assert.deepEqual([back!.xMm, back!.yMm], [target.xMm, target.yMm], 'undo put it back');
    assert.deepEqual([(await rack(page, back!.name))!.xM, (await rack(page, back!.name))!.yM], [target.xMm / 1000, target.yMm / 1000]);
    await page.getByTestId('redo').click();
    await idle(page);
    await page.getByTestId('redo').click();
    await idle(page);
    const again = await serverRack(app, target.id);
    assert.deepEqual([again!.xMm, again!.yMm, again!.name], [to!.xMm, to!.yMm, name], 'redo moved and renamed it again');
    const drawnAgain = await rack(page, name);
    assert.deepEqual([drawnAgain!.xM, drawnAgain!.yM], [to!.xMm / 1000, to!.yMm / 1000]);
    // Moving a rack reroutes nothing by itself (routes are the checks' to keep): counts unchanged.
    assert.deepEqual(await drawnOn(page, segs), expect(before), 'counts after move, rename, undo, redo');

    // Delete it (its devices and cables go with it): its cables leave the bundles; undo returns them.
    // (Still selected, a second click would pick the cables above it: clear the selection first.)
    await page.keyboard.press('Escape');
    await idle(page);
    const at = await toScreen(page, to!.xMm / 1000, to!.yMm / 1000);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    assert.deepEqual(await page.evaluate(() => window.__traylineTest!.selection()), [{ kind: 'rack', id: target.id }]);
    await page.keyboard.press('Delete');
    await idle(page);
    assert.equal(await serverRack(app, target.id), undefined);
    assert.equal(await rack(page, name), null);
    assert.deepEqual(await drawnOn(page, segs), expect(fewer), 'counts without the rack');
    await page.getByTestId('undo').click();
    await idle(page);
    assert.ok(await rack(page, name));
    const floorCounts = await drawnOn(page, segs);
    assert.deepEqual(floorCounts, expect(before), 'counts with the rack back');
    assert.equal((await detail(page)).detail, 'floor');

    // Its power budget in the inspector, then a device of it renamed in its elevation.
    await page.keyboard.press('Escape');
    await idle(page);
    await page.mouse.click(at.x, at.y);
    await idle(page);
    await page.locator('input[data-field="powerBudgetW"]').fill('50');
    await page.keyboard.press('Enter');
    await idle(page);
    assert.equal((await serverRack(app, target.id))!.powerBudgetW, 50_000);
    await page.mouse.dblclick(at.x, at.y);
    await page.getByTestId('elevation').waitFor();
    await page.evaluate(() => window.__traylineTest!.elevationReady());
    const device = page.locator('.elev-rack [data-device]').first();
    const oldName = (await device.getAttribute('data-device'))!;
    await device.click();
    await idle(page);
    await page.locator('input[data-field="name"]').fill(`${oldName}-R`);
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.__traylineTest!.elevationReady());
    const inRack = await callApi<{ devices: { name: string; rackId: number }[] }>(app, 'project.detail', { racks: [target.id] });
    assert.ok(inRack.devices.some((d) => d.name === `${oldName}-R` && d.rackId === target.id), 'the server has the device renamed');
    await page.locator(`.elev-rack [data-device="${oldName}-R"]`).first().waitFor();
    await page.keyboard.press('Escape');
    await idle(page);
    assert.deepEqual(await drawnOn(page, segs), floorCounts, 'counts unchanged by the budget and the rename');

    // A new rack placed where the moved one stood (free since the move), back on the floor plan.
    await page.getByRole('button', { name: 'Back to floor plan' }).click();
    await idle(page);
    const racksBefore = floorRacks(await callApi<FloorPayload>(app, 'project.floor')).length;
    await page.locator('[data-tool="place-rack"]').click();
    const spot = await toScreen(page, target.xMm / 1000, target.yMm / 1000);
    await page.mouse.click(spot.x, spot.y);
    await idle(page);
    const racksAfter = floorRacks(await callApi<FloorPayload>(app, 'project.floor'));
    assert.equal(racksAfter.length, racksBefore + 1, 'the server has the new rack');
    const placed = racksAfter.find((r) => !snap.racks.some((o) => o.id === r.id))!;
    assert.ok(await rack(page, placed.name), 'the page draws it');
    assert.deepEqual(snapshots, [], 'the page never asked for project.snapshot');
    // The rack was selected, so its devices, ports and cables were fetched: the page worked the
    // counts out itself (store/floor-counts.ts), checked against a whole load below.
    assert.deepEqual(countCalls, [], 'no project.floorCounts call for a fetched rack');

    // The same counts as a whole-model load of the same file draws.
    await reopen(app, 'full');
    assert.equal((await detail(page)).detail, 'full');
    assert.deepEqual(await drawnOn(page, segs), floorCounts, 'floor-first counts = whole-model counts');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
