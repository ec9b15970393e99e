// Select / move: click selects (Shift toggles), dragging selected racks moves them snapped to the
// tiles with a ghost (red where it would overlap), dragging on empty floor draws a marquee,
// double-click opens a rack's elevation; an in-row CDU is selected and dragged as a rack is. A
// click on a cable strand or bundle in a tray picks its cables; trays run over the racks, so there
// the first click picks the rack (and a drag moves it) and a second click on the selected rack,
// without dragging, picks the cables above it.
import { cduRect, rackRect, type Rect } from '../../../core/geometry/footprint.js';
import type { Cdu, Rack } from '../../../core/model/entities.js';
import { footprintBlocked, snapCentre } from '../actions/footprint.js';
import { moveRacks } from '../actions/move-racks.js';
import { cleanPoints } from '../actions/create-tray.js';
import { applyEdit } from '../store/edits.js';
import { C } from '../canvas/colors.js';
import { hitCdu, hitRack, hitTray } from '../canvas/scene.js';
import { hitCables } from '../canvas/hit-cables.js';
import type { Id } from '../../../core/model/entities.js';
import { useDoc } from '../store/document.js';
import { pickSegmentCables } from '../store/detail.js';
import { isSelected, useUi, type Ref } from '../store/ui.js';
import { drawGhosts } from './ghost.js';
import type { Pointer, Tool, ToolHost } from './types.js';

type State =
  | { s: 'idle' }
  | { s: 'vertex'; trayId: number; index: number; points: [number, number][]; moved: boolean }
  | { s: 'tray'; trayId: number; start: Pointer; points: [number, number][]; dx: number; dy: number }
  | { s: 'press'; start: Pointer; primary: Rack; racks: Rack[]; toggleOnUp: boolean; reclick: boolean }
  | { s: 'drag'; start: Pointer; primary: Rack; racks: Rack[]; dx: number; dy: number; blocked: boolean }
  | { s: 'marquee'; start: Pointer; end: Pointer; additive: boolean }
  | { s: 'cdu'; cdu: Cdu; start: Pointer; dx: number; dy: number; blocked: boolean };

let st: State = { s: 'idle' };

/**
 * Selects the cables under the pointer, if any (true then). In floor mode only the bundle's count
 * is known: its cables are fetched first (store/detail.ts), then selected.
 */
function selectCablesUnder(p: Pointer, h: ToolHost, mode: 'toggle' | 'replace'): boolean {
  const hit = hitCables(h.scene(), p.x, p.y, h.view().cam.scale);
  if (!hit) return false;
  const pick = (ids: Id[]) => useUi.getState().select(ids.map((id) => ({ kind: 'cable' as const, id })), mode);
  if (hit.cables.length || hit.seg.count === 0) pick(hit.cables);
  else void pickSegmentCables(hit.seg.trayId, hit.seg.seg, hit.strand).then(pick);
  return true;
}

function hitRef(p: Pointer, h: ToolHost): Ref | null {
  const scene = h.scene();
  const rack = hitRack(scene, p.x, p.y);
  if (rack) return { kind: 'rack', id: rack.rack.id };
  const cdu = hitCdu(scene, p.x, p.y);
  if (cdu) return { kind: 'cdu', id: cdu.cdu.id };
  const tray = hitTray(scene, p.x, p.y, 4 / h.view().cam.scale);
  if (tray) return { kind: 'tray', id: tray.trayId };
  return null;
}

const HANDLE = 4; // px, half the side of a vertex handle

/** A vertex handle of a selected tray under the pointer. */
function hitHandle(p: Pointer, h: ToolHost): { trayId: number; index: number; points: [number, number][] } | null {
  const v = h.view();
  const doc = useDoc.getState();
  for (const r of useUi.getState().selection) {
    if (r.kind !== 'tray') continue;
    const t = doc.tray.get(r.id);
    if (!t) continue;
    const index = t.points.findIndex(([x, y]) => Math.abs(x * v.cam.scale + v.cam.x - p.sx) <= HANDLE + 2 && Math.abs(y * v.cam.scale + v.cam.y - p.sy) <= HANDLE + 2);
    if (index >= 0) return { trayId: t.id, index, points: t.points.map((q) => [q[0], q[1]] as [number, number]) };
  }
  return null;
}

