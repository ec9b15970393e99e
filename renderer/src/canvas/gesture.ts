// While the camera moves (a drag pan, wheel zoom or scroll), the content canvas drawn for the
// camera before is moved and scaled by a CSS transform, which the compositor applies without
// repainting it; the plan is redrawn exactly for the new camera once the camera has been still for
// SETTLE_MS, or at once when the moved bitmap would leave too much of the view uncovered or has
// stood in for MAX_STALE_MS. Why: in software-rendered Chromium a redraw's JavaScript is ~2 ms at
// 32,768 GPUs but rasterising and committing the full-size canvas takes 6-7 ms at p50 and 15-25 ms
// at p90 on the shared machine, which is what made pan frames miss vsync (issue 16).
import type { Camera } from '../store/ui.js';

/** How long the camera must be still before the exact redraw. */
export const SETTLE_MS = 150;
/** How long a moved bitmap may stand in for the plan during a long gesture. */
export const MAX_STALE_MS = 1000;

export interface ScreenTransform {
  k: number;
  tx: number;
  ty: number;
}

/** The screen transform that takes what was drawn with camera `from` to where camera `to` draws it. */
export function cameraTransform(from: Camera, to: Camera): ScreenTransform {
  const k = to.scale / from.scale;
  return { k, tx: to.x - from.x * k, ty: to.y - from.y * k };
}

/**
 * Whether the moved bitmap still covers a w x h view well enough to stand in for a redraw: zoomed
 * by less than 1.5x either way, and leaving at most a third of the width and of the height bare.
 */
export function transformFits(t: ScreenTransform, w: number, h: number): boolean {
  if (!(t.k >= 2 / 3 && t.k <= 1.5)) return false;
  const bareX = Math.max(0, t.tx) + Math.max(0, w - (t.tx + t.k * w));
  const bareY = Math.max(0, t.ty) + Math.max(0, h - (t.ty + t.k * h));
  return bareX <= w / 3 && bareY <= h / 3;
}

/** The CSS transform for a canvas whose transform origin is its top left corner. */
export const cssTransform = (t: ScreenTransform) => `matrix(${t.k}, 0, 0, ${t.k}, ${t.tx}, ${t.ty})`;
