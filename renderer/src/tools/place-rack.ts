// Place rack: a ghost of the chosen preset follows the cursor snapped to the tiles (red where it
// would overlap or leave the hall); a click places it and goes back to selecting (Shift+click keeps
// the tool, to place several); R turns it; Esc goes back to selecting.
import { rackRect } from '../../../core/geometry/footprint.js';
import { footprintBlocked, snapCentre } from '../actions/footprint.js';
import { placeRack } from '../actions/place-rack.js';
import { nextRotation } from '../canvas/orientation.js';
import { useUi } from '../store/ui.js';
import { drawGhosts } from './ghost.js';
import type { Pointer, Tool, ToolHost } from './types.js';

let at: Pointer | null = null;
const none = new Set<number>();

function ghost(h: ToolHost) {
  const hall = h.scene().hall;
  if (!at || !hall) return null;
  const ui = useUi.getState();
  const shape = { widthMm: ui.rackPreset.widthMm, depthMm: ui.rackPreset.depthMm, rotationDeg: ui.placeRotation };
  const c = snapCentre(shape, at.x, at.y, hall);
  const rect = rackRect({ ...shape, ...c });
  return { c, rect, blocked: footprintBlocked(h.scene(), rect, none) };
}

export const placeRackTool: Tool = {
  cursor: 'copy',
  move(p, h) {
    at = p;
    h.redrawOverlay();
  },
  down(p, h) {
    if (p.button !== 0) return;
    at = p;
    const g = ghost(h);
    const hall = h.scene().hall;
    if (!g || !hall) return;
    const ui = useUi.getState();
    if (!p.shift) ui.setTool('select');
    void placeRack(hall.id, ui.rackPreset, g.c.xMm, g.c.yMm, ui.placeRotation);
  },
  key(e, h) {
    if (e.key === 'r' || e.key === 'R') {
      const ui = useUi.getState();
      ui.setPlaceRotation(nextRotation(ui.placeRotation));
      h.redrawOverlay();
      return true;
    }
    return false;
  },
  cancel(h) {
    at = null;
    h.redrawOverlay();
  },
  overlay(ctx, h) {
    const g = ghost(h);
    if (g) drawGhosts(ctx, h.view(), [g.rect], g.blocked);
  },
};
