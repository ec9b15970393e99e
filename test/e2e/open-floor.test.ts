// Opening floor first (renderer/src/store/detail.ts): a generated hall opens from project.floor
// with no cable, port or device in the page, draws the same plan as the whole snapshot does, and
// the elevation, the inspector, cable picking and find still work on data fetched on demand.
// The hall is small (1,024 GPUs, 2,048 cables) so floor-first is forced with `?open=floor`; the
// 32k hall is timed by `npm run bench -- open`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { callApi, startApp } from './harness.js';
import { counts, drawn, generatedProject, idle, reopen, toScreen } from './editor-support.js';

interface FloorCounts { detail: string; devices: number; cables: number; total: { devices: number; cables: number } }
const floorCounts = (page: Page) => counts(page) as unknown as Promise<FloorCounts>;

async function rackView(page: Page, name: string, xM: number, yM: number) {
  const p = await toScreen(page, xM, yM);
  await page.mouse.click(p.x, p.y);
  await idle(page);
  const power = await page.getByTestId('rack-power').textContent();
  await page.mouse.dblclick(p.x, p.y);
  await page.getByTestId('elevation').waitFor();
  await page.evaluate(() => window.__traylineTest!.elevationReady());
  const devices = await page.locator('.elev-rack [data-device]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-device')))].sort());
  await page.keyboard.press('Escape');
  await idle(page);
  return { name, power, devices };
}

test('a generated hall opens floor first, draws as the snapshot does, and fetches what the views need', async () => {
  const proj = generatedProject(1024);
  const app = await startApp({ file: proj.file });
  try {
    const { page } = app;
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    // Independent of the floor payload: the busiest tray segment and its cable count, from the routes.
    const perSeg = new Map<string, number>();
    for (const c of snap.cables) for (const s of c.route ?? []) perSeg.set(`${s.trayId}/${s.seg}`, (perSeg.get(`${s.trayId}/${s.seg}`) ?? 0) + 1);
    const [busiest, busiestCount] = [...perSeg].sort((a, b) => b[1] - a[1])[0]!;
    const [trayId, seg] = busiest.split('/').map(Number) as [number, number];
    const tray = snap.trays.find((t) => t.id === trayId)!;
    const server = snap.racks.find((r) => snap.devices.filter((d) => d.rackId === r.id).length > 1)!;
    const someCable = snap.cables[snap.cables.length - 1]!;

    await reopen(app, 'full');
    const full = { drawn: await drawn(page), rack: await rackView(page, server.name, server.xMm / 1000, server.yMm / 1000) };

    await reopen(app, 'floor');
    const c0 = await floorCounts(page);
    assert.equal(c0.detail, 'floor');
    assert.deepEqual([c0.devices, c0.cables], [0, 0], 'no device or cable in the page on opening');
    assert.deepEqual([c0.total.devices, c0.total.cables], [snap.devices.length, snap.cables.length]);
    const d0 = await drawn(page);
    assert.deepEqual(
      [d0.racks, d0.traySegments, d0.bundleLabels, d0.drops],
      [full.drawn.racks, full.drawn.traySegments, full.drawn.bundleLabels, full.drawn.drops],
      'same racks, tray segments, bundle counts and drops drawn',
    );
    await page.screenshot({ path: '/tmp/trayline-open-floor.png' });

    // Inspector and elevation of one rack: its devices fetched, the same power and devices shown.
    const floorRack = await rackView(page, server.name, server.xMm / 1000, server.yMm / 1000);
    assert.deepEqual(floorRack, full.rack);
    assert.ok(floorRack.devices.length > 1);
    const c1 = await floorCounts(page);
    assert.equal(c1.detail, 'floor', 'the rack alone did not load the whole model');
    assert.ok(c1.cables > 0 && c1.cables < snap.cables.length, `${c1.cables} cables fetched for the rack`);

    // A click on the busiest bundle picks all its cables (a second click when a rack is on top).
    const [x0, y0] = tray.points[seg]!, [x1, y1] = tray.points[seg + 1]!;
    const p = await toScreen(page, (x0 + x1) / 2000, (y0 + y1) / 2000);
    await page.mouse.click(p.x, p.y);
    await idle(page);
    let sel = await page.evaluate(() => window.__traylineTest!.selection());
    if (sel[0]?.kind === 'rack') {
      await page.mouse.click(p.x, p.y);
      await idle(page);
      sel = await page.evaluate(() => window.__traylineTest!.selection());
    }
    assert.equal(sel.length, busiestCount, 'the whole bundle picked');
    assert.ok(sel.every((r) => r.kind === 'cable'));
    assert.match((await page.getByTestId('cables-inspector').textContent())!, new RegExp(`${busiestCount} cables`));

    // Find loads the names (the whole model) and finds a cable by its label.
    await page.getByTestId('find').click();
    await page.keyboard.type(someCable.label);
    await page.getByTestId('find-results').getByText(someCable.label, { exact: false }).first().waitFor();
    await page.keyboard.press('Enter');
    await idle(page);
    assert.deepEqual(await page.evaluate(() => window.__traylineTest!.selection()), [{ kind: 'cable', id: someCable.id }]);
    assert.equal((await floorCounts(page)).detail, 'full');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
