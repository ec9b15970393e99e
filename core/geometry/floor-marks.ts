// What the floor plan marks around racks and trays, derived from their geometry alone: the cold
// and hot aisle strips in front of and behind each rack, the junctions where tray runs meet, and
// the point where each rack's cables drop into a tray. The plan computes them (renderer
// canvas/scene.ts) and so does the server for the floor payload (db/floor.ts), which keeps them in
// the project file with the floor: a page opening a large hall draws them without computing them
// (tens of ms of cold code at 32k GPUs), and computes them itself once a rack or tray is edited.
import type { Id, Rack, Tray } from '../model/entities.js';
import { rackRect, type Rect } from './footprint.js';
import { frontDir } from './facing.js';
import { GridIndex } from './grid-index.js';
import { segmentT } from './segment.js';

/** Cell of the plan's spatial indexes (mm): eight 600 mm tiles. */
export const CELL_MM = 4800;

export interface MarkRack {
  rack: Pick<Rack, 'id' | 'xMm' | 'yMm' | 'rotationDeg' | 'dropTrayId'>;
  rect: Rect;
}

export interface MarkSeg {
  trayId: Id;
  seg: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  widthMm: number;
}

export interface Aisle {
  rect: Rect;
  kind: 'cold' | 'hot';
}

export interface Drop {
  rackId: Id;
  x: number;
  y: number;
  /** Point on the tray the rack drops into. */
  px: number;
  py: number;
  trayId: Id;
  chosen: boolean;
}

export interface Junction {
  x: number;
  y: number;
}

/** The marks of one hall as flat number arrays (the floor payload's form). */
export interface HallMarks {
  hallId: Id;
  /** x0, y0, x1, y1, hot (0 cold, 1 hot) per aisle strip, in the order of the hall's racks. */
  aisles: number[];
  /** x, y per junction. */
  junctions: number[];
  /** rackId, px, py, trayId, chosen (0 or 1) per drop point, in the order of the hall's racks (x, y: the rack's centre). */
  drops: number[];
}

/** A hall's tray runs cut into straight segments, with their index (box widened by half the tray). */
export function traySegments<S extends MarkSeg>(trays: Iterable<Tray>, hallId: Id | null, make: (base: MarkSeg) => S) {
  const segs: S[] = [];
  const index = new GridIndex(CELL_MM);
  const byTray = new Map<Id, number[]>();
  for (const t of trays) {
    if (t.hallId !== hallId) continue;
    const list: number[] = [];
    for (let i = 0; i + 1 < t.points.length; i++) {
      const [x0, y0] = t.points[i]!;
      const [x1, y1] = t.points[i + 1]!;
      const h = t.widthMm / 2;
      index.insert(segs.length, { x0: Math.min(x0, x1) - h, y0: Math.min(y0, y1) - h, x1: Math.max(x0, x1) + h, y1: Math.max(y0, y1) + h });
      list.push(segs.length);
      segs.push(make({ trayId: t.id, seg: i, x0, y0, x1, y1, widthMm: t.widthMm }));
    }
    byTray.set(t.id, list);
  }
  return { segs, index, byTray };
}

const SIDES = [[1, 'cold'], [-1, 'hot']] as const;

