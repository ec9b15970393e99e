// Frame times in the page for the browser benches: requestAnimationFrame timestamps recorded while
// real mouse events pan and zoom the floor plan. (Strings, not functions, go to page.evaluate: the
// benches run through tsx, whose helpers do not exist in the page.)
import type { Page } from 'playwright-core';

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export function startFrames(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    window.__frames = [];
    const gen = (window.__gen = (window.__gen || 0) + 1);
    const tick = (t) => { if (window.__gen !== gen) return; window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops the recorder; the gaps between frames, ms. */
export function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(`(() => {
    window.__gen++;
    const f = window.__frames;
    return f.slice(1).map((t, i) => t - f[i]);
  })()`) as Promise<number[]>;
}

export function describeFrames(what: string, d: number[]): string {
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  // Frames come at vsync multiples (16.7, 33.3 ms ...): the share over 20 ms says how many missed one.
  const late = (100 * d.filter((x) => x > 20).length) / d.length;
  return `${what}: ${d.length} frames, p50 ${pct(d, 50).toFixed(1)} ms, p95 ${pct(d, 95).toFixed(1)} ms, max ${Math.max(...d).toFixed(1)} ms, ${late.toFixed(1)} % over 20 ms, ${(1000 / mean).toFixed(0)} fps mean`;
}

/** Pans with the middle button along a wavy path around (cx, cy), then zooms in and out there. */
export async function panAndZoom(page: Page, cx: number, cy: number): Promise<void> {
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
}
