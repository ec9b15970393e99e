// `npm run bench -- open`: opens the 32,768-GPU hall of issue 16 (or the 131k one, see below) (test/bench/generated-hall.ts)
// in headless Chromium through the loopback bridge, as test/e2e does, floor first (the default
// for a hall this size) and then by the whole snapshot (`?open=full`, the path before floor-first
// opening). Each open is timed from the moment the app is asked to open the project file, as the
// browser mode's File > Open does (`files.open`, then the page loads): t0 is taken before the
// server opens the file, so the time includes opening it, computing the floor payload from
// SQLite (db/floor.ts), sending it, loading and compiling the page's code, building the scene and
// drawing: to the first drawn frame and to idle (test hooks' idle(): drawn, no fetch, edit or
// code load pending). Not included: starting the server process and the browser (the app is
// already running when a project is opened). Each open is printed beside the raw SQLite read of
// all the hall's rows measured in the same run.
//
// Floor first is measured as the app does it: File > Open in the running app (the File dialog's
// button clicked at t0 in a window showing another project; the app calls files.open and reloads
// the same window on the new project, as every project switch does, in the browser mode and in the
// desktop app alike), three times. And as launching the app on the hall, which also starts the
// window's renderer process (~100-150 ms here before the page's first script is even asked for):
// a first-ever launch (a new browser profile: cold HTTP cache, no
// V8 code cache) and the usual launch (a new page in a profile that has opened the app before:
// the HTTP cache and V8's code cache are warm, as in an installed app every day after the first;
// Chromium stores a script's code cache on its second load and uses it from the third, so the
// profile has loaded the app twice first). Each profile is a folder on disk, as the app's own is:
// Playwright's newContext() is off the record, and there Chromium keeps no V8 code cache. Then the pan p95 frame time on the floor-first page.
// The first open of the hall computes its floor (the reused or generated file has none kept);
// leaving it keeps the floor in the file (db/floor-cache.ts), so the usual launches read it from
// there, as every open of an unchanged project does.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createProject } from '../../main/app/project.js';
import { CHROMIUM, CHROMIUM_ARGS, startServer, stopServer } from '../e2e/harness.js';
import { describeFrames, panAndZoom, pct, startFrames, stopFrames } from './frames.js';
import { generatedHall, rawRead } from './generated-hall.js';

// TRAYLINE_BENCH_OPEN=131k opens the 131,072-GPU hall instead, floor first only (its whole
// snapshot would not fit a browser tab's budget).
const which = process.env.TRAYLINE_BENCH_OPEN === '131k' ? '131k' : '32k';
const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-open-'));
let file = await generatedHall(which, dir);
// The server's folder holds the hall and a small project it starts on, so that no floor of the
// hall is computed before t0 (a reused hall file is copied in: the folder is the File menu's).
if (!file.startsWith(dir)) {
  copyFileSync(file, join(dir, basename(file)));
  file = join(dir, basename(file));
}
const hallName = basename(file);
const small = join(dir, 'small.trayline');
createProject(small);
console.log(`the ${which}-GPU hall`);
const raw = rawRead(file);
const raw2 = rawRead(file);
const rawMs = Math.min(raw.ms, raw2.ms);
console.log(`raw read of ${raw.rows} rows: ${rawMs.toFixed(0)} ms wall, ${Math.min(raw.cpuMs, raw2.cpuMs).toFixed(0)} ms CPU (min of 2; load average ${loadavg()[0]!.toFixed(1)})`);
const ratio = (ms: number) => `${(ms / rawMs).toFixed(2)}x raw read`;

