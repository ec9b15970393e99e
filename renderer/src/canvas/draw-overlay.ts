// Selection, hover and panel highlights (checks, audit, a cable's route), drawn above the plan.
import type { Id } from '../../../core/model/entities.js';
import type { DocState } from '../store/document.js';
import type { Highlight, Ref, UiState } from '../store/ui.js';
import { C } from './colors.js';
import type { View } from './draw.js';
import type { Scene } from './scene.js';

type Mark = { kind: Highlight['kind'] | Ref['kind']; id: Id; color: string; width: number };

function outlineRack(ctx: CanvasRenderingContext2D, scene: Scene, v: View, id: Id, pad: number): boolean {
  const i = scene.rackPos.get(id);
  if (i === undefined) return false;
  const r = scene.racks[i]!.rect, s = v.cam.scale;
  ctx.rect(r.x0 * s + v.cam.x - pad, r.y0 * s + v.cam.y - pad, (r.x1 - r.x0) * s + 2 * pad, (r.y1 - r.y0) * s + 2 * pad);
  return true;
}

function traceTray(ctx: CanvasRenderingContext2D, scene: Scene, v: View, id: Id): void {
  const s = v.cam.scale;
  for (const i of scene.segsByTray.get(id) ?? []) {
    const g = scene.segs[i]!;
    ctx.moveTo(g.x0 * s + v.cam.x, g.y0 * s + v.cam.y);
    ctx.lineTo(g.x1 * s + v.cam.x, g.y1 * s + v.cam.y);
  }
}

/** A cable's path: rack A, its drop, the tray segments of its route, the other drop, rack B. */
function traceCable(ctx: CanvasRenderingContext2D, scene: Scene, doc: DocState, v: View, id: Id): void {
  const c = doc.cable.get(id);
  const racks = scene.cableRacks(id);
  if (!c || !racks) return;
  const s = v.cam.scale;
  const P = (x: number, y: number) => [x * s + v.cam.x, y * s + v.cam.y] as const;
  if (c.route && c.route.length) {
    // each segment from where the cable enters it to where it leaves, as its strands are drawn
    const spans = scene.spans.cable(c);
    c.route.forEach((step, k) => {
      const i = scene.segsByTray.get(step.trayId)?.[step.seg];
      const g = i === undefined ? undefined : scene.segs[i];
      if (!g) return;
      const t0 = spans ? spans[2 * k]! : 0, t1 = spans ? spans[2 * k + 1]! : 1;
      ctx.moveTo(...P(g.x0 + (g.x1 - g.x0) * t0, g.y0 + (g.y1 - g.y0) * t0));
      ctx.lineTo(...P(g.x0 + (g.x1 - g.x0) * t1, g.y0 + (g.y1 - g.y0) * t1));
    });
    for (const rid of racks) {
      const d = scene.dropByRack.get(rid);
      if (!d) continue;
      ctx.moveTo(...P(d.x, d.y));
      ctx.lineTo(...P(d.px, d.py));
    }
  } else {
    const a = scene.racks[scene.rackPos.get(racks[0]) ?? -1]?.rack, b = scene.racks[scene.rackPos.get(racks[1]) ?? -1]?.rack;
    if (a && b) {
      ctx.moveTo(...P(a.xMm, a.yMm));
      ctx.lineTo(...P(b.xMm, b.yMm));
    }
  }
}

export function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, doc: DocState, v: View, marks: Mark[]): void {
  // Devices and ports are drawn as their rack's outline: an audit marks several in one rack, and
  // one outline per rack and colour is enough.
  const outlined = new Set<string>();
  const outlineOnce = (rackId: Id, m: Mark) => {
    const key = `${rackId} ${m.color} ${m.width}`;
    if (outlined.has(key)) return;
    outlined.add(key);
    outlineRack(ctx, scene, v, rackId, m.width);
  };
  for (const m of marks) {
    ctx.beginPath();
    if (m.kind === 'rack') outlineRack(ctx, scene, v, m.id, m.width);
    else if (m.kind === 'device') {
      const d = doc.device.get(m.id);
      if (d) outlineOnce(d.rackId, m);
    } else if (m.kind === 'port') {
      const p = doc.port.get(m.id);
      const d = p ? doc.device.get(p.deviceId) : undefined;
      if (d) outlineOnce(d.rackId, m);
    } else if (m.kind === 'tray') traceTray(ctx, scene, v, m.id);
    else if (m.kind === 'cable') traceCable(ctx, scene, doc, v, m.id);
    else if (m.kind === 'cdu') {
      const r = scene.cdus.find((c) => c.cdu.id === m.id)?.rect;
      if (r) ctx.rect(r.x0 * v.cam.scale + v.cam.x, r.y0 * v.cam.scale + v.cam.y, (r.x1 - r.x0) * v.cam.scale, (r.y1 - r.y0) * v.cam.scale);
    } else if (m.kind === 'row') for (const it of scene.racks) if (it.rack.rowId === m.id) outlineRack(ctx, scene, v, it.rack.id, m.width);
    ctx.lineWidth = m.kind === 'tray' ? Math.max(4, 0.3 * v.cam.scale * 1000) : m.kind === 'cable' ? 3 : m.width;
    ctx.strokeStyle = m.color;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.stroke();
  }
}

/**
 * Whether the overlay draws nothing: no selection, hover, highlight or half-drawn cable, and the
 * select or pan tool idle (the select tool's other marks are handles of selected trays). A blank
 * overlay is not redrawn when the camera moves.
 */
export function blankOverlay(ui: Pick<UiState, 'selection' | 'hover' | 'cableStart' | 'tool' | 'highlights'>, selectBusy: boolean): boolean {
  return ui.selection.length === 0 && !ui.hover && ui.cableStart == null && (ui.tool === 'select' || ui.tool === 'pan') && !selectBusy && Object.values(ui.highlights).every((l) => l.length === 0);
}

export function overlayMarks(selection: Ref[], hover: Ref | null, highlights: Record<string, Highlight[]>): Mark[] {
  const out: Mark[] = [];
  for (const list of Object.values(highlights)) for (const h of list) out.push({ kind: h.kind, id: h.id, color: h.color, width: 3 });
  if (hover && !selection.some((r) => r.kind === hover.kind && r.id === hover.id)) out.push({ ...hover, color: C.hover, width: 1.5 });
  for (const r of selection) out.push({ ...r, color: C.select, width: 2 });
  return out;
}

/** A cable begun in an elevation and not finished: its rack ringed, a dashed line to the cursor. */
export function drawCableStart(ctx: CanvasRenderingContext2D, scene: Scene, doc: DocState, v: View, portId: Id, cursor: { x: number; y: number } | null): void {
  const p = doc.port.get(portId);
  const d = p ? doc.device.get(p.deviceId) : undefined;
  const i = d ? scene.rackPos.get(d.rackId) : undefined;
  if (i === undefined) return;
  const rack = scene.racks[i]!.rack, s = v.cam.scale;
  ctx.beginPath();
  outlineRack(ctx, scene, v, rack.id, 4);
  ctx.setLineDash([5, 3]);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#f59e0b';
  ctx.stroke();
  if (cursor) {
    ctx.beginPath();
    ctx.moveTo(rack.xMm * s + v.cam.x, rack.yMm * s + v.cam.y);
    ctx.lineTo(cursor.x * s + v.cam.x, cursor.y * s + v.cam.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
