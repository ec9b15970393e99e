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

/** What to frame once the floor view has switched to another hall (instead of fitting the hall). */
let afterHallChange: Ref[] | null = null;

/** Frames `refs`, switching to their hall first when it is not the one on screen. */
export function showOnFloor(refs: Ref[], hallId: number | null): void {
  const ui = useUi.getState();
  if (hallId != null && hallId !== ui.hallId) {
    afterHallChange = refs;
    ui.setHall(hallId);
    return;
  }
  zoomTo(refs);
}

/** For the floor view, on its first draw of a hall: frame what showOnFloor asked for, else the hall. */
export function fitNewHall(): void {
  const refs = afterHallChange;
  afterHallChange = null;
  if (refs) zoomTo(refs);
  else zoomToFit();
}
