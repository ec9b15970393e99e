// Camera maths: screen(px) = world(mm) * scale + offset. Pure functions, unit-tested.
import type { Rect } from '../../../core/geometry/footprint.js';
import type { Camera } from '../store/ui.js';

export const MIN_SCALE = 0.002; // 2 px per metre: a 500 m hall fits in 1000 px
export const MAX_SCALE = 2; // 2 px per mm: a 1U device is ~90 px tall

export function worldToScreen(c: Camera, x: number, y: number): { x: number; y: number } {
  return { x: x * c.scale + c.x, y: y * c.scale + c.y };
}

export function screenToWorld(c: Camera, x: number, y: number): { x: number; y: number } {
  return { x: (x - c.x) / c.scale, y: (y - c.y) / c.scale };
}

export function clampScale(s: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
}

/** Zooms by `factor` keeping the world point under (sx, sy) where it is. */
export function zoomAt(c: Camera, sx: number, sy: number, factor: number): Camera {
  const scale = clampScale(c.scale * factor);
  const k = scale / c.scale;
  return { scale, x: sx - (sx - c.x) * k, y: sy - (sy - c.y) * k };
}

/**
 * The camera after a wheel event at (sx, sy): Ctrl+wheel (and trackpad pinch, which arrives as
 * ctrl+wheel) or a notched mouse wheel zoom at the cursor; two-finger trackpad scrolling pans.
 */
export function wheelCamera(c: Camera, e: Pick<WheelEvent, 'deltaMode' | 'deltaX' | 'deltaY' | 'ctrlKey' | 'metaKey'>, sx: number, sy: number): Camera {
  const mouseWheel = e.deltaMode !== 0 || (e.deltaX === 0 && Math.abs(e.deltaY) >= 50 && Number.isInteger(e.deltaY));
  if (!(e.ctrlKey || e.metaKey || mouseWheel)) return { ...c, x: c.x - e.deltaX, y: c.y - e.deltaY };
  const dy = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY;
  // A notch (|dy| ~100) zooms by ~22 %; a pinch sends many small deltas.
  return zoomAt(c, sx, sy, Math.exp(-dy * (Math.abs(dy) >= 50 ? 0.002 : 0.01)));
}

/** A camera showing `r` centred in a viewport with `margin` px around it. */
export function fitRect(r: Rect, viewport: { width: number; height: number }, margin = 40): Camera {
  const w = Math.max(1, r.x1 - r.x0);
  const h = Math.max(1, r.y1 - r.y0);
  const scale = clampScale(Math.min((viewport.width - 2 * margin) / w, (viewport.height - 2 * margin) / h));
  return {
    scale,
    x: viewport.width / 2 - ((r.x0 + r.x1) / 2) * scale,
    y: viewport.height / 2 - ((r.y0 + r.y1) / 2) * scale,
  };
}

/** The world rectangle the viewport shows. */
export function visibleRect(c: Camera, viewport: { width: number; height: number }): Rect {
  const a = screenToWorld(c, 0, 0);
  const b = screenToWorld(c, viewport.width, viewport.height);
  return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
}
