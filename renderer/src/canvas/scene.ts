// What the floor plan draws, derived from the document for one hall: racks with their power use,
// tray segments with the cables routed through them, drop points, junctions, aisles, and spatial
// indexes for culling and hit-testing. Each part is rebuilt only when its inputs change.
import { rackRect, type Rect } from '../../../core/geometry/footprint.js';
import type { Cable, Device, DeviceType, Hall, Id, Port, Rack, RowGroup, Tray } from '../../../core/model/entities.js';
import type { DocState, FloorAggregates } from '../store/document.js';
import { GridIndex } from './spatial-index.js';
import { frontDir } from './orientation.js';
import { floorCables, rackPower } from './scene-floor.js';
import { memo1 } from './memo.js';
import { trunkSet } from './trunks.js';

export interface RackItem {
  rack: Rack;
  rect: Rect;
  /** What the devices draw (core/model/power.ts; devices without a figure count 0). */
  powerW: number;
  devices: number;
}

export interface SegItem {
  trayId: Id;
  seg: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  widthMm: number;
  /** Ids of the cables routed through this segment (empty in floor mode: see `count`). */
  cables: Id[];
  /** How many cables are routed through it. */
  count: number;
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

export interface Aisle {
  rect: Rect;
  kind: 'cold' | 'hot';
}

export interface UnroutedLink {
  a: Id;
  b: Id;
  count: number;
}

export interface RowBox {
  id: Id;
  name: string;
  kind: 'row' | 'pod';
  rect: Rect;
  /** Names of its first and last rack (west to east, north to south), shown when rack names are too small. */
  first: string;
  last: string;
}

export interface Scene {
  hall: Hall | null;
  /** Outline of each row or pod around its racks. */
  rowBoxes: RowBox[];
  racks: RackItem[];
  rackIndex: GridIndex;
  rackPos: Map<Id, number>;
  segs: SegItem[];
  segIndex: GridIndex;
  segsByTray: Map<Id, number[]>;
  junctions: { x: number; y: number }[];
  drops: Drop[];
  dropByRack: Map<Id, Drop>;
  aisles: Aisle[];
  unrouted: UnroutedLink[];
  routedCables: number;
  /** Rack of each end of a cable. */
  cableRacks(id: Id): [Id, Id] | null;
  /** Trunks: cables between two panels' rear ports (drawn apart from the other cables in the trays). */
  trunks: ReadonlySet<Id>;
  maxSegCables: number;
}

export const CELL_MM = 4800;

const rackPart = memo1((racksMap: unknown, devicesMap: unknown, typesMap: unknown, hallId: unknown, floorAgg: unknown) => {
  const racks = racksMap as Map<Id, Rack>, devices = devicesMap as Map<Id, Device>, types = typesMap as Map<Id, DeviceType>;
  const power = rackPower(floorAgg as FloorAggregates | null, devices, types);
  const items: RackItem[] = [];
  const index = new GridIndex(CELL_MM, racks.size);
  const pos = new Map<Id, number>();
  for (const r of racks.values()) {
    if (r.hallId !== hallId) continue;
    const rect = rackRect(r);
    const p = power.get(r.id);
    pos.set(r.id, items.length);
    index.insert(items.length, rect);
    items.push({ rack: r, rect, powerW: p?.w ?? 0, devices: p?.n ?? 0 });
  }
  return { items, index, pos, aisles: aislesOf(items, index) };
});

const SIDES = [[1, 'cold'], [-1, 'hot']] as const;

/** Strips in front of (cold) and behind (hot) every rack, reaching to the facing row or 2 tiles. */
function aislesOf(items: RackItem[], index: GridIndex): Aisle[] {
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

const trayPart = memo1((traysMap: unknown, hallId: unknown) => {
  const trays = traysMap as Map<Id, Tray>;
  const segs: SegItem[] = [];
  const index = new GridIndex(CELL_MM);
  const byTray = new Map<Id, number[]>();
  for (const t of trays.values()) {
    if (t.hallId !== hallId) continue;
    const list: number[] = [];
    for (let i = 0; i + 1 < t.points.length; i++) {
      const [x0, y0] = t.points[i]!;
      const [x1, y1] = t.points[i + 1]!;
      const h = t.widthMm / 2;
      index.insert(segs.length, { x0: Math.min(x0, x1) - h, y0: Math.min(y0, y1) - h, x1: Math.max(x0, x1) + h, y1: Math.max(y0, y1) + h });
      list.push(segs.length);
      segs.push({ trayId: t.id, seg: i, x0, y0, x1, y1, widthMm: t.widthMm, cables: [], count: 0 });
    }
    byTray.set(t.id, list);
  }
  return { segs, index, byTray, junctions: junctionsOf(segs, index) };
});

/** Where two trays (or non-adjacent pieces of one tray) meet or cross. */
function junctionsOf(segs: SegItem[], index: GridIndex): { x: number; y: number }[] {
  const seen = new Set<string>();
  const out: { x: number; y: number }[] = [];
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

function meetPoint(a: SegItem, b: SegItem): { x: number; y: number } | null {
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
  const dx = s.x1 - s.x0, dy = s.y1 - s.y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x0) * dx + (py - s.y0) * dy) / len2));
  return { x: s.x0 + t * dx, y: s.y0 + t * dy, t };
}