const { server, url } = await startServer([small, '--port', '0', '--test-hooks']);
const token = new URL(url).searchParams.get('token')!;
const switchTo = async (name: string) => {
  const res = await fetch(new URL('/api/files.open', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': token }, body: JSON.stringify({ name }) });
  const reply = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!reply.ok) throw new Error(`files.open ${name}: ${reply.error?.message}`);
};
const idleOn = async (page: Page, target: string) => {
  await page.goto(target);
  await page.waitForFunction(() => !!(window as any).__traylineTest, null, { timeout: 180_000 });
  await page.evaluate(() => (window as any).__traylineTest.idle());
};

const contexts: BrowserContext[] = [];
try {
  // A profile on disk, as the app's own: Playwright's newContext() is off the record, where
  // Chromium keeps no V8 code cache, so a "usual launch" there would compile every script again.
  const newContext = async () => {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    contexts.push(context);
    return context;
  };
  /** Opens the hall in a new page of `context`: asked at t0, measured to the first frame and to idle. */
  const open = async (context: BrowserContext, mode: 'floor' | 'full', what: string) => {
    const page = await context.newPage();
    const target = new URL(url);
    if (mode === 'full') target.searchParams.set('open', 'full');
    const t0 = Date.now();
    await switchTo(hallName);
    await idleOn(page, target.toString());
    return report(page, t0, Date.now() - t0, mode, what);
  };
  /**
   * File > Open in the running app, as a user switches projects: the File dialog's button for the
   * hall is clicked at t0 in a page that shows another project, and the app does what it does on
   * every project switch (renderer/src/shell/ProjectFiles.tsx, and the desktop menu's
   * main/electron/main.ts): files.open, then the same window reloads on the new project.
   */
  const fileOpen = async (page: Page, name: string, what?: string) => {
    await page.getByTestId('file-menu').click();
    const button = page.getByTestId('files-all').locator('button', { hasText: name });
    await button.waitFor();
    // t0 is the click as the page receives it (the wall clock, kept across the reload): Playwright's
    // click first waits for the button to be stable over animation frames, which is not the app's time.
    await page.evaluate(() =>
      document.addEventListener('click', () => sessionStorage.setItem('trayline-bench-t0', String(performance.timeOrigin + performance.now())), { capture: true, once: true }),
    );
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await page.waitForFunction(() => !!(window as any).__traylineTest, null, { timeout: 180_000 });
    await page.evaluate(() => (window as any).__traylineTest.idle());
    const at = await page.evaluate(() => ({
      t0: Number(sessionStorage.getItem('trayline-bench-t0')),
      idle: performance.timeOrigin + performance.getEntriesByName('trayline:idle')[0]!.startTime,
    }));
    return what ? report(page, at.t0, Math.round(at.idle - at.t0), 'floor', what) : null;
  };
  /** Prints an open's first frame, idle, payload and phases; t0 is when the open was asked. */
  const report = async (page: Page, t0: number, idle: number, mode: 'floor' | 'full', what: string) => {
    const t = await page.evaluate(() => ({ origin: performance.timeOrigin, ...(window as any).__traylineTest.timings() }));
    const navAt = t.origin - t0;
    const firstFrame = Math.round(navAt + t['first-draw']);
    const bytes = await page.evaluate((m) => {
      const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(m === 'full' ? '/api/project.snapshot' : '/api/project.floor')) as PerformanceResourceTiming | undefined;
      return e ? e.encodedBodySize || e.transferSize : 0;
    }, mode);
    const drawn = await page.evaluate(() => (window as any).__traylineTest.drawn());
    const counts = await page.evaluate(() => (window as any).__traylineTest.counts());
    // The heap after a major GC is not reachable from here; the used JS heap is what the tab holds.
    const heapMB = await page.evaluate(() => ((performance as any).memory?.usedJSHeapSize ?? 0) / 1e6);
    console.log(
      `open ${mode === 'floor' ? 'floor first' : 'whole snapshot'}, ${what}: first drawn frame ${firstFrame} ms (${ratio(firstFrame)}), idle ${idle} ms (${ratio(idle)}) from asking to open the file; ` +
        `payload ${(bytes / 1e6).toFixed(2)} MB; ${drawn.racks} racks, ${drawn.traySegments} tray segments, ${drawn.bundleLabels} bundle counts drawn; ` +
        `${counts.cables} of ${counts.total.cables} cables in memory; JS heap ${heapMB.toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    const { origin: _origin, ...marks } = t;
    console.log(`  phases (ms since navigation start, which was ${Math.round(navAt)} ms after t0): ${JSON.stringify(marks)}`);
    return { page, firstFrame, idle };
  };
  /** Leaves the hall (the server switches to the small project) and loads the app on it once, in `context`. */
  const away = async (context: BrowserContext) => {
    await switchTo(basename(small));
    const page = await context.newPage();
    await idleOn(page, url);
    await page.close();
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

  // A first-ever launch: a new profile, opening the hall straight away.
  const profile = await newContext();
  const cold = await open(profile, 'floor', 'first-ever launch (cold HTTP and code caches)');
  await pan(cold.page, 'floor first');
  await cold.page.close();
  // The usual launch: the same profile, once the app has loaded in it twice (see above).
  await away(profile);
  const warm: { firstFrame: number; idle: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const w = await open(profile, 'floor', `usual launch #${i + 1} (warm HTTP and code caches)`);
    await w.page.close();
    warm.push(w);
    await away(profile);
  }
  // File > Open in the running app: a window showing the small project opens the hall, three times
  // (going back to the small project between, unmeasured).
  const appPage = await profile.newPage();
  await idleOn(appPage, url);
  const inApp: { firstFrame: number; idle: number }[] = [];
  for (let i = 0; i < 3; i++) {
    inApp.push((await fileOpen(appPage, hallName, `File > Open in the running app #${i + 1}`))!);
    await fileOpen(appPage, basename(small));
  }
  await appPage.close();
  const best = (runs: typeof warm, k: 'firstFrame' | 'idle') => Math.min(...runs.map((w) => w[k]));
  const median = (runs: typeof warm, k: 'firstFrame' | 'idle') => runs.map((w) => w[k]).sort((a, b) => a - b)[runs.length >> 1]!;
  const summary = (runs: typeof warm) =>
    `(min of ${runs.length}): first frame ${best(runs, 'firstFrame')} ms (${ratio(best(runs, 'firstFrame'))}), idle ${best(runs, 'idle')} ms (${ratio(best(runs, 'idle'))}); ` +
    `median: first frame ${median(runs, 'firstFrame')} ms (${ratio(median(runs, 'firstFrame'))}), idle ${median(runs, 'idle')} ms (${ratio(median(runs, 'idle'))})`;
  console.log(`open floor first, File > Open in the running app ${summary(inApp)}`);
  console.log(
    `open floor first, launching the app on it: first-ever launch: first frame ${cold.firstFrame} ms (${ratio(cold.firstFrame)}), idle ${cold.idle} ms (${ratio(cold.idle)}); ` +
      `usual launch ${summary(warm)}`,
  );
  await profile.close();
  if (which === '32k') {
    const fresh = await newContext();
    const before = await open(fresh, 'full', 'first-ever launch');
    await pan(before.page, 'whole snapshot');
    await fresh.close();
  }
} finally {
  for (const c of contexts) await c.close().catch(() => {});
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
