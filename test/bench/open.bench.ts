// `npm run bench -- open`: opens the 32,768-GPU hall of issue 16 (or the 131k one, see below) (test/bench/generated-hall.ts)
// in headless Chromium through the loopback bridge, as test/e2e does, floor first (the default
// for a hall this size) and then by the whole snapshot (`?open=full`, the path before floor-first
// opening), each measured from navigation to the first drawn frame and to idle (test hooks'
// idle(): drawn, no fetch or edit pending), with the bytes of the first payload; then the pan p95
// frame time on the floor-first page. Each is printed beside the raw SQLite read of all the
// hall's rows measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startServer, stopServer } from '../e2e/harness.js';
import { describeFrames, panAndZoom, pct, startFrames, stopFrames } from './frames.js';
import { generatedHall, rawRead } from './generated-hall.js';

// TRAYLINE_BENCH_OPEN=131k opens the 131,072-GPU hall instead, floor first only (its whole
// snapshot would not fit a browser tab's budget).
const which = process.env.TRAYLINE_BENCH_OPEN === '131k' ? '131k' : '32k';
const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-open-'));
const file = await generatedHall(which, dir);
console.log(`the ${which}-GPU hall`);
const raw = rawRead(file);
const raw2 = rawRead(file);
const rawMs = Math.min(raw.ms, raw2.ms);
console.log(`raw read of ${raw.rows} rows: ${rawMs.toFixed(0)} ms wall, ${Math.min(raw.cpuMs, raw2.cpuMs).toFixed(0)} ms CPU (min of 2; load average ${loadavg()[0]!.toFixed(1)})`);
const ratio = (ms: number) => `${(ms / rawMs).toFixed(2)}x raw read`;

const { server, url } = await startServer([file, '--port', '0', '--test-hooks']);
let browser: Browser | null = null;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const open = async (mode: 'floor' | 'full') => {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    const target = new URL(url);
    if (mode === 'full') target.searchParams.set('open', 'full');
    const t0 = Date.now();
    await page.goto(target.toString());
    await page.waitForFunction(() => !!(window as any).__traylineTest, null, { timeout: 180_000 });
    await page.evaluate(() => (window as any).__traylineTest.idle());
    const idle = Date.now() - t0;
    const t = await page.evaluate(() => (window as any).__traylineTest.timings());
    const bytes = await page.evaluate((m) => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(m === 'full' ? '/api/project.snapshot' : '/api/project.floor')) as PerformanceResourceTiming | undefined;
      return e ? e.encodedBodySize || e.transferSize : 0;
    }, mode);
    const drawn = await page.evaluate(() => (window as any).__traylineTest.drawn());
    const counts = await page.evaluate(() => (window as any).__traylineTest.counts());
    // The heap after a major GC is not reachable from here; the used JS heap is what the tab holds.
    const heapMB = await page.evaluate(() => ((performance as any).memory?.usedJSHeapSize ?? 0) / 1e6);
    console.log(
      `open ${mode === 'floor' ? 'floor first' : 'whole snapshot'}: first drawn frame ${t['first-draw']} ms (${ratio(t['first-draw'])}), idle ${idle} ms (${ratio(idle)}); ` +
        `payload ${(bytes / 1e6).toFixed(2)} MB; ${drawn.racks} racks, ${drawn.traySegments} tray segments, ${drawn.bundleLabels} bundle counts drawn; ` +
        `${counts.cables} of ${counts.total.cables} cables in memory; JS heap ${heapMB.toFixed(0)} MB`,
    );
    console.log(`  phases (ms since navigation start): ${JSON.stringify(t)}`);
    return page;
  };
  const pan = async (page: Page, what: string) => {
    const floor = (await page.locator('[data-testid="floor"]').boundingBox())!;
    const cx = floor.x + floor.width / 2, cy = floor.y + floor.height / 2;
    // The first interaction pays the JIT warm-up: reported apart from the steady state.
    await startFrames(page);
    await panAndZoom(page, cx, cy);
    console.log(describeFrames(`  ${what}, first pan and zoom (warm-up)`, await stopFrames(page)));
    const all: number[] = [];
    for (let i = 0; i < 2; i++) {
      await startFrames(page);
      await panAndZoom(page, cx, cy);
      all.push(...(await stopFrames(page)));
    }
    console.log(describeFrames(`  ${what}, pan and zoom over the whole hall`, all));
    console.log(`pan p95 frame time, ${what}: ${pct(all, 95).toFixed(1)} ms (aim <= 20 ms; load average ${loadavg()[0]!.toFixed(1)})`);
  };
  // Floor first runs first, on a server no page has asked yet: what a user opening the project
  // meets (`trayline serve` prepares the floor when it starts, as the app does while the page's
  // script loads: main/session ProjectSession.prepareOpen).
  const floorFirst = await open('floor');
  await pan(floorFirst, 'floor first');
  await floorFirst.close();
  if (which === '32k') {
    const before = await open('full');
    await pan(before, 'whole snapshot');
    await before.close();
  }
} finally {
  await browser?.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