const portRackPart = memo1((portsMap: unknown, devicesMap: unknown) => {
  const ports = portsMap as Map<Id, Port>, devices = devicesMap as Map<Id, Device>;
  const out = new Map<Id, Id>();
  for (const p of ports.values()) {
    const d = devices.get(p.deviceId);
    if (d) out.set(p.id, d.rackId);
  }
  return out;
});

const cablePart = memo1((cablesMap: unknown, trayP: unknown, portRack: unknown, rackP: unknown, floorAgg: unknown, hallId: unknown) => {
  const { segs, byTray } = trayP as ReturnType<typeof trayPart>;
  if (floorAgg) return floorCables(floorAgg as FloorAggregates, segs, byTray, (rackP as ReturnType<typeof rackPart>).pos, hallId as Id | null);
  const cables = cablesMap as Map<Id, Cable>;
  const pr = portRack as Map<Id, Id>;
  const { pos } = rackP as ReturnType<typeof rackPart>;
  for (const s of segs) s.cables = [];
  const pairs = new Map<string, UnroutedLink>();
  let routed = 0;
  for (const c of cables.values()) {
    if (c.route && c.route.length) {
      let inHall = false;
      for (const step of c.route) {
        const idx = byTray.get(step.trayId)?.[step.seg];
        if (idx !== undefined) {
          segs[idx]!.cables.push(c.id);
          inHall = true;
        }
      }
      if (inHall) routed++;
      continue;
    }
    const a = pr.get(c.aPortId), b = pr.get(c.bPortId);
    if (a === undefined || b === undefined || a === b || !pos.has(a) || !pos.has(b)) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const link = pairs.get(key);
    if (link) link.count++;
    else pairs.set(key, { a: Math.min(a, b), b: Math.max(a, b), count: 1 });
  }
  let max = 0;
  for (const s of segs) {
    s.count = s.cables.length;
    max = Math.max(max, s.count);
  }
  return { unrouted: [...pairs.values()], routed, max };
});

const dropPart = memo1((rackP: unknown, trayP: unknown) => {
  const { items } = rackP as ReturnType<typeof rackPart>;
  const { segs, index, byTray } = trayP as ReturnType<typeof trayPart>;
  const drops: Drop[] = [];
  const byRack = new Map<Id, Drop>();
  if (segs.length === 0) return { drops, byRack };
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
    // closestOnSeg inlined: ~50 candidates a rack, nothing allocated but the drop.
    let best = -1, bestD = Infinity, bx = 0, by = 0;
    for (const i of candidates) {
      const s = segs[i]!;
      const dx = s.x1 - s.x0, dy = s.y1 - s.y0;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x0) * dx + (y - s.y0) * dy) / len2));
      const qx = s.x0 + t * dx, qy = s.y0 + t * dy;
      const d = Math.hypot(qx - x, qy - y);
      if (d < bestD) {
        bestD = d;
        best = i;
        bx = qx;
        by = qy;
      }
    }
    if (best >= 0) {
      const drop: Drop = { rackId: it.rack.id, x, y, px: bx, py: by, trayId: segs[best]!.trayId, chosen };
      drops.push(drop);
      byRack.set(drop.rackId, drop);
    }
  }
  return { drops, byRack };
});

