// The floor plan of one hall (or of a selection of its racks) as a Drawing on A3 landscape at a
// standard engineering scale: tile grid with TIA-606 column letters and row numbers, racks and
// in-row CDUs with their names, cable trays drawn at their real width, a scale bar and a title block.
import type { Hall, Id, Rack } from '../model/entities.js';
import { cduRect, rackRect, type Rect } from '../geometry/footprint.js';
import { columnLetters, rowNumber } from '../geometry/grid.js';
import { fitSize, PAPER_PT, type Drawing, type Shape } from './drawing.js';
import type { ProjectIndex } from './project-index.js';

export interface TitleInfo {
  project: string;
  date: string;
  revision: string;
}

export interface FloorPlanOptions extends TitleInfo {
  /** Racks to show; others in view are drawn grey. Empty: the whole hall. */
  selection?: ReadonlySet<Id>;
}

const PT_PER_MM = 72 / 25.4;
/** Scales a drawing office uses (1:N). */
export const STANDARD_SCALES = [20, 25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750, 1000, 1250, 1500, 2000, 2500, 5000, 10000];

export function chooseScale(extentWmm: number, extentHmm: number, areaWpt: number, areaHpt: number): number {
  const need = Math.max((extentWmm * PT_PER_MM) / areaWpt, (extentHmm * PT_PER_MM) / areaHpt);
  return STANDARD_SCALES.find((s) => s >= need) ?? Math.ceil(need);
}

/** A bar length in metres of 1, 2 or 5 x 10^k that is about `targetM` long. */
export function niceLength(targetM: number): number {
  const p = 10 ** Math.floor(Math.log10(targetM));
  const f = targetM / p;
  return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
}

/** Liang-Barsky: the part of segment (x1,y1)-(x2,y2) inside r, or null. */
export function clipSegment(x1: number, y1: number, x2: number, y2: number, r: Rect): [number, number, number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [[-dx, x1 - r.x0], [dx, r.x1 - x1], [-dy, y1 - r.y0], [dy, r.y1 - y1]] as const) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  return [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  return r.x0 < r.x1 && r.y0 < r.y1 ? r : null;
}

/** The extent to draw: the hall, or the selected racks plus two tiles around, on tile lines. */
export function viewExtent(hall: Hall, racks: readonly Rack[]): Rect {
  const whole = { x0: 0, y0: 0, x1: hall.widthMm, y1: hall.depthMm };
  if (racks.length === 0) return whole;
  const t = hall.tileMm;
  const rs = racks.map(rackRect);
  const box = {
    x0: Math.floor(Math.min(...rs.map((r) => r.x0)) / t - 2) * t,
    y0: Math.floor(Math.min(...rs.map((r) => r.y0)) / t - 2) * t,
    x1: Math.ceil(Math.max(...rs.map((r) => r.x1)) / t + 2) * t,
    y1: Math.ceil(Math.max(...rs.map((r) => r.y1)) / t + 2) * t,
  };
  return intersect(box, whole) ?? whole;
}

/**
 * The side a rack's front faces, as the app's floor plan draws it (renderer/src/canvas/
 * orientation.ts, which should move to core/geometry): 0 deg faces +y, each 90 deg turns it
 * clockwise on the plan (90 -x, 180 -y, 270 +x).
 */
export function frontEdge(r: Rect, rotationDeg: number): [number, number, number, number] {
  switch (rotationDeg) {
    case 90:
      return [r.x0, r.y0, r.x0, r.y1];
    case 180:
      return [r.x0, r.y0, r.x1, r.y0];
    case 270:
      return [r.x1, r.y0, r.x1, r.y1];
    default:
      return [r.x0, r.y1, r.x1, r.y1];
  }
}