/** Strips in front of (cold) and behind (hot) every rack, reaching to the facing row or 2 tiles. */
export function aislesOf(items: readonly MarkRack[], index: GridIndex): Aisle[] {
  const out: Aisle[] = [];
  const MAX = 3600, DEFAULT = 1200;
  const near: number[] = [];
  for (const it of items) {
    const f = frontDir(it.rack.rotationDeg);
    for (const [sign, kind] of SIDES) {
      const dx = f.dx * sign, dy = f.dy * sign;
      const r = it.rect;
      // Probe region: the strip of depth MAX on that side.
      const probe: Rect =
        dx > 0 ? { x0: r.x1, y0: r.y0, x1: r.x1 + MAX, y1: r.y1 } :
        dx < 0 ? { x0: r.x0 - MAX, y0: r.y0, x1: r.x0, y1: r.y1 } :
        dy > 0 ? { x0: r.x0, y0: r.y1, x1: r.x1, y1: r.y1 + MAX } :
                 { x0: r.x0, y0: r.y0 - MAX, x1: r.x1, y1: r.y0 };
      near.length = 0;
      index.query(probe, near);
      let depth = DEFAULT;
      for (const j of near) {
        const o = items[j]!.rect;
        if (o === r) continue;
        const lateral = dx !== 0 ? Math.min(o.y1, r.y1) - Math.max(o.y0, r.y0) : Math.min(o.x1, r.x1) - Math.max(o.x0, r.x0);
        if (lateral <= 0) continue;
        let gap = dx > 0 ? o.x0 - r.x1 : dx < 0 ? r.x0 - o.x1 : dy > 0 ? o.y0 - r.y1 : r.y0 - o.y1;
        if (gap <= 0 || gap > MAX) continue;
        // Facing the same way, this rack's front looks at the other's rear: the aisle is half cold,
        // half hot. Facing each other (or back to back) the whole aisle is one kind.
        if (items[j]!.rack.rotationDeg === it.rack.rotationDeg) gap = gap / 2;
        depth = Math.min(depth === DEFAULT ? gap : depth, gap);
      }
      const rect: Rect =
        dx > 0 ? { x0: r.x1, y0: r.y0, x1: r.x1 + depth, y1: r.y1 } :
        dx < 0 ? { x0: r.x0 - depth, y0: r.y0, x1: r.x0, y1: r.y1 } :
        dy > 0 ? { x0: r.x0, y0: r.y1, x1: r.x1, y1: r.y1 + depth } :
                 { x0: r.x0, y0: r.y0 - depth, x1: r.x1, y1: r.y0 };
      out.push({ rect, kind });
    }
  }
  return out;
}

