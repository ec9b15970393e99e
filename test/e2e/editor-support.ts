// Shared steps of the editor's end-to-end tests: a project made with the real CLI from a layout
// fixture, the app served with test hooks, and helpers that read the page through
// window.__traylineTest (read-only) and real screenshots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, startApp, type App } from './harness.js';

export const CLI = join(ROOT, 'bin/trayline.js');

/** The page's test hooks (renderer/src/test-hooks.ts), as the tests use them. */
export interface TestHooks {
  worldToScreen(xM: number, yM: number): { x: number; y: number };
  idle(): Promise<void>;
  elevationReady(): Promise<{ rackId: number; uPx: number }>;
  drawn(): { racks: number; traySegments: number; cableStrands: number; trunks: number; drops: number; bundleLabels: number; rackNames: number; rowNames: string[]; draws: number; lastDrawMs: number };
  counts(): {
    racks: number; trays: number; devices: number; cables: number; detail: 'floor' | 'full';
    total: { devices: number; ports: number; cables: number };
  };
  camera(): { x: number; y: number; scale: number };
  selection(): { kind: string; id: number }[];
  rackNames(): string[];
  rackByName(name: string): { id: number; xM: number; yM: number; rotationDeg: number; widthM: number; depthM: number } | null;
}

declare global {
  interface Window {
    __traylineTest?: TestHooks;
  }
}

export function cli(args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** A new project file holding the built-in catalog and the given layout fixture. */
export function projectFrom(fixture: string | null): { file: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-editor-'));
  const file = join(dir, 'editor.trayline');
  cli(['new', file]);
  if (fixture) cli(['import', file, join(ROOT, 'test/fixtures/renderer', fixture)]);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openEditor(file?: string): Promise<App> {
  const app = await startApp(file ? { file } : {});
  await ready(app.page);
  return app;
}

/** A new project holding test/fixtures/layout/structured-two-rows.json, routed by the CLI (the
 * structured editor tests' hall: panels, one trunk T1-T1 and twelve jumper pairs). */
export function structuredTwoRows(): { file: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-structured-'));
  const file = join(dir, 's.trayline');
  cli(['new', file]);
  cli(['import', file, join(ROOT, 'test/fixtures/layout/structured-two-rows.json')]);
  cli(['route', file]);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A project holding a generated rail-optimized hall (64-port radix, 8 rails) of `gpus` GPUs. */
export function generatedProject(gpus: number, cabling: 'direct' | 'structured' = 'direct'): { file: string; dispose(): void } {
  const proj = projectFrom(null);
  cli(['generate', proj.file, '--arch', 'rail-optimized', '--gpus', String(gpus), '--radix', '64', '--rails', '8', '--cabling', cabling]);
  return proj;
}

/** Reloads the page floor first or with the whole model (`?open=`, store/detail.ts) and waits until it is idle. */
export async function reopen(app: App, mode: 'floor' | 'full'): Promise<void> {
  const u = new URL(app.url);
  u.searchParams.set('open', mode);
  await app.page.goto(u.toString());
  await ready(app.page);
}

export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.__traylineTest, null, { timeout: 20_000 });
  await idle(page);
}

/** The API methods the page calls from now on whose names match `method` (e.g. /^checks\./), in
 * order: the list fills as requests go out. */
export function apiCalls(page: Page, method: RegExp): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([\w.]+)$/.exec(r.url());
    if (m && method.test(m[1]!)) calls.push(m[1]!);
  });
  return calls;
}

export const idle = (page: Page) => page.evaluate(() => window.__traylineTest!.idle());
/** Waits until the open elevation says it is laid out (measured, at its zoom, no edit pending). */
export const elevationReady = (page: Page) => page.evaluate(() => window.__traylineTest!.elevationReady());
/** The centre of an element once the elevation is laid out, so a drag lands where it aims. */
export async function centreOf(page: Page, l: ReturnType<Page['locator']>): Promise<{ x: number; y: number }> {
  await elevationReady(page);
  const box = (await l.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
export const counts = (page: Page) => page.evaluate(() => window.__traylineTest!.counts());
export const drawn = (page: Page) => page.evaluate(() => window.__traylineTest!.drawn());
export const rack = (page: Page, name: string) => page.evaluate((n) => window.__traylineTest!.rackByName(n), name);
export const toScreen = (page: Page, xM: number, yM: number) =>
  page.evaluate(([x, y]) => window.__traylineTest!.worldToScreen(x!, y!), [xM, yM]);

/** All racks as the page holds them, by name. */
export async function rackNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const t = window.__traylineTest!;
    return t.rackNames();
  });
}

/** RGB of the page's pixel at CSS (x, y), from a real screenshot decoded by the browser. */
export async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 1;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, png.toString('base64'));
}

/** A real mouse drag in small steps (so the app sees pointermove events along the way). */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, hold?: () => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  if (hold) await hold();
  await page.mouse.up();
}

/** Colour distance, for "this pixel is (not) that colour" checks. */
export const dist = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

export function exportJson(file: string): { racks: { name: string; xM: number; yM: number; rotationDeg: number }[]; trays: unknown[]; devices: unknown[] } {
  return JSON.parse(cli(['export', file, '--format', 'json', '--out', '-']));
}

/** The generated hall of twoHallProject (10 racks, 6 trays, 512 cables). */
export const GENERATED_HALL = 'Fabric rail-optimized 256 GPUs';

/** A project file with the demo hall (Hall 1: 16 racks, 4 trays, 512 cables) and a generated hall, made with the real CLI. */
export function twoHallProject(): { file: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-two-halls-'));
  const file = join(dir, 'two-halls.trayline');
  cli(['new', file, '--demo']);
  cli(['generate', file, '--arch', 'rail-optimized', '--gpus', '256']);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens a rack's elevation by double-clicking it clear of the tray over its middle (a second click there would pick the tray's cables). */
export async function openRackElevation(page: Page, name: string): Promise<void> {
  const r = (await rack(page, name))!;
  const at = await toScreen(page, r.xM, r.yM - 0.45);
  await page.mouse.dblclick(at.x, at.y);
  await elevationReady(page);
}

/** Zooms the elevation until a device's ports can be hit (its "ports ⊕" button), when they cannot yet. */
export async function zoomToPorts(page: Page, device: string): Promise<void> {
  const btn = page.locator(`.elev-rack[data-face="front"] [data-device="${device}"]`).getByTestId('ports-zoom');
  if (await btn.count()) {
    await btn.click();
    await elevationReady(page);
  }
}

/** Clicks a panel's rear port in one rack's elevation, then another's in a second rack: the "New trunk" dialog, open. */
export async function openTrunkDialog(page: Page, a: { rack: string; panel: string; port: string }, b: { rack: string; panel: string; port: string }) {
  await openRackElevation(page, a.rack);
  await zoomToPorts(page, a.panel);
  await page.locator(`.port[data-port="${a.panel}:${a.port}"]`).click();
  await page.getByTestId('cable-banner').waitFor();
  await page.getByRole('button', { name: 'Back to floor plan' }).click();
  await idle(page);
  await openRackElevation(page, b.rack);
  await zoomToPorts(page, b.panel);
  await page.locator(`.port[data-port="${b.panel}:${b.port}"]`).click();
  const dialog = page.getByRole('dialog', { name: 'New trunk' });
  await dialog.waitFor();
  return dialog;
}