export function titleBlock(x: number, y: number, w: number, rows: [string, string][]): Shape[] {
  const rowH = 16;
  const shapes: Shape[] = [{ t: 'rect', x, y, w, h: rowH * rows.length, stroke: '#000', width: 1 }];
  rows.forEach(([k, v], i) => {
    const ry = y + i * rowH;
    if (i > 0) shapes.push({ t: 'line', x1: x, y1: ry, x2: x + w, y2: ry, width: 0.5 });
    shapes.push({ t: 'text', x: x + 4, y: ry + 11, text: k, size: 7, fill: '#555' });
    shapes.push({ t: 'text', x: x + 64, y: ry + 11.5, text: v, size: fitSize(v, w - 70, 9, i === 0), bold: i === 0 });
  });
  shapes.push({ t: 'line', x1: x + 60, y1: y, x2: x + 60, y2: y + rowH * rows.length, width: 0.5 });
  return shapes;
}

export function floorPlanDrawing(index: ProjectIndex, hall: Hall, opts: FloorPlanOptions): Drawing {
  const page = { w: PAPER_PT.a3.h, h: PAPER_PT.a3.w }; // A3 landscape
  const margin = 28;
  const bottom = 96;
  const area = { x: margin + 34, y: margin + 30, w: page.w - 2 * margin - 48, h: page.h - 2 * margin - 30 - bottom - 14 };
  const hallRacks = index.snap.racks.filter((r) => r.hallId === hall.id);
  const selected = opts.selection && opts.selection.size ? hallRacks.filter((r) => opts.selection!.has(r.id)) : [];
  const view = viewExtent(hall, selected);
  const vw = view.x1 - view.x0;
  const vh = view.y1 - view.y0;
  const scale = chooseScale(vw, vh, area.w, area.h);
  const k = PT_PER_MM / scale; // pt per mm of floor
  const ox = area.x + (area.w - vw * k) / 2;
  const oy = area.y;
  const X = (mm: number) => ox + (mm - view.x0) * k;
  const Y = (mm: number) => oy + (mm - view.y0) * k;
  const shapes: Shape[] = [];
  shapes.push({ t: 'rect', x: margin, y: margin, w: page.w - 2 * margin, h: page.h - 2 * margin, stroke: '#000', width: 1.2 });

  // Tile grid with column letters along the top and row numbers down the left.
  const t = hall.tileMm;
  const pitch = t * k;
  const every = Math.max(1, Math.ceil(16 / pitch));
  const c0 = Math.round(view.x0 / t);
  const c1 = Math.round(view.x1 / t);
  const r0 = Math.round(view.y0 / t);
  const r1 = Math.round(view.y1 / t);
  for (let c = c0; c <= c1; c++) {
    const major = c % every === 0;
    shapes.push({ t: 'line', x1: X(c * t), y1: Y(view.y0), x2: X(c * t), y2: Y(view.y1), stroke: major ? '#c8c8c8' : '#e6e6e6', width: 0.3 });
    if (c < c1 && (c - c0) % every === 0) {
      shapes.push({ t: 'text', x: X((c + 0.5) * t), y: Y(view.y0) - 6, text: columnLetters(c), size: Math.min(8, pitch * every * 0.7), anchor: 'middle', fill: '#333' });
    }
  }
  for (let r = r0; r <= r1; r++) {
    shapes.push({ t: 'line', x1: X(view.x0), y1: Y(r * t), x2: X(view.x1), y2: Y(r * t), stroke: r % every === 0 ? '#c8c8c8' : '#e6e6e6', width: 0.3 });
    if (r < r1 && (r - r0) % every === 0) {
      shapes.push({ t: 'text', x: X(view.x0) - 5, y: Y((r + 0.5) * t) + 3, text: rowNumber(r), size: Math.min(8, pitch * every * 0.7), anchor: 'end', fill: '#333' });
    }
  }
  // Hall walls (where they are in view).
  const walls: [number, number, number, number][] = [
    [0, 0, hall.widthMm, 0],
    [hall.widthMm, 0, hall.widthMm, hall.depthMm],
    [0, hall.depthMm, hall.widthMm, hall.depthMm],
    [0, 0, 0, hall.depthMm],
  ];
  for (const [a, b, c, d] of walls) {
    const s = clipSegment(a, b, c, d, view);
    if (s && (s[0] !== s[2] || s[1] !== s[3])) shapes.push({ t: 'line', x1: X(s[0]), y1: Y(s[1]), x2: X(s[2]), y2: Y(s[3]), stroke: '#000', width: 2 });
  }

  // Trays under the racks, at their real width; their names are written after the racks (below).
  const trayLabels: Shape[] = [];
  for (const tray of index.snap.trays.filter((tr) => tr.hallId === hall.id)) {
    const w = Math.max(1, tray.widthMm * k);
    let labelled = false;
    for (let i = 0; i + 1 < tray.points.length; i++) {
      const [ax, ay] = tray.points[i]!;
      const [bx, by] = tray.points[i + 1]!;
      const s = clipSegment(ax, ay, bx, by, view);
      if (!s) continue;
      shapes.push({ t: 'line', x1: X(s[0]), y1: Y(s[1]), x2: X(s[2]), y2: Y(s[3]), stroke: '#f0a030', width: w, opacity: 0.55 });
      if (labelled) continue;
      labelled = true;
      const vertical = Math.abs(s[3] - s[1]) > Math.abs(s[2] - s[0]);
      // Beside the tray: vertical runs at their middle, horizontal ones from their start (rack
      // rows usually stand along the middle).
      trayLabels.push(
        vertical
          ? { t: 'text', x: X(s[0]) - w / 2 - 2, y: Y((s[1] + s[3]) / 2), text: tray.name, size: 6.5, fill: '#a0600a', anchor: 'middle', rotate: -90 }
          : { t: 'text', x: X(Math.min(s[0], s[2])) + 2, y: Y(s[1]) - w / 2 - 2, text: tray.name, size: 6.5, fill: '#a0600a' },
      );
    }
  }

  // Racks with their names; outside a selection they are grey.
  for (const rack of hallRacks) {
    const rr = intersect(rackRect(rack), view);
    if (!rr) continue;
    const active = selected.length === 0 || opts.selection!.has(rack.id);
    const x = X(rr.x0);
    const y = Y(rr.y0);
    const w = (rr.x1 - rr.x0) * k;
    const h = (rr.y1 - rr.y0) * k;
    shapes.push({ t: 'rect', x, y, w, h, fill: active ? '#dbe9f6' : '#f0f0f0', stroke: active ? '#1d4f91' : '#aaaaaa', width: active ? 0.8 : 0.5 });
    const fe = clipSegment(...frontEdge(rackRect(rack), rack.rotationDeg), view);
    if (fe) shapes.push({ t: 'line', x1: X(fe[0]), y1: Y(fe[1]), x2: X(fe[2]), y2: Y(fe[3]), stroke: active ? '#0d2a50' : '#888888', width: 2 });
    const name = boxName(rack.name, x, y, w, h, active ? '#0d2a50' : '#888', active);
    if (name) shapes.push(name);
  }

  // In-row CDUs stand on the floor as racks do (core/model/cdu.ts): their footprints, named.
  let cdus = 0;
  for (const cdu of index.snap.cdus ?? []) {
    const cr = cdu.hallId === hall.id ? cduRect(cdu) : null;
    const rr = cr && intersect(cr, view);
    if (!rr) continue;
    cdus++;
    const x = X(rr.x0);
    const y = Y(rr.y0);
    const w = (rr.x1 - rr.x0) * k;
    const h = (rr.y1 - rr.y0) * k;
    shapes.push({ t: 'rect', x, y, w, h, fill: CDU_FILL, stroke: CDU_EDGE, width: 0.8 });
    const name = boxName(cdu.name, x, y, w, h, CDU_EDGE, true);
    if (name) shapes.push(name);
  }

  shapes.push(...trayLabels);

  // Scale bar, bottom left: a round length in 4 or 5 alternating divisions.
  const barM = niceLength((200 / k) / 1000);
  const divisions = String(barM).startsWith('2') ? 4 : 5;
  const barPt = barM * 1000 * k;
  const bx = margin + 20;
  const by = page.h - margin - 50;
  for (let i = 0; i < divisions; i++) {
    shapes.push({ t: 'rect', x: bx + (i * barPt) / divisions, y: by, w: barPt / divisions, h: 6, fill: i % 2 ? '#ffffff' : '#000000', stroke: '#000', width: 0.6 });
    shapes.push({ t: 'text', x: bx + (i * barPt) / divisions, y: by + 16, text: fmt((i * barM) / divisions), size: 7, anchor: 'middle' });
  }
  shapes.push({ t: 'text', x: bx + barPt, y: by + 16, text: `${fmt(barM)} m`, size: 7, anchor: 'middle' });
  shapes.push({ t: 'text', x: bx, y: by - 6, text: `Scale 1:${scale} on A3 · grid ${t} mm tiles`, size: 8 });

  // Legend.
  const lx = bx + barPt + 60;
  shapes.push({ t: 'rect', x: lx, y: by - 4, w: 14, h: 10, fill: '#dbe9f6', stroke: '#1d4f91', width: 0.8 });
  shapes.push({ t: 'line', x1: lx, y1: by + 6, x2: lx + 14, y2: by + 6, stroke: '#0d2a50', width: 2 });
  shapes.push({ t: 'text', x: lx + 18, y: by + 4, text: 'rack (name), thick edge = front', size: 7 });
  shapes.push({ t: 'line', x1: lx + 130, y1: by + 1, x2: lx + 150, y2: by + 1, stroke: '#f0a030', width: 6, opacity: 0.55 });
  shapes.push({ t: 'text', x: lx + 154, y: by + 4, text: 'cable tray (to width)', size: 7 });
  if (cdus) {
    shapes.push({ t: 'rect', x: lx + 240, y: by - 4, w: 14, h: 10, fill: CDU_FILL, stroke: CDU_EDGE, width: 0.8 });
    shapes.push({ t: 'text', x: lx + 258, y: by + 4, text: 'in-row CDU (coolant distribution unit)', size: 7 });
  }

  const what = selected.length ? `Floor plan, ${selected.length} of ${hallRacks.length} racks` : `Floor plan, ${hallRacks.length} racks`;
  shapes.push(
    ...titleBlock(page.w - margin - 270, page.h - margin - 96, 270, [
      ['Project', opts.project],
      ['Drawing', what],
      ['Hall', `${hall.name} (${fmt(hall.widthMm / 1000)} x ${fmt(hall.depthMm / 1000)} m)`],
      ['Scale', `1:${scale} (A3)`],
      ['Date', opts.date],
      ['Revision', opts.revision],
    ]),
  );
  return { title: `${opts.project} - ${hall.name} - floor plan`, widthPt: page.w, heightPt: page.h, shapes };
}

const CDU_FILL = '#cffafe';
const CDU_EDGE = '#0e7490';

/** A rack's or CDU's name inside its box (page points), along its long side; null where too small. */
function boxName(text: string, x: number, y: number, w: number, h: number, fill: string, bold: boolean): Shape | null {
  const upright = h > w * 1.3;
  const along = upright ? h : w;
  const across = upright ? w : h;
  const size = Math.min(fitSize(text, along * 0.9, 14, true), across * 0.7, 9 + across / 20);
  if (size < 2.5) return null;
  const cx = x + w / 2;
  const cy = y + h / 2;
  return upright
    ? { t: 'text', x: cx + size * 0.35, y: cy, text, size, anchor: 'middle', bold, fill, rotate: -90 }
    : { t: 'text', x: cx, y: cy + size * 0.35, text, size, anchor: 'middle', bold, fill };
}

function fmt(m: number): string {
  return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}
