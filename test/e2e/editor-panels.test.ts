// What the panel API gives panels, seen through real gestures: a device type dropped from the
// Catalog panel onto a rack on the floor plan lands at the lowest free U (or is refused with a
// toast), elevation drops find their rack by data-rack-id, and a fabric generation shows its hall.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { App } from './harness.js';
import { centreOf, counts, drag, drawn, exportJson, idle, openEditor, projectFrom, rack, toScreen } from './editor-support.js';

interface Exported {
  devices: { name: string; rack: string; u: number; face: string; type: string }[];
}

const centre = async (l: Locator) => {
  const box = (await l.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

async function catalogItem(page: Page, slug: string): Promise<Locator> {
  await page.locator('.rightpanel .tabs button', { hasText: 'Catalog' }).click();
  await page.getByTestId('catalog-search').fill(slug);
  const row = page.locator(`.catalog-list [data-type="${slug}"] .catalog-row`);
  await row.waitFor();
  return row;
}

describe('panel API', () => {
  let app: App;
  const project = projectFrom('paste.layout.json');
  before(async () => {
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project.dispose();
  });

  test('a device type dropped on a rack on the floor plan goes to its lowest free U; one that cannot fit is refused', async () => {
    const page = app.page;
    const r2 = (await rack(page, 'R2'))!;
    const target = await toScreen(page, r2.xM, r2.yM);
    const before = (await counts(page)).devices;
    // R2 holds leaf2 (an SN5600) at U40 only, so a DGX H100 (8U) fits from U1.
    await drag(page, await centre(await catalogItem(page, 'nvidia-dgx-h100')), target, async () => {
      // While hovering, the ghost names the rack it will land in.
      assert.match((await page.getByTestId('catalog-ghost').textContent()) ?? '', /rack R2/);
      await page.screenshot({ path: '/tmp/trayline-catalog-floor-hover.png' });
    });
    await idle(page);
    assert.equal((await counts(page)).devices, before + 1);
    const placed = (exportJson(project.file) as unknown as Exported).devices.filter((d) => d.rack === 'R2' && d.type === 'nvidia-dgx-h100');
    assert.deepEqual(placed.map((d) => [d.u, d.face]), [[1, 'front']]);
    await page.screenshot({ path: '/tmp/trayline-catalog-floor-drop.png' });

    // A GB200 NVL72 takes 48U: a 48U rack already holding a switch has no such run.
    await drag(page, await centre(await catalogItem(page, 'nvidia-gb200-nvl72')), target);
    await idle(page);
    const toast = page.getByTestId('toast-error').last();
    await toast.waitFor();
    assert.match((await toast.textContent()) ?? '', /does not fit in rack R2/);
    assert.equal((await counts(page)).devices, before + 1);

    // Dropped on bare floor: nothing happens.
    const floor = await toScreen(page, 1.0, 8.0);
    await drag(page, await centre(await catalogItem(page, 'nvidia-dgx-h100')), floor);
    await idle(page);
    assert.equal((await counts(page)).devices, before + 1);
  });

  test('an elevation carries its rack id, and a catalog drop onto its U slot goes to that rack', async () => {
    const page = app.page;
    const r1 = (await rack(page, 'R1'))!;
    const p = await toScreen(page, r1.xM, r1.yM);
    await page.mouse.dblclick(p.x, p.y);
    const elevation = page.getByTestId('elevation');
    await elevation.waitFor();
    assert.equal(await elevation.getAttribute('data-rack-id'), String(r1.id));
    // Select the switch in it, so no rack is selected: the drop must find the rack by itself.
    await page.locator('.elev-rack [data-device="leaf1"]').first().click();
    const item = await catalogItem(page, 'generic-mpo-patch-panel-1u');
    // The U slot's box is read once the app says the elevation is laid out (not before it is measured).
    await drag(page, await centre(item), await centreOf(page, page.locator('.elev-rack[data-face="front"] [data-u="20"]')));
    await idle(page);
    const d = (exportJson(project.file) as unknown as Exported).devices.filter((x) => x.type === 'generic-mpo-patch-panel-1u');
    assert.deepEqual(d.map((x) => [x.rack, x.u, x.face]), [['R1', 20, 'front']]);
    await page.keyboard.press('Escape');
  });

  test('after a fabric generation the floor plan shows the new hall, fitted', async () => {
    const page = app.page;
    await page.locator('.rightpanel .tabs button', { hasText: 'Fabric' }).click();
    await page.getByTestId('fabric-panel').waitFor();
    await page.locator('select[data-field="arch"]').selectOption('rail-optimized');
    await page.locator('input[data-field="gpus"]').fill('64');
    await page.locator('[data-count="switches"]').waitFor();
    await page.locator('[data-action="generate"]').click();
    const result = page.getByTestId('fabric-result');
    await result.waitFor({ timeout: 120_000 });
    await idle(page);
    const text = (await result.textContent())!;
    const [, hallName, racks] = /Hall (.+?): ([\d,]+) racks/.exec(text)!;
    const hallSelect = page.locator('select[aria-label="Hall"]');
    assert.equal(await hallSelect.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent), hallName);
    // Fitted: every rack of the new hall is drawn.
    assert.equal((await drawn(page)).racks, Number(racks!.replace(/,/g, '')));
    await page.screenshot({ path: '/tmp/trayline-fabric-show-hall.png' });
  });
});
