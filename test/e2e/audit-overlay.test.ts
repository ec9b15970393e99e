// The audit panel in the real app: load lldpd captures with a miswire through the file picker,
// find it in the list, see it outlined on the floor plan in the miswired colour, accept it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLASS_COLORS } from '../../core/audit/view.js';
import { createFabricProject } from '../unit/audit/fabric-db.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { startApp, type App } from './harness.js';

interface Hooks {
  idle(): Promise<void>;
  selection(): { kind: string; id: number }[];
  worldToScreen(xM: number, yM: number): { x: number; y: number };
}

const idle = (app: App) => app.page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.idle());

/** Pixels of a colour (within a small tolerance) drawn on the floor plan's canvases inside a screen rectangle. */
async function pixelsOf(app: App, hex: string, box: { x0: number; y0: number; x1: number; y1: number }): Promise<number> {
  return app.page.evaluate(
    ([hex, box]) => {
      const want = [1, 3, 5].map((i) => parseInt((hex as string).slice(i, i + 2), 16));
      const b = box as { x0: number; y0: number; x1: number; y1: number };
      let n = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="floor"] canvas')) {
        const r = canvas.getBoundingClientRect();
        const k = canvas.width / r.width;
        const x = Math.max(0, Math.floor((b.x0 - r.left) * k));
        const y = Math.max(0, Math.floor((b.y0 - r.top) * k));
        const w = Math.min(canvas.width - x, Math.ceil((b.x1 - b.x0) * k));
        const h = Math.min(canvas.height - y, Math.ceil((b.y1 - b.y0) * k));
        if (w <= 0 || h <= 0) continue;
        const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200 && Math.abs(data[i]! - want[0]!) < 24 && Math.abs(data[i + 1]! - want[1]!) < 24 && Math.abs(data[i + 2]! - want[2]!) < 24) n++;
        }
      }
      return n;
    },
    [hex, box] as const,
  );
}

test('audit overlay: a miswire from lldpd captures is listed and outlined on the floor plan', async () => {
  const f = createFabricProject();
  const rack = f.db.prepare('SELECT x_mm, y_mm, width_mm, depth_mm FROM racks').get() as { x_mm: number; y_mm: number; width_mm: number; depth_mm: number };
  const deviceId = (name: string) => f.db.prepare('SELECT id FROM devices WHERE name = ?').pluck().get(name) as number;
  const [gpu01, leaf01] = [deviceId('gpu01'), deviceId('leaf01')];
  f.db.close();
  const app = await startApp({ file: f.path });
  try {
    const { page } = app;
    // the hooks are installed once the app has read its config
    await page.waitForFunction(() => !!(window as unknown as { __traylineTest?: Hooks }).__traylineTest);
    await idle(app);
    await page.locator('.rightpanel .tabs button', { hasText: 'Audit' }).click();
    await page.getByTestId('audit-files').setInputFiles([join(FIXTURES, 'lldpd/leaf01.json'), join(FIXTURES, 'lldpd/leaf02.json')]);
    await page.getByTestId('audit-list').waitFor();
    // the fixtures' floor (test/fixtures/audit/README.md): 4 differences, C5 miswired
    assert.match((await page.getByTestId('audit-shown').textContent())!, /^4 of 4 differences/);
    const mis = page.locator('[data-testid="audit-item"][data-class="miswired"]');
    assert.equal(await mis.count(), 1);
    assert.match((await mis.textContent())!, /C5: gpu01 eth1 should go to leaf01 swp5, goes to leaf01 swp6/);

    // Only the miswired class shown: the rack holding gpu01 and leaf01 is outlined in its colour.
    for (const c of ['missing', 'unexpected', 'swapped']) await page.locator(`.audit-chip[data-class="${c}"]`).click();
    assert.match((await page.getByTestId('audit-shown').textContent())!, /^1 of 4 differences/);
    await idle(app);
    const corner = async (dx: number, dy: number) =>
      page.evaluate(([x, y]) => (window as unknown as { __traylineTest: Hooks }).__traylineTest.worldToScreen(x!, y!), [(rack.x_mm + dx) / 1000, (rack.y_mm + dy) / 1000]);
    const tl = await corner(-rack.width_mm / 2, -rack.depth_mm / 2);
    const br = await corner(rack.width_mm / 2, rack.depth_mm / 2);
    const box = { x0: tl.x - 12, y0: tl.y - 12, x1: br.x + 12, y1: br.y + 12 };
    const orange = await pixelsOf(app, CLASS_COLORS.miswired, box);
    assert.ok(orange > 10, `miswired outline drawn around the rack (${orange} pixels)`);
    // hiding the class removes the overlay
    await page.locator('.audit-chip[data-class="miswired"]').click();
    await idle(app);
    assert.equal(await pixelsOf(app, CLASS_COLORS.miswired, box), 0);
    await page.locator('.audit-chip[data-class="miswired"]').click();

    // Report download: the report covers the whole audit, not just the filtered list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-report-csv').click()]);
    assert.equal(download.suggestedFilename(), 'audit-report.csv');
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    // header + missing + unexpected + miswired + the swap's two rows
    assert.equal(csv.length, 1 + 1 + 1 + 1 + 2);

    // Show: the cable and its devices are selected, and the rack's elevation opens
    await mis.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('elevation').waitFor();
    const sel = await page.evaluate(() => (window as unknown as { __traylineTest: Hooks }).__traylineTest.selection());
    for (const id of [gpu01, leaf01]) assert.ok(sel.some((r) => r.kind === 'device' && r.id === id), `device ${id} selected`);

    // Accept the miswire as built: the list is re-run and the miswire is gone.
    await mis.getByTestId('audit-accept').click();
    await page.locator('[data-testid="audit-item"][data-class="miswired"]').waitFor({ state: 'detached' });
    assert.match((await page.locator('.audit-chip[data-class="miswired"]').textContent())!, /Miswired 0/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