/** Where two trays (or non-adjacent pieces of one tray) meet or cross. */
export function junctionsOf(segs: readonly MarkSeg[], index: GridIndex): Junction[] {
  const seen = new Set<string>();
  const out: Junction[] = [];
  const near: number[] = [];
  segs.forEach((a, i) => {
    near.length = 0;
    index.query(index.rects[i]!, near);
    for (const j of near) {
      if (j <= i) continue;
      const b = segs[j]!;
      if (a.trayId === b.trayId && Math.abs(a.seg - b.seg) <= 1) continue;
      const p = meetPoint(a, b);
      if (!p) continue;
      const key = `${Math.round(p.x / 50)},${Math.round(p.y / 50)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  });
  return out;
}

/** Where two segments meet: their crossing, or an end of one resting on the other (a tee); null when apart. */
export function meetPoint(a: MarkSeg, b: MarkSeg): Junction | null {
  const rx = a.x1 - a.x0, ry = a.y1 - a.y0, sx = b.x1 - b.x0, sy = b.y1 - b.y0;
  const den = rx * sy - ry * sx;
  if (den !== 0) {
    const t = ((b.x0 - a.x0) * sy - (b.y0 - a.y0) * sx) / den;
    const u = ((b.x0 - a.x0) * ry - (b.y0 - a.y0) * rx) / den;
    if (t >= -1e-9 && t <= 1 + 1e-9 && u >= -1e-9 && u <= 1 + 1e-9) return { x: a.x0 + t * rx, y: a.y0 + t * ry };
  }
  // An end of one run resting on the other (within half a tray width): a tee.
  const tol = Math.max(a.widthMm, b.widthMm) / 2;
  for (const [p, s] of [[[a.x0, a.y0], b], [[a.x1, a.y1], b], [[b.x0, b.y0], a], [[b.x1, b.y1], a]] as const) {
    const q = closestOnSeg(p[0], p[1], s);
    if (Math.hypot(q.x - p[0], q.y - p[1]) <= tol) return q;
  }
  return null;
}

export function closestOnSeg(px: number, py: number, s: { x0: number; y0: number; x1: number; y1: number }): { x: number; y: number; t: number } {
  const t = segmentT(px, py, s.x0, s.y0, s.x1, s.y1);
  return { x: s.x0 + t * (s.x1 - s.x0), y: s.y0 + t * (s.y1 - s.y0), t };
}

/** Each rack's drop point: the nearest point of its chosen tray, or of the nearest tray segment. */
export function dropsOf(items: readonly MarkRack[], segs: readonly MarkSeg[], index: GridIndex, byTray: ReadonlyMap<Id, number[]>): Drop[] {
  const drops: Drop[] = [];
  if (segs.length === 0) return drops;
  const near: number[] = [];
  for (const it of items) {
    const x = it.rack.xMm, y = it.rack.yMm;
    let candidates: number[];
    const chosen = it.rack.dropTrayId != null && byTray.has(it.rack.dropTrayId);
    if (chosen) candidates = byTray.get(it.rack.dropTrayId!)!;
    else {
      candidates = [];
      for (let r = CELL_MM; r <= CELL_MM * 8 && candidates.length === 0; r *= 2) {
        near.length = 0;
        candidates = index.query({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }, near);
      }
      if (candidates.length === 0) candidates = segs.map((_, i) => i);
    }
    // closestOnSeg without its object: ~50 candidates a rack, nothing allocated but the drop.
    let best = -1, bestD = Infinity, bx = 0, by = 0;
    for (const i of candidates) {
      const s = segs[i]!;
      const t = segmentT(x, y, s.x0, s.y0, s.x1, s.y1);
      const qx = s.x0 + t * (s.x1 - s.x0), qy = s.y0 + t * (s.y1 - s.y0);
      const d = Math.hypot(qx - x, qy - y);
      if (d < bestD) {
        bestD = d;
        best = i;
        bx = qx;
        by = qy;
      }
    }
    if (best >= 0) drops.push({ rackId: it.rack.id, x, y, px: bx, py: by, trayId: segs[best]!.trayId, chosen });
  }
  return drops;
}

/** A hall's racks with their footprints and index, in the given order. */
export function hallRacks<R extends Rack>(racks: Iterable<R>, hallId: Id | null, capacityHint?: number): { items: { rack: R; rect: Rect }[]; index: GridIndex } {
  const items: { rack: R; rect: Rect }[] = [];
  const index = new GridIndex(CELL_MM, capacityHint);
  for (const rack of racks) {
    if (rack.hallId !== hallId) continue;
    const rect = rackRect(rack);
    index.insert(items.length, rect);
    items.push({ rack, rect });
  }
  return { items, index };
}

/** Every hall's marks, for the floor payload (racks and trays in the payload's order). */
export function floorMarks(halls: readonly { id: Id }[], racks: readonly Rack[], trays: readonly Tray[]): HallMarks[] {
  return halls.map(({ id: hallId }) => {
    const r = hallRacks(racks, hallId);
    const t = traySegments(trays, hallId, (s) => s);
    const aisles: number[] = [];
    for (const a of aislesOf(r.items, r.index)) aisles.push(a.rect.x0, a.rect.y0, a.rect.x1, a.rect.y1, a.kind === 'hot' ? 1 : 0);
    const junctions: number[] = [];
    for (const j of junctionsOf(t.segs, t.index)) junctions.push(j.x, j.y);
    const drops: number[] = [];
    for (const d of dropsOf(r.items, t.segs, t.index, t.byTray)) drops.push(d.rackId, d.px, d.py, d.trayId, d.chosen ? 1 : 0);
    return { hallId, aisles, junctions, drops };
  });
}

export function unpackAisles(m: HallMarks): Aisle[] {
  const out: Aisle[] = [];
  const a = m.aisles;
  for (let i = 0; i + 4 < a.length; i += 5) out.push({ rect: { x0: a[i]!, y0: a[i + 1]!, x1: a[i + 2]!, y1: a[i + 3]! }, kind: a[i + 4] ? 'hot' : 'cold' });
  return out;
}

export function unpackJunctions(m: HallMarks): Junction[] {
  const out: Junction[] = [];
  for (let i = 0; i + 1 < m.junctions.length; i += 2) out.push({ x: m.junctions[i]!, y: m.junctions[i + 1]! });
  return out;
}

/** The drops of `m`; each starts at its rack's centre (`centre`: a rack of the hall by id). */
export function unpackDrops(m: HallMarks, centre: (rackId: Id) => Pick<Rack, 'xMm' | 'yMm'> | undefined): Drop[] {
  const out: Drop[] = [];
  const d = m.drops;
  for (let i = 0; i + 4 < d.length; i += 5) {
    const rack = centre(d[i]!);
    if (rack) out.push({ rackId: d[i]!, x: rack.xMm, y: rack.yMm, px: d[i + 1]!, py: d[i + 2]!, trayId: d[i + 3]!, chosen: d[i + 4] === 1 });
  }
  return out;
}