const rowPart = memo1((rowsMap: unknown, rackP: unknown) => {
  const rows = rowsMap as Map<Id, RowGroup>;
  const { items } = rackP as ReturnType<typeof rackPart>;
  const boxes = new Map<Id, RowBox>();
  const key = (r: Rect) => r.x0 * 1e7 + r.y0;
  const ends = new Map<Id, { first: RackItem; last: RackItem }>();
  for (const it of items) {
    const g = it.rack.rowId != null ? rows.get(it.rack.rowId) : undefined;
    if (!g) continue;
    const e = ends.get(g.id);
    if (!e) ends.set(g.id, { first: it, last: it });
    else {
      if (key(it.rect) < key(e.first.rect)) e.first = it;
      if (key(it.rect) > key(e.last.rect)) e.last = it;
    }
    const b = boxes.get(g.id);
    if (!b) boxes.set(g.id, { id: g.id, name: g.name, kind: g.kind, rect: { ...it.rect }, first: '', last: '' });
    else {
      b.rect.x0 = Math.min(b.rect.x0, it.rect.x0);
      b.rect.y0 = Math.min(b.rect.y0, it.rect.y0);
      b.rect.x1 = Math.max(b.rect.x1, it.rect.x1);
      b.rect.y1 = Math.max(b.rect.y1, it.rect.y1);
    }
  }
  for (const [id, b] of boxes) {
    const e = ends.get(id)!;
    b.first = e.first.rack.name;
    b.last = e.last.rack.name;
  }
  return [...boxes.values()];
});

export function buildScene(doc: DocState, hallId: Id | null): Scene {
  const rp = rackPart(doc.rack, doc.device, doc.deviceTypes, hallId, doc.floor);
  const tp = trayPart(doc.tray, hallId);
  const pr = portRackPart(doc.port, doc.device);
  const cp = cablePart(doc.cable, tp, pr, rp, doc.floor, hallId);
  const dp = dropPart(rp, tp);
  const cables = doc.cable;
  return {
    hall: hallId != null ? doc.hall.get(hallId) ?? null : null,
    rowBoxes: rowPart(doc.row, rp),
    racks: rp.items,
    rackIndex: rp.index,
    rackPos: rp.pos,
    segs: tp.segs,
    segIndex: tp.index,
    segsByTray: tp.byTray,
    junctions: tp.junctions,
    drops: dp.drops,
    dropByRack: dp.byRack,
    aisles: rp.aisles,
    unrouted: cp.unrouted,
    routedCables: cp.routed,
    maxSegCables: cp.max,
    trunks: trunkSet(doc.cable, doc.port),
    cableRacks(id) {
      const c = cables.get(id);
      if (!c) return null;
      const a = pr.get(c.aPortId), b = pr.get(c.bPortId);
      return a !== undefined && b !== undefined ? [a, b] : null;
    },
  };
}

/** The rack under a world point, topmost first. */
export function hitRack(scene: Scene, x: number, y: number): RackItem | null {
  const hits = scene.rackIndex.query({ x0: x, y0: y, x1: x, y1: y });
  const i = hits[hits.length - 1];
  return i === undefined ? null : scene.racks[i]!;
}

/** The tray segment within `tolMm` of a world point. */
export function hitTray(scene: Scene, x: number, y: number, tolMm: number): SegItem | null {
  const near = scene.segIndex.query({ x0: x - tolMm, y0: y - tolMm, x1: x + tolMm, y1: y + tolMm });
  let best: SegItem | null = null;
  let bestD = Infinity;
  for (const i of near) {
    const s = scene.segs[i]!;
    const q = closestOnSeg(x, y, s);
    const d = Math.hypot(q.x - x, q.y - y) - s.widthMm / 2;
    if (d <= tolMm && d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}
