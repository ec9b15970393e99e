// `npm run bench -- canvas`: a synthetic hall of 1,050 racks (25 rows of 42) and 100,000 cables
// routed along overhead trays, served by `trayline serve` and opened in headless Chromium.
// Reports the time from navigation to the first full draw of the floor plan, and frame times
// (requestAnimationFrame timestamps in the page) while panning and zooming with real mouse events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startServer, stopServer } from '../e2e/harness.js';
import { CABLES, DEVICES_PER_RACK, PORTS_PER_DEVICE, buildHall } from './synthetic-hall.js';
import { describeFrames, panAndZoom, pct, startFrames, stopFrames } from './frames.js';


const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-'));
const file = join(dir, 'bench.trayline');
const built = buildHall(file);
if (process.env.TRAYLINE_BENCH_BUILD_ONLY) {
  // Profiling aid: keep the synthetic project and stop.
  console.log(file);
  process.exit(0);
}
console.log(`synthetic hall: ${built.racks} racks, ${CABLES} cables, ${built.racks * DEVICES_PER_RACK * PORTS_PER_DEVICE} ports, built in ${(built.ms / 1000).toFixed(1)} s`);

const { server, url } = await startServer([file, '--port', '0', '--test-hooks']);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => !!(window as any).__traylineTest, null, { timeout: 120_000 });
  await page.evaluate(() => (window as any).__traylineTest.idle());
  const firstDraw = Date.now() - t0;
  const info = await page.evaluate(() => ({ counts: (window as any).__traylineTest.counts(), drawn: (window as any).__traylineTest.drawn() }));
  const phases = await page.evaluate(() => (window as any).__traylineTest.timings());
  console.log(`start-up phases (ms since navigation start): ${JSON.stringify(phases)}`);
  console.log(`first full draw: ${firstDraw} ms after navigation (${info.counts.racks} racks, ${info.counts.cables} cables loaded; ${info.drawn.racks} racks, ${info.drawn.traySegments} tray segments drawn; draw ${info.drawn.lastDrawMs.toFixed(1)} ms)`);

  const startRec = () => startFrames(page);
  const stopRec = () => stopFrames(page);
  const floor = (await page.locator('[data-testid="floor"]').boundingBox())!;
  const cx = floor.x + floor.width / 2, cy = floor.y + floor.height / 2;
  const report = (what: string, d: number[]) => console.log(describeFrames(what, d));
  const wheel = async (x: number, y: number, notches: number) => {
    await page.mouse.move(x, y);
    for (let i = 0; i < Math.abs(notches); i++) {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, notches > 0 ? -100 : 100); // a notch up zooms in ~22 %
      await page.keyboard.up('Control');
    }
    await page.evaluate('window.__traylineTest.idle()');
  };
  const session = async (what: string) => {
    const drawnNow = await page.evaluate(() => (window as any).__traylineTest.drawn());
    const scale = await page.evaluate(() => (window as any).__traylineTest.camera().scale);
    await startRec();
    await panAndZoom(page, cx, cy);
    const d = await stopRec();
    report(`${what} at ${(scale * 1000).toFixed(0)} px/m (${drawnNow.racks} racks, ${drawnNow.traySegments} tray segments, ${drawnNow.bundleLabels} bundle counts, ${drawnNow.cableStrands} cable strands on screen)`, d);
    return d;
  };
  // Baseline: frames with nothing to do, to show what the machine itself allows.
  await startRec();
  await page.waitForTimeout(2000); // a measuring window, not synchronisation
  report('baseline, no input', await stopRec());
  // The first interaction after loading a ~60 MB snapshot also pays for JIT warm-up and the major
  // garbage collection of the parsed JSON: reported on its own, then the steady state.
  report('first interaction (warm-up)', await (async () => {
    await startRec();
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'middle' });
    for (let i = 0; i < 60; i++) await page.mouse.move(cx + 300 * Math.sin(i / 10), cy + 200 * Math.sin(i / 7));
    await page.mouse.up({ button: 'middle' });
    await page.evaluate('window.__traylineTest.idle()');
    return stopRec();
  })());
  const all = [...(await session('whole hall'))];
  // Zoom in on the middle of row 13 (y = 2000 + 12 x 2400 + 600 mm).
  const row = await page.evaluate(() => (window as any).__traylineTest.worldToScreen(15, 31.4));
  await wheel(row.x, row.y, 7);
  all.push(...(await session('a pod')));
  await wheel(cx, cy, 9);
  all.push(...(await session('a few racks')));
  report('overall', all);
  console.log(`p95 frame time while panning and zooming: ${pct(all, 95).toFixed(1)} ms (60 fps needs <= 16.7 ms)`);
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
