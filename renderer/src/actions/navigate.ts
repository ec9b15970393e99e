// Camera actions: zoom to fit the hall, zoom to a selection.
import { useDoc } from '../store/document.js';
import { useUi, type Ref } from '../store/ui.js';
import { fitRect } from '../canvas/camera.js';
import { hallRect, refsBounds } from '../canvas/bounds.js';

export function zoomToFit(): void {
  const ui = useUi.getState();
  const r = hallRect(useDoc.getState(), ui.hallId);
  if (r) ui.setCamera(fitRect(r, ui.viewport));
}

/** Frames the given objects (at least ~6 m across so one rack is not filling the screen). */
export function zoomTo(refs: Ref[]): void {
  const ui = useUi.getState();
  const r = refsBounds(useDoc.getState(), refs);
  if (!r) return;
  const cx = (r.x0 + r.x1) / 2, cy = (r.y0 + r.y1) / 2;
  const hw = Math.max(3000, (r.x1 - r.x0) / 2), hh = Math.max(3000, (r.y1 - r.y0) / 2);
  ui.setCamera(fitRect({ x0: cx - hw, y0: cy - hh, x1: cx + hw, y1: cy + hh }, ui.viewport));
}
