// Draw tray: click to put down points (snapped to half tiles; Shift keeps the run straight),
// Enter or double-click finishes, Backspace takes back the last point, Esc cancels.
import { createTray } from '../actions/create-tray.js';
import { useUi } from '../store/ui.js';
import type { Pointer, Tool, ToolHost } from './types.js';

let points: [number, number][] = [];
let at: [number, number] | null = null;

/** Says in the status bar what is being drawn (nothing once the points are gone). */
function report(): void {
  useUi.getState().setDrawing(points.length ? `Tray: ${points.length} point${points.length === 1 ? '' : 's'} — Enter finishes, Backspace takes one back, Esc drops them` : null);
}

function snap(p: Pointer, h: ToolHost): [number, number] {
  const step = (h.scene().hall?.tileMm ?? 600) / 2;
  let x = Math.round(p.x / step) * step, y = Math.round(p.y / step) * step;
  const last = points[points.length - 1];
  if (last && p.shift) {
    if (Math.abs(x - last[0]) > Math.abs(y - last[1])) y = last[1];
    else x = last[0];
  }
  return [x, y];
}

function finish(h: ToolHost) {
  const hall = h.scene().hall;
  const pts = points;
  points = [];
  report();
  h.redrawOverlay();
  if (hall && pts.length > 0) void createTray(hall.id, pts, useUi.getState().traySpec);
}

export const drawTrayTool: Tool = {
  cursor: 'crosshair',
  move(p, h) {
    at = snap(p, h);
    h.redrawOverlay();
  },
  down(p, h) {
    if (p.button !== 0) return;
    points.push(snap(p, h));
    report();
    h.redrawOverlay();
  },
  dblclick(_p, h) {
    finish(h);
  },
  key(e, h) {
    if (e.key === 'Enter') {
      finish(h);
      return true;
    }
    if (e.key === 'Backspace' && points.length) {
      points.pop();
      report();
      h.redrawOverlay();
      return true;
    }
    if (e.key === 'Escape' && points.length) {
      points = [];
      report();
      h.redrawOverlay();
      return true;
    }
    return false;
  },
  cancel(h) {
    points = [];
    report();
    h.redrawOverlay();
  },
  overlay(ctx, h) {
    const v = h.view();
    const s = v.cam.scale;
    const pts = at ? [...points, at] : points;
    if (pts.length === 0) return;
    const w = Math.max(3, useUi.getState().traySpec.widthMm * s);
    ctx.beginPath();
    pts.forEach(([x, y], i) => (i ? ctx.lineTo(x * s + v.cam.x, y * s + v.cam.y) : ctx.moveTo(x * s + v.cam.x, y * s + v.cam.y)));
    ctx.lineWidth = w;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(37,99,235,0.35)';
    ctx.stroke();
    ctx.fillStyle = '#2563eb';
    for (const [x, y] of pts) ctx.fillRect(x * s + v.cam.x - 3, y * s + v.cam.y - 3, 6, 6);
    if (at && points.length) {
      const last = points[points.length - 1]!;
      const len = Math.hypot(at[0] - last[0], at[1] - last[1]) / 1000;
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = '#1e3a8a';
      ctx.fillText(`${len.toFixed(2)} m`, at[0] * s + v.cam.x + 8, at[1] * s + v.cam.y - 8);
    }
  },
};

export const trayPointsPending = () => points.length;
