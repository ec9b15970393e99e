// The rack inspector's Physical section, through the UI: a new CDU for a rack (the rack becomes
// liquid-cooled and served by it, one edit), the CDU's capacity and the cabinet's weight edited in
// their units, and the floor load recomputed from them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { App } from './harness.js';
import { cli, drag, idle, openEditor, projectFrom, toScreen } from './editor-support.js';

interface Exported {
  cdus?: { name: string; hall: string; placement: string; capacityKw: number; xM?: number; yM?: number }[];
  racks: { name: string; cooling?: string; cdu?: string; weightKg?: number }[];
}

describe('physical inspector', () => {
  let app: App;
  const project = projectFrom('small-hall.layout.json');
  before(async () => {
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project.dispose();
  });

  test('New CDU serves the rack; CDU capacity and cabinet weight edit in kW and kg; the floor load follows', async () => {
    const page = app.page;
    const r1 = await toScreen(page, 6.3, 6.6);
    await page.mouse.click(r1.x, r1.y);
    const physical = page.getByTestId('rack-physical');
    await physical.waitFor();
    // folded by default, so the inspector stays short
    await physical.locator('summary').click();
    // An empty rack: its 138 kg cabinet on 0.6 x 1.2 m = 191.7 kg/m2 of the default 1224.
    assert.match((await page.getByTestId('rack-floor-load').textContent()) ?? '', /Weight: 138 kg, 192 kg\/m² of 1224 kg\/m² allowed/);

    await page.getByTestId('new-cdu').click();
    await idle(page);
    const capacity = physical.locator('[data-field="capacityW"]');
    await capacity.waitFor();
    await capacity.fill('250');
    await capacity.press('Enter');
    const weight = physical.locator('[data-field="weightKg"]');
    await weight.fill('185.45');
    await weight.press('Enter');
    await idle(page);
    // 185.45 / 0.72 = 257.6 kg/m2
    await page.waitForFunction(() => /257 kg\/m²|258 kg\/m²/.test(document.querySelector('[data-testid="rack-floor-load"]')?.textContent ?? ''));

    const doc = JSON.parse(cli(['export', project.file, '--format', 'json', '--out', '-'])) as Exported;
    assert.deepEqual(doc.cdus, [{ name: 'CDU-1', hall: 'Test hall', placement: 'in-row', capacityKw: 250 }]);
    const r = doc.racks.find((x) => x.name === 'R1')!;
    assert.deepEqual([r.cooling, r.cdu, r.weightKg], ['liquid', 'CDU-1', 185.45]);

    // An in-row CDU takes floor space: R2 stands east of R1, so it stands west of R1, 0.3 + 0.375 m
    // from its centre.
    await page.getByTestId('cdu-stand').click();
    await idle(page);
    const x = physical.locator('[data-field="xMm"]').last();
    await x.waitFor();
    assert.equal(await x.inputValue(), '5.625');
    const placed = JSON.parse(cli(['export', project.file, '--format', 'json', '--out', '-'])) as Exported;
    assert.deepEqual(placed.cdus, [{ name: 'CDU-1', hall: 'Test hall', placement: 'in-row', capacityKw: 250, xM: 5.625, yM: 6.6 }]);
    if (process.env.TRAYLINE_SHOTS) await page.screenshot({ path: `${process.env.TRAYLINE_SHOTS}/cdu-on-floor.png` });

    // Selected on the floor, it has an inspector of its own; dragged 1.2 m west it lands with its
    // footprint's corner on a tile corner, as racks do; dragged onto R1 it is refused and stays.
    const at = await toScreen(page, 5.625, 6.6);
    await page.mouse.click(at.x, at.y);
    const own = page.getByTestId('cdu-inspector');
    await own.waitFor();
    assert.match((await page.getByTestId('cdu-served').textContent()) ?? '', /Serves 1 rack: R1\./);
    if (process.env.TRAYLINE_SHOTS) await page.screenshot({ path: `${process.env.TRAYLINE_SHOTS}/cdu-selected.png` });
    const west = await toScreen(page, 5.625 - 1.2, 6.6);
    await drag(page, at, west);
    await idle(page);
    const cduX = () => (JSON.parse(cli(['export', project.file, '--format', 'json', '--out', '-'])) as Exported).cdus![0]!.xM!;
    const moved = cduX();
    assert.ok(Math.abs(moved - 4.425) < 0.31, `moved to ${moved}`);
    assert.ok(Math.abs(((moved - 0.375) / 0.6) - Math.round((moved - 0.375) / 0.6)) < 1e-6, `west edge ${moved - 0.375} on a tile corner`);
    await drag(page, await toScreen(page, moved, 6.6), await toScreen(page, 6.3, 6.6));
    await idle(page);
    assert.equal(cduX(), moved);
    await page.getByText(/CDU CDU-1 would overlap rack R1/).first().waitFor();
    // Delete takes it away (one undo step); the rack no longer names a CDU
    await page.mouse.click((await toScreen(page, moved, 6.6)).x, (await toScreen(page, moved, 6.6)).y);
    await own.waitFor();
    await page.keyboard.press('Delete');
    await idle(page);
    const gone = JSON.parse(cli(['export', project.file, '--format', 'json', '--out', '-'])) as Exported;
    assert.equal(gone.cdus, undefined);
    assert.equal(gone.racks.find((x) => x.name === 'R1')!.cdu, undefined);
  });
});
