// The catalog browser in the real app: search and filters, price editing, NetBox import with a
// file picker, and dragging a device type onto a U slot of a rack elevation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogListing } from '../../core/catalog/list.js';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { ROOT, startApp, type App, callApi } from './harness.js';

const FIXTURES = join(ROOT, 'test/fixtures/devicetype-library/device-types');

function yamlUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlUnder(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

function cliJson<T>(...args: string[]): T {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
}


/** The parts of the renderer's test hooks (renderer/src/test-hooks.ts) used here. */
interface Hooks {
  idle(): Promise<void>;
  worldToScreen(xM: number, yM: number): { x: number; y: number };
  counts(): { devices: number };
}

const countText = (app: App) => app.page.getByTestId('catalog-count').textContent();
const idle = (app: App) => app.page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.idle());

test('catalog browser: search, filters, price editing, NetBox import and drag onto a rack', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-e2e-cat-')), 'hall.trayline');
  const made = spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), 'new', file, '--demo'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const before = cliJson<CatalogListing>('catalog', 'list', file, '--json');

  const app = await startApp({ file });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Catalog' }).click();
    await page.getByTestId('catalog').waitFor();

    // Search device types.
    await page.getByTestId('catalog-search').fill('QM9700');
    const qm = before.deviceTypes.filter((t) => `${t.manufacturer} ${t.model} ${t.slug}`.toLowerCase().includes('qm9700'));
    assert.ok(qm.length >= 1);
    assert.match((await countText(app))!, new RegExp(`^${qm.length} of ${before.deviceTypes.length} device types`));

    // Filter media: kind and speed.
    await page.locator('[data-tab="media"]').click();
    await page.locator('select[data-filter="kind"]').selectOption('transceiver');
    await page.locator('select[data-filter="speed"]').selectOption('800');
    const t800 = before.media.filter((m) => m.kind === 'transceiver' && m.speedGbps === 800);
    assert.ok(t800.length >= 2);
    assert.match((await countText(app))!, new RegExp(`^${t800.length} of ${before.media.length} media`));
    assert.equal(await page.locator('.catalog-list > li').count(), t800.length);

    // Edit one price: it becomes the user's price (no longer an estimate) in the file.
    const target = t800[0]!;
    await page.locator(`[data-media="${target.id}"] .catalog-row`).click();
    await page.getByTestId('price-input').fill('1234.5');
    await page.getByTestId('price-input').press('Enter');
    await page.locator(`[data-media="${target.id}"] [data-testid="price"]`, { hasText: '$1234.5' }).waitFor();
    const priced = (await callApi<{ media: { id: string; unitCostUsd: number; costEstimate: boolean }[] }>(app, 'catalog.list')).media.find((m) => m.id === target.id)!;
    assert.equal(priced.unitCostUsd, 1234.5);
    assert.equal(priced.costEstimate, false);

    // Import our devicetype-library fixtures through the file picker.
    await page.locator('[data-tab="import"]').click();
    const files = yamlUnder(FIXTURES);
    const broken = files.filter((f) => f.includes('/Broken/'));
    await page.getByTestId('import-files').setInputFiles(files);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    assert.match((await summary.textContent())!, new RegExp(`Imported ${files.length - broken.length}, updated 0, skipped ${broken.length}`));
    const skipped = await page.getByTestId('import-skipped').textContent();
    assert.match(skipped!, /bad-u-height\.yaml/);
    const after = await callApi<{ deviceTypes: { slug: string }[] }>(app, 'catalog.list');
    assert.equal(after.deviceTypes.length, before.deviceTypes.length + files.length - broken.length);
    assert.ok(after.deviceTypes.some((t) => t.slug === 'acme-ls-3264'));

    // The imported types are in the browser at once; fill in the power a file lacks.
    await page.locator('[data-tab="devices"]').click();
    await page.getByTestId('catalog-search').fill('acme');
    await page.locator('[data-type="acme-ls-3264"]').waitFor();
    await page.locator('[data-type="acme-gpu-8x"] .catalog-row').click();
    await page.locator('[data-type="acme-gpu-8x"] input[data-figure="maxPowerW"]').fill('6000');
    await page.locator('[data-type="acme-gpu-8x"] [data-testid="save-figures"]').click();
    await page.locator('[data-type="acme-gpu-8x"] .catalog-row', { hasText: '6000 W' }).waitFor();
    const gpu = (await callApi<{ deviceTypes: { slug: string; maxPowerW: number | null; source: string }[] }>(app, 'catalog.list')).deviceTypes.find((t) => t.slug === 'acme-gpu-8x')!;
    assert.equal(gpu.maxPowerW, 6000);
    assert.match(gpu.source, /maxPowerW: entered by the user/);

    // An imported switch has no price (none is invented); the user's price becomes its price.
    await page.locator('[data-type="acme-ls-3264"] .catalog-row').click();
    const price = page.locator('[data-type="acme-ls-3264"] [data-testid="device-price-input"]');
    assert.match((await page.locator('[data-type="acme-ls-3264"] [data-testid="device-price-source"]').textContent())!, /No price/);
    await price.fill('30000');
    await price.press('Enter');
    await page.locator('[data-type="acme-ls-3264"] [data-testid="device-price-source"]', { hasText: 'user price list' }).waitFor();
    const sw = (await callApi<{ deviceTypes: { slug: string; unitCostUsd: number | null; costEstimate: boolean }[] }>(app, 'catalog.list')).deviceTypes.find((t) => t.slug === 'acme-ls-3264')!;
    assert.equal(sw.unitCostUsd, 30000);
    assert.equal(sw.costEstimate, false);

    // Drag a 1U patch panel onto a free U of a rack's elevation.
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const rack = snap.racks[0]!;
    const used = new Set<number>();
    for (const d of snap.devices.filter((x) => x.rackId === rack.id)) {
      const h = Math.max(1, Math.ceil(snap.deviceTypes.find((t) => t.id === d.typeId)!.uHeight));
      for (let u = d.u; u < d.u + h; u++) used.add(u);
    }
    const freeU = [...Array(rack.heightU).keys()].map((i) => i + 1).reverse().find((u) => !used.has(u))!;
    assert.ok(freeU, 'the demo rack has a free U');
    const at = await page.evaluate(([x, y]) => (window as unknown as { __traylineTest: Hooks }).__traylineTest.worldToScreen(x!, y!), [rack.xMm / 1000, rack.yMm / 1000]);
    await page.mouse.click(at.x, at.y);
    await idle(app);
    await page.keyboard.press('Enter');
    await page.getByTestId('elevation').waitFor();

    await page.getByTestId('catalog-search').fill('LC patch panel');
    const row = page.locator('[data-type="generic-lc-patch-panel-1u"] .catalog-row');
    const slot = page.locator(`[data-u="${freeU}"][data-face="front"]`).first();
    // Read the slot once the app says the elevation is laid out (measured), never after a delay.
    await page.evaluate(() => (window as unknown as { __traylineTest: { elevationReady(): Promise<unknown> } }).__traylineTest.elevationReady());
    const from = (await row.boundingBox())!;
    const to = (await slot.boundingBox())!;
    const devicesBefore = snap.devices.length;
    await page.mouse.move(from.x + 10, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.getByTestId('catalog-ghost').filter({ hasText: `U${freeU} front` }).waitFor();
    await page.mouse.up();
    await idle(app);
    const counts = await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.counts());
    assert.equal(counts.devices, devicesBefore + 1);
    const snap2 = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const panelType = snap2.deviceTypes.find((t) => t.slug === 'generic-lc-patch-panel-1u')!;
    const placed = snap2.devices.find((d) => d.rackId === rack.id && d.typeId === panelType.id && d.u === freeU);
    assert.ok(placed, `a patch panel at U${freeU} of ${rack.name}`);

    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
