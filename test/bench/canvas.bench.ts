// `npm run bench -- canvas`: a synthetic hall of 1,050 racks (25 rows of 42) and 100,000 cables
// routed along overhead trays, served by `trayline serve` and opened in headless Chromium.
// Reports the time from navigation to the first full draw of the floor plan, and frame times
// (requestAnimationFrame timestamps in the page) while panning and zooming with real mouse events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { upsertDeviceType } from '../../db/catalog.js';
import type { Id, PortTemplate, RouteStep } from '../../core/model/entities.js';
import { CHROMIUM, CHROMIUM_ARGS, startServer, stopServer } from '../e2e/harness.js';

const ROWS = 25, PER_ROW = 42, CABLES = 100_000, PORTS_PER_DEVICE = 128, DEVICES_PER_RACK = 2;
const RACK_W = 600, RACK_D = 1200, ROW_PITCH = 2400, X0 = 1500, SPINE_X = 1000, SEG_MM = 3600;

function buildHall(file: string) {
  const t0 = performance.now();
  const db = openProject(file, { create: true });
  const store = new EntityStore(db);
  const ports: PortTemplate[] = Array.from({ length: PORTS_PER_DEVICE }, (_, i) => ({
    name: `p${i + 1}`, kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [],
  }));
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'bench-node', manufacturer: 'Bench', model: 'Node', role: 'server', uHeight: 4, isFullDepth: true,
    maxPowerW: 5000, typicalPowerW: null, weightKg: null, airflow: null, source: 'synthetic', origin: 'user', ports,
  });
  const rackPorts: Id[][] = [];
  const rackAt: { row: number; i: number }[] = [];
  let trayIds: Id[] = [];
  let spineId = 0;
  db.transaction(() => {
    const hallId = store.insert('hall', { name: 'Bench hall', widthMm: X0 + PER_ROW * RACK_W + 3000, depthMm: 2000 + ROWS * ROW_PITCH + 2000, tileMm: 600 }, null);
    for (let row = 0; row < ROWS; row++) {
      const y = 2000 + row * ROW_PITCH + RACK_D / 2;
      const points: [number, number][] = [[SPINE_X, y]];
      for (let x = X0; x <= X0 + PER_ROW * RACK_W; x += SEG_MM) points.push([x, y]);
      trayIds.push(store.insert('tray', { hallId, name: `row-${row + 1}`, heightMm: 2700, widthMm: 600, depthMm: 100, points }, null));
      for (let i = 0; i < PER_ROW; i++) {
        const rackId = store.insert('rack', {
          hallId, rowId: null, name: `B${row + 1}-${i + 1}`, nameAuto: false, xMm: X0 + i * RACK_W + RACK_W / 2, yMm: y,
          rotationDeg: row % 2 ? 180 : 0, widthMm: RACK_W, depthMm: RACK_D, heightU: 48, powerBudgetW: 12000, feedId: null, dropTrayId: null,
        }, null);
        const list: Id[] = [];
        for (let d = 0; d < DEVICES_PER_RACK; d++) {
          const deviceId = store.insert('device', { rackId, name: `n${row + 1}-${i + 1}-${d + 1}`, typeId, u: 1 + d * 4, face: 'front' }, null);
          for (const p of ports) list.push(store.insert('port', { deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face }, null));
        }
        rackPorts.push(list);
        rackAt.push({ row, i });
      }
    }
    const spine: [number, number][] = Array.from({ length: ROWS }, (_, r) => [SPINE_X, 2000 + r * ROW_PITCH + RACK_D / 2]);
    spineId = store.insert('tray', { hallId, name: 'spine', heightMm: 2700, widthMm: 900, depthMm: 150, points: spine }, null);
  })();

  // Cables: 80 % to a rack up to 6 places along the same row, 20 % to the same place in a row up
  // to 8 rows away; routed along the row trays and the spine.
  const seg = (i: number) => 1 + Math.floor((i * RACK_W + RACK_W / 2) / SEG_MM);
  const used = new Array(rackPorts.length).fill(0);
  const route = (a: number, b: number): RouteStep[] => {
    const A = rackAt[a]!, B = rackAt[b]!;
    const steps: RouteStep[] = [];
    if (A.row === B.row) {
      const [s0, s1] = [seg(A.i), seg(B.i)].sort((x, y) => x - y);
      for (let s = s0!; s <= s1!; s++) steps.push({ trayId: trayIds[A.row]!, seg: s });
      return steps;
    }
    for (let s = seg(A.i); s >= 0; s--) steps.push({ trayId: trayIds[A.row]!, seg: s });
    const [r0, r1] = [A.row, B.row].sort((x, y) => x - y);
    for (let r = r0!; r < r1!; r++) steps.push({ trayId: spineId, seg: r });
    for (let s = 0; s <= seg(B.i); s++) steps.push({ trayId: trayIds[B.row]!, seg: s });
    return steps;
  };
  db.transaction(() => {
    let made = 0;
    for (let k = 0; made < CABLES; k++) {
      if (k > CABLES * 4) throw new Error(`only ${made} cables fit the synthetic racks' ports`);
      const a = k % rackPorts.length;
      const A = rackAt[a]!;
      let b: number;
      if (k % 5 === 4) {
        const row = (A.row + 1 + (k % 8)) % ROWS;
        b = row * PER_ROW + A.i;
      } else {
        const i = (A.i + 1 + (k % 6)) % PER_ROW;
        b = A.row * PER_ROW + i;
      }
      if (used[a] >= rackPorts[a]!.length || used[b] >= rackPorts[b]!.length) continue;
      const aPortId = rackPorts[a]![used[a]++]!, bPortId = rackPorts[b]![used[b]++]!;
      const r = route(a, b);
      store.insert('cable', {
        label: `C${made + 1}`, aPortId, bPortId, mediaId: null, opticA: null, opticB: null, lengthMm: null,
        routedMm: null, orderedMm: null, route: r, status: 'planned',
      }, null);
      made++;
    }
  })();
  db.close();
  return { racks: rackPorts.length, ms: performance.now() - t0 };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

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

  // Frame recorder in the page: rAF timestamps while the mouse pans and the wheel zooms.
  // (Strings, not functions: the bench runs through tsx, whose helpers do not exist in the page.)
  const startRec = () =>
    page.evaluate(`(() => {
      window.__frames = [];
      const gen = (window.__gen = (window.__gen || 0) + 1);
      const tick = (t) => { if (window.__gen !== gen) return; window.__frames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
  const stopRec = () =>
    page.evaluate(`(() => {
      window.__gen++;
      const f = window.__frames;
      return f.slice(1).map((t, i) => t - f[i]);
    })()`) as Promise<number[]>;
  const floor = (await page.locator('[data-testid="floor"]').boundingBox())!;
  const cx = floor.x + floor.width / 2, cy = floor.y + floor.height / 2;
  const report = (what: string, d: number[]) => {
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    console.log(`${what}: ${d.length} frames, p50 ${pct(d, 50).toFixed(1)} ms, p95 ${pct(d, 95).toFixed(1)} ms, max ${Math.max(...d).toFixed(1)} ms, ${(1000 / mean).toFixed(0)} fps mean`);
  };
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
    // Pan with the middle button along a wavy path, then zoom in and out at the cursor.
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'middle' });
    for (let i = 0; i < 60; i++) await page.mouse.move(cx + 300 * Math.sin(i / 10), cy + 200 * Math.sin(i / 7));
    await page.mouse.up({ button: 'middle' });
    for (let i = 0; i < 20; i++) {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, i % 2 ? 100 : -100);
      await page.keyboard.up('Control');
    }
    await page.evaluate('window.__traylineTest.idle()');
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
