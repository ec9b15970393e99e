// The checks panel in the real app: lower a rack's power budget in the inspector, see the
// rack-power problem appear in the checks panel (counted, listed, click selects the rack), raise
// it again and see it clear. Checks run incrementally after each edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { ROOT, startApp, callApi } from './harness.js';

interface Hooks {
  idle(): Promise<void>;
  worldToScreen(xM: number, yM: number): { x: number; y: number };
  selection(): { kind: string; id: number }[];
}


test('a rack over its power budget shows in the checks panel and clears when fixed', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-e2e-checks-')), 'hall.trayline');
  const made = spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), 'new', file, '--demo'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const app = await startApp({ file });
  try {
    const { page } = app;
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    // A rack whose devices draw more than 100 W at maximum power.
    const typePower = new Map(snap.deviceTypes.map((t) => [t.id, t.maxPowerW ?? t.typicalPowerW ?? 0]));
    const load = (rackId: number) => snap.devices.filter((d) => d.rackId === rackId).reduce((s, d) => s + typePower.get(d.typeId)!, 0);
    const rack = snap.racks.find((r) => load(r.id) > 1000)!;
    assert.ok(rack, 'the demo has a rack with powered devices');

    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    const count = page.getByTestId('checks-count-rack-power');
    await count.waitFor();
    const before = Number(await count.getAttribute('data-count'));

    // Select the rack on the floor plan and set its budget to 0.1 kW in the inspector.
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();
    const p = await page.evaluate(([x, y]) => (window as unknown as { __traylineTest: Hooks }).__traylineTest.worldToScreen(x!, y!), [rack.xMm / 1000, rack.yMm / 1000]);
    await page.mouse.click(p.x, p.y);
    await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.idle());
    const budget = page.locator('[data-field="powerBudgetW"]');
    await budget.fill('0.1');
    await budget.press('Enter');
    await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.idle());

    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    await page.waitForSelector(`[data-testid="checks-count-rack-power"][data-count="${before + 1}"]`);
    const item = page.locator('.checks-item[data-rule="rack-power"]', { hasText: `Rack ${rack.name} ` });
    await item.waitFor();
    assert.match((await item.textContent())!, /over its budget of 100 W/);

    // Clicking the problem selects the rack.
    await item.click();
    const sel = await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.selection());
    assert.deepEqual(sel, [{ kind: 'rack', id: rack.id }]);

    // Fix it: a budget above the load (kW, rounded up); the problem clears.
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();
    await budget.fill(String(Math.ceil(load(rack.id) / 1000) + 50));
    await budget.press('Enter');
    await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.idle());
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    await page.waitForSelector(`[data-testid="checks-count-rack-power"][data-count="${before}"]`);
    assert.equal(await page.locator('.checks-item[data-rule="rack-power"]', { hasText: `Rack ${rack.name} ` }).count(), 0);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