function normRect(a: Pointer, b: Pointer): Rect {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

export const selectTool: Tool = {
  cursor: 'default',
  down(p, h) {
    if (p.button !== 0) return;
    const ui = useUi.getState();
    const handle = hitHandle(p, h);
    if (handle) {
      st = { s: 'vertex', ...handle, moved: false };
      return;
    }
    if (!hitRack(h.scene(), p.x, p.y) && selectCablesUnder(p, h, p.shift ? 'toggle' : 'replace')) return;
    const ref = hitRef(p, h);
    if (!ref) {
      st = { s: 'marquee', start: p, end: p, additive: p.shift };
      if (!p.shift) ui.select([]);
      return;
    }
    const already = isSelected(ui.selection, ref.kind, ref.id);
    if (p.shift && !already) ui.select([ref], 'add');
    else if (!already) ui.select([ref]);
    if (ref.kind !== 'rack') {
      if (p.shift && already) ui.select([ref], 'toggle');
      const t = ref.kind === 'tray' ? useDoc.getState().tray.get(ref.id) : undefined;
      if (t && !p.shift) st = { s: 'tray', trayId: t.id, start: p, points: t.points, dx: 0, dy: 0 };
      const cdu = ref.kind === 'cdu' ? useDoc.getState().cdu.get(ref.id) : undefined;
      if (cdu && !p.shift) st = { s: 'cdu', cdu, start: p, dx: 0, dy: 0, blocked: false };
      return;
    }
    const doc = useDoc.getState();
    const racks = useUi.getState().selection.flatMap((r) => (r.kind === 'rack' && doc.rack.has(r.id) ? [doc.rack.get(r.id)!] : []));
    const reclick = already && !p.shift && ui.selection.length === 1;
    st = { s: 'press', start: p, primary: doc.rack.get(ref.id)!, racks, toggleOnUp: p.shift && already, reclick };
  },
  move(p, h) {
    if (st.s === 'idle') {
      useUi.getState().setHover(hitRef(p, h));
      return;
    }
    if (st.s === 'marquee') {
      st.end = p;
      h.redrawOverlay();
      return;
    }
    if (st.s === 'vertex') {
      const step = (h.scene().hall?.tileMm ?? 600) / 2;
      const pt: [number, number] = [Math.round(p.x / step) * step, Math.round(p.y / step) * step];
      const index = st.index;
      st.points = st.points.map((q, i) => (i === index ? pt : q)) as [number, number][];
      st.moved = true;
      h.redrawOverlay();
      return;
    }
    if (st.s === 'tray') {
      if (Math.hypot(p.sx - st.start.sx, p.sy - st.start.sy) < 4 && st.dx === 0 && st.dy === 0) return;
      const step = (h.scene().hall?.tileMm ?? 600) / 2;
      st.dx = Math.round((p.x - st.start.x) / step) * step;
      st.dy = Math.round((p.y - st.start.y) / step) * step;
      h.redrawOverlay();
      return;
    }
    if (st.s === 'cdu') {
      if (Math.hypot(p.sx - st.start.sx, p.sy - st.start.sy) < 4 && st.dx === 0 && st.dy === 0) return;
      const hall = h.scene().hall;
      const c = cduRect(st.cdu);
      if (!hall || !c) return;
      // snapped as a rack is: its footprint's corner on a tile corner
      const box = { widthMm: c.x1 - c.x0, depthMm: c.y1 - c.y0, rotationDeg: 0 as const };
      const at = snapCentre(box, st.cdu.xMm! + (p.x - st.start.x), st.cdu.yMm! + (p.y - st.start.y), hall);
      st.dx = at.xMm - st.cdu.xMm!;
      st.dy = at.yMm - st.cdu.yMm!;
      st.blocked = footprintBlocked(h.scene(), rackRect({ ...box, ...at }), new Set(), st.cdu.id);
      h.redrawOverlay();
      return;
    }
    if (st.s === 'press' && Math.hypot(p.sx - st.start.sx, p.sy - st.start.sy) < 4) return;
    const hall = h.scene().hall;
    if (!hall || (st.s !== 'press' && st.s !== 'drag')) return;
    const { primary, racks, start } = st;
    const c = snapCentre(primary, primary.xMm + (p.x - start.x), primary.yMm + (p.y - start.y), hall);
    const dx = c.xMm - primary.xMm, dy = c.yMm - primary.yMm;
    const ignore = new Set(racks.map((r) => r.id));
    const blocked = racks.some((r) => footprintBlocked(h.scene(), rackRect({ ...r, xMm: r.xMm + dx, yMm: r.yMm + dy }), ignore));
    st = { s: 'drag', start, primary, racks, dx, dy, blocked };
    h.redrawOverlay();
  },
  up(p, h) {
    const cur = st;
    st = { s: 'idle' };
    if (cur.s === 'press' && cur.toggleOnUp) useUi.getState().select([{ kind: 'rack', id: cur.primary.id }], 'toggle');
    if (cur.s === 'press' && cur.reclick) {
      // A second click on the selected rack, where a tray's cables run over it: those cables.
      selectCablesUnder(p, h, 'replace');
    }
    if (cur.s === 'drag') void moveRacks(cur.racks, cur.dx, cur.dy);
    if (cur.s === 'cdu' && (cur.dx || cur.dy)) {
      const c = cur.cdu;
      void applyEdit({ label: `Move CDU ${c.name}`, ops: [{ op: 'update', kind: 'cdu', id: c.id, patch: { xMm: c.xMm! + cur.dx, yMm: c.yMm! + cur.dy } }] });
    }
    if (cur.s === 'tray' && (cur.dx || cur.dy)) {
      const t = useDoc.getState().tray.get(cur.trayId);
      const points = cur.points.map(([x, y]) => [x + cur.dx, y + cur.dy] as [number, number]);
      if (t) void applyEdit({ label: `Move tray ${t.name}`, ops: [{ op: 'update', kind: 'tray', id: t.id, patch: { points } }] });
    }
    if (cur.s === 'vertex' && cur.moved) {
      const t = useDoc.getState().tray.get(cur.trayId);
      if (t) void applyEdit({ label: `Reshape tray ${t.name}`, ops: [{ op: 'update', kind: 'tray', id: t.id, patch: { points: cleanPoints(cur.points) } }] });
    }
    if (cur.s === 'marquee') {
      const r = normRect(cur.start, p);
      if (Math.abs(cur.start.sx - p.sx) + Math.abs(cur.start.sy - p.sy) > 4) {
        const scene = h.scene();
        const refs: Ref[] = scene.rackIndex.query(r).map((i) => ({ kind: 'rack' as const, id: scene.racks[i]!.rack.id }));
        const trays = new Set<number>();
        for (const i of scene.segIndex.query(r)) trays.add(scene.segs[i]!.trayId);
        for (const id of trays) refs.push({ kind: 'tray', id });
        useUi.getState().select(refs, cur.additive ? 'add' : 'replace');
      }
    }
    h.redrawOverlay();
  },
  dblclick(p, h) {
    const rack = hitRack(h.scene(), p.x, p.y);
    if (rack) useUi.getState().openRack(rack.rack.id);
  },
  cancel(h) {
    st = { s: 'idle' };
    h.redrawOverlay();
  },
  overlay(ctx, h) {
    const v = h.view();
    // Handles on the vertices of selected trays (drag one to reshape the run).
    const doc = useDoc.getState();
    for (const r of useUi.getState().selection) {
      if (r.kind !== 'tray') continue;
      const moving = st.s === 'tray' && st.trayId === r.id ? st : null;
      const pts = st.s === 'vertex' && st.trayId === r.id ? st.points : moving ? moving.points.map(([x, y]) => [x + moving.dx, y + moving.dy] as [number, number]) : doc.tray.get(r.id)?.points;
      if (!pts) continue;
      if ((st.s === 'vertex' || st.s === 'tray') && st.trayId === r.id) {
        ctx.beginPath();
        pts.forEach(([x, y], i) => (i ? ctx.lineTo(x * v.cam.scale + v.cam.x, y * v.cam.scale + v.cam.y) : ctx.moveTo(x * v.cam.scale + v.cam.x, y * v.cam.scale + v.cam.y)));
        ctx.setLineDash([5, 3]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = C.select;
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = C.select;
      ctx.lineWidth = 1.5;
      for (const [x, y] of pts) {
        const sx = x * v.cam.scale + v.cam.x, sy = y * v.cam.scale + v.cam.y;
        ctx.fillRect(sx - HANDLE, sy - HANDLE, 2 * HANDLE, 2 * HANDLE);
        ctx.strokeRect(sx - HANDLE, sy - HANDLE, 2 * HANDLE, 2 * HANDLE);
      }
    }
    if (st.s === 'drag') {
      const { dx, dy } = st;
      drawGhosts(ctx, v, st.racks.map((r) => rackRect({ ...r, xMm: r.xMm + dx, yMm: r.yMm + dy })), st.blocked);
    } else if (st.s === 'cdu' && (st.dx || st.dy)) {
      const r = cduRect(st.cdu)!;
      drawGhosts(ctx, v, [{ x0: r.x0 + st.dx, y0: r.y0 + st.dy, x1: r.x1 + st.dx, y1: r.y1 + st.dy }], st.blocked);
    } else if (st.s === 'marquee') {
      const a = st.start, b = st.end;
      ctx.fillStyle = C.marquee;
      ctx.strokeStyle = C.select;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.fillRect(Math.min(a.sx, b.sx), Math.min(a.sy, b.sy), Math.abs(a.sx - b.sx), Math.abs(a.sy - b.sy));
      ctx.strokeRect(Math.min(a.sx, b.sx) + 0.5, Math.min(a.sy, b.sy) + 0.5, Math.abs(a.sx - b.sx), Math.abs(a.sy - b.sy));
      ctx.setLineDash([]);
    }
  },
};

/** For the test hook: a drag or marquee in progress. */
export const selectBusy = () => st.s !== 'idle';
