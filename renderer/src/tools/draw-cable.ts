// Draw cable on the floor plan: click a rack to open its elevation, where ports are clicked
// (port A, then port B, possibly in another rack's elevation).
import { hitRack } from '../canvas/scene.js';
import { useUi } from '../store/ui.js';
import type { Tool } from './types.js';

export const drawCableTool: Tool = {
  cursor: 'pointer',
  move(p, h) {
    const r = hitRack(h.scene(), p.x, p.y);
    useUi.getState().setHover(r ? { kind: 'rack', id: r.rack.id } : null);
  },
  down(p, h) {
    const r = hitRack(h.scene(), p.x, p.y);
    if (r) useUi.getState().openRack(r.rack.id);
  },
};
