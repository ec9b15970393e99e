// `npm run bench -- floor-edit`: the first edits on the 32,768-GPU hall of issue 16 opened floor
// first, in headless Chromium through the loopback bridge: a rack dragged to a free place (from
// the mouse release to the page idle with the rack drawn there), renamed in the inspector, then
// deleted and brought back by undo (the edits whose patch changes the bundle counts, re-read with
// project.floorCounts). Each on a fresh copy of the hall. TRAYLINE_BENCH_BEFORE_RENDERER names
// another build of the page (e.g. main's `dist/renderer`) to time side by side on the same server.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Rack } from '../../core/model/entities.js';
import { floorRacks, type FloorPayload } from '../../core/model/floor.js';
import { rackRect, rectsOverlap } from '../../core/geometry/footprint.js';
import { rackOutside } from '../../core/model/bounds.js';
import { CHROMIUM, CHROMIUM_ARGS, startServer, stopServer } from '../e2e/harness.js';
import { generatedHall } from './generated-hall.js';

type Hooks = {
  idle(): Promise<void>;
  worldToScreen(x: number, y: number): { x: number; y: number };
  rackByName(n: string): { xM: number; yM: number } | null;
  counts(): { detail: string; cables: number };
  selection(): { kind: string; id: number }[];
};
const hooks = 'window.__traylineTest';
const idle = (page: Page) => page.evaluate(`${hooks}.idle()`);
const toScreen = (page: Page, xMm: number, yMm: number) => page.evaluate(`${hooks}.worldToScreen(${xMm / 1000}, ${yMm / 1000})`) as Promise<{ x: number; y: number }>;
/** A hook called by name (a function passed in would carry tsx's helpers into the page). */
const hook = <K extends keyof Hooks>(page: Page, name: K) => page.evaluate(`${hooks}.${name}()`) as Promise<Awaited<ReturnType<Hooks[K]>>>;

/** A rack with a free place a few whole tiles away (inside the hall, on no other rack). */
function pick(floor: FloorPayload): { rack: Rack; to: { xMm: number; yMm: number } } {
  const racks = floorRacks(floor);
  const hall = floor.halls[0]!;
  const rects = racks.map(rackRect);
  const offsets: [number, number][] = [];
  for (let i = -6; i <= 6; i++) for (let j = -6; j <= 6; j++) if (i || j) offsets.push([i, j]);
  offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
  // A rack with devices (its delete changes the counts) in the middle of the hall, where the tray bundles are.
  const full = new Set(floor.rackDevices.rackId);
  const mid = racks.filter((r) => full.has(r.id)).sort((a, b) => Math.hypot(a.xMm - hall.widthMm / 2, a.yMm - hall.depthMm / 2) - Math.hypot(b.xMm - hall.widthMm / 2, b.yMm - hall.depthMm / 2));
  for (const rack of mid) {
    for (const [i, j] of offsets) {
      const moved = { ...rack, xMm: rack.xMm + i * hall.tileMm, yMm: rack.yMm + j * hall.tileMm };
      const r = rackRect(moved);
      if (rackOutside(moved, hall) || rects.some((o, k) => racks[k]!.id !== rack.id && rectsOverlap(o, r))) continue;
      return { rack, to: { xMm: moved.xMm, yMm: moved.yMm } };
    }
  }
  throw new Error('no rack with a free place near it');
}

async function api<T>(url: string, method: string): Promise<T> {
  const u = new URL(url);
  const res = await fetch(new URL(`/api/${method}`, u), { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': u.searchParams.get('token')! }, body: '{}' });
  return ((await res.json()) as { value: T }).value;
}

const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-floor-edit-'));
const hallFile = await generatedHall('32k', dir);
const builds: [string, string | undefined][] = [['this build', undefined]];
if (process.env.TRAYLINE_BENCH_BEFORE_RENDERER) builds.unshift(['before', process.env.TRAYLINE_BENCH_BEFORE_RENDERER]);
let browser: Browser | null = null;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  for (const [what, rendererDir] of builds) {
    const file = join(dir, `edit-${what.replace(/\W/g, '')}.trayline`);
    copyFileSync(hallFile, file);
    // The other build is served as it is (else serve would rebuild this tree's page into it).
    const env = rendererDir ? { ...process.env, TRAYLINE_RENDERER_DIR: rendererDir, TRAYLINE_SKIP_BUILD: '1' } : process.env;
    const { server, url } = await startServer([file, '--port', '0', '--test-hooks'], env, 60_000);
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      let snapshots = 0, countCalls = 0;
      page.on('request', (r) => {
        if (r.url().includes('/api/project.snapshot')) snapshots++;
        if (r.url().includes('/api/project.floorCounts')) countCalls++;
      });
      await page.goto(url);
      // (a function, not a string: the app's script-src 'self' refuses a string predicate, which
      // waitForFunction evaluates in the page)
      await page.waitForFunction(() => !!(window as unknown as { __traylineTest?: unknown }).__traylineTest, null, { timeout: 180_000 });
      await idle(page);
      const { rack, to } = pick(await api<FloorPayload>(url, 'project.floor'));
      const from = await toScreen(page, rack.xMm, rack.yMm);
      await page.mouse.click(from.x, from.y);
      await idle(page);
      const sel = await hook(page, 'selection');
      if (sel[0]?.kind !== 'rack' || sel[0].id !== rack.id) throw new Error(`the click picked ${JSON.stringify(sel.slice(0, 2))}, not rack ${rack.name}`);
      const target = await toScreen(page, to.xMm, to.yMm);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(target.x, target.y, { steps: 12 });
      let t0 = Date.now();
      await page.mouse.up();
      await idle(page);
      const moveMs = Date.now() - t0;
      const placed = floorRacks(await api<FloorPayload>(url, 'project.floor')).find((r) => r.id === rack.id)!;
      // (A rack named after its tile is renamed by the move.)
      const at = await page.evaluate(`${hooks}.rackByName(${JSON.stringify(placed.name)})`) as { xM: number; yM: number } | null;
      await page.screenshot({ path: `/tmp/trayline-floor-edit-${what.replace(/\W/g, '')}.png` });
      console.log(
        `${what}: move rack ${rack.name} to ${placed.name} (${rack.xMm / 1000}, ${rack.yMm / 1000}) -> server (${placed.xMm / 1000}, ${placed.yMm / 1000}), drawn (${at?.xM}, ${at?.yM}): ` +
          `${moveMs} ms from release to drawn and idle (load average ${loadavg()[0]!.toFixed(1)})`,
      );

      await page.locator('input[data-field="name"]').fill(`${placed.name}-B`);
      t0 = Date.now();
      await page.keyboard.press('Enter');
      await idle(page);
      const renameMs = Date.now() - t0;

      await page.keyboard.press('Escape');
      await idle(page);
      const p = await toScreen(page, placed.xMm, placed.yMm);
      await page.mouse.click(p.x, p.y);
      await idle(page);
      t0 = Date.now();
      await page.keyboard.press('Delete');
      await idle(page);
      const deleteMs = Date.now() - t0;
      t0 = Date.now();
      await page.getByTestId('undo').click();
      await idle(page);
      const undoMs = Date.now() - t0;
      const c = await hook(page, 'counts');
      console.log(
        `${what}: then rename ${renameMs} ms, delete (with its devices and cables) ${deleteMs} ms, undo ${undoMs} ms; ` +
          `project.snapshot requests: ${snapshots}, project.floorCounts: ${countCalls}; store: ${c.detail}, ${c.cables} cables in memory`,
      );
      await page.close();
    } finally {
      await stopServer(server);
    }
  }
} finally {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
}
