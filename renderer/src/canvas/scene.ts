// What the floor plan draws, derived from the document for one hall: racks with their power use,
// tray segments with the cables routed through them, drop points, junctions, aisles, and spatial
// indexes for culling and hit-testing. Each part is rebuilt only when its inputs change.
import type { Rect } from '../../../core/geometry/footprint.js';
import type { Cable, Cdu, Device, DeviceType, Hall, Id, Port, Rack, RowGroup, Tray } from '../../../core/model/entities.js';
import type { GridIndex } from '../../../core/geometry/grid-index.js';
import {
  aislesOf, closestOnSeg, dropsOf, hallRacks, junctionsOf, traySegments, unpackAisles, unpackDrops, unpackJunctions,
  type Aisle, type Drop, type HallMarks, type Junction, type MarkSeg,
} from '../../../core/geometry/floor-marks.js';
import type { DocState, FloorAggregates } from '../store/document.js';
import { floorCables, rackPower } from './scene-floor.js';
import { memo1 } from './memo.js';
import { trunkSet } from './trunks.js';
import { StrandSpans } from './strand-spans.js';
import { hallCdus, type CduItem } from './draw-cdus.js';

export interface RackItem {
  rack: Rack;
  rect: Rect;
  /** What the devices draw (core/model/power.ts; devices without a figure count 0). */
  powerW: number;
  devices: number;
}

/** A straight piece of a tray run (core/geometry/floor-marks.ts) with the cables drawn along it. */
export interface SegItem extends MarkSeg {
  /** Ids of the cables routed through this segment (empty in floor mode: see `count`). */
  cables: Id[];
  /** How many cables are routed through it. */
  count: number;
}

export type { Aisle, Drop };

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
  /** In-row CDUs that stand on the floor. */
  cdus: CduItem[];
  rackPos: Map<Id, number>;
  segs: SegItem[];
  segIndex: GridIndex;
  segsByTray: Map<Id, number[]>;
  junctions: Junction[];
  drops: Drop[];
  dropByRack: Map<Id, Drop>;
  aisles: Aisle[];
  unrouted: UnroutedLink[];
  routedCables: number;
  /** Rack of each end of a cable. */
  cableRacks(id: Id): [Id, Id] | null;
  /** Trunks: cables between two panels' rear ports (drawn apart from the other cables in the trays). */
  trunks: ReadonlySet<Id>;
  /** The stretch of each segment each of its cables runs along (drop to tee, not the whole segment). */
  spans: StrandSpans;
  maxSegCables: number;
}

// `marks` (the floor payload's, for this hall) stand for aislesOf / junctionsOf / dropsOf while the
// racks and trays are the ones the payload came with (floorMarksOf): the same rule computed by the server.
const rackPart = memo1((racksMap: unknown, devicesMap: unknown, typesMap: unknown, hallId: unknown, floorAgg: unknown, marks: unknown) => {
  const racks = racksMap as Map<Id, Rack>, devices = devicesMap as Map<Id, Device>, types = typesMap as Map<Id, DeviceType>;
  const power = rackPower(floorAgg as FloorAggregates | null, devices, types);
  const { items: placed, index } = hallRacks(racks.values(), hallId as Id | null, racks.size);
  const pos = new Map<Id, number>();
  const items: RackItem[] = placed.map(({ rack, rect }, i) => {
    const p = power.get(rack.id);
    pos.set(rack.id, i);
    return { rack, rect, powerW: p?.w ?? 0, devices: p?.n ?? 0 };
  });
  const m = marks as HallMarks | undefined;
  return { items, index, pos, aisles: m ? unpackAisles(m) : aislesOf(items, index) };
});

const cduPart = memo1((cdus: unknown, hallId: unknown) => hallCdus(cdus as Map<Id, Cdu>, hallId as Id | null));

const trayPart = memo1((traysMap: unknown, hallId: unknown, marks: unknown) => {
  const { segs, index, byTray } = traySegments((traysMap as Map<Id, Tray>).values(), hallId as Id | null, (s): SegItem => ({ ...s, cables: [], count: 0 }));
  const m = marks as HallMarks | undefined;
  return { segs, index, byTray, junctions: m ? unpackJunctions(m) : junctionsOf(segs, index) };
});

export { closestOnSeg };

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

const dropPart = memo1((rackP: unknown, trayP: unknown, marks: unknown) => {
  const { items, pos } = rackP as ReturnType<typeof rackPart>;
  const { segs, index, byTray } = trayP as ReturnType<typeof trayPart>;
  const m = marks as HallMarks | undefined;
  const at = (rackId: Id) => {
    const i = pos.get(rackId);
    return i === undefined ? undefined : items[i]!.rack;
  };
  const drops = m ? unpackDrops(m, at) : dropsOf(items, segs, index, byTray);
  const byRack = new Map<Id, Drop>();
  for (const d of drops) byRack.set(d.rackId, d);
  return { drops, byRack };
});

// (read lazily, at the draw: by then cablePart has filled the segments' cable lists; a new
// cable map, trays, ports or drops make a new one, so no stretch outlives the list it was made for)
const spanPart = memo1(
  (cablesMap: unknown, trayP: unknown, portRack: unknown, dropP: unknown) => {
    const { segs, byTray } = trayP as ReturnType<typeof trayPart>;
    return new StrandSpans(segs, byTray, cablesMap as Map<Id, Cable>, portRack as Map<Id, Id>, (dropP as ReturnType<typeof dropPart>).byRack);
  },
);

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
  const marks = floorMarksOf(doc, hallId);
  const rp = rackPart(doc.rack, doc.device, doc.deviceTypes, hallId, doc.floor, marks);
  const tp = trayPart(doc.tray, hallId, marks);
  const pr = portRackPart(doc.port, doc.device);
  const cp = cablePart(doc.cable, tp, pr, rp, doc.floor, hallId);
  const dp = dropPart(rp, tp, marks);
  const cables = doc.cable;
  return {
    hall: hallId != null ? doc.hall.get(hallId) ?? null : null,
    rowBoxes: rowPart(doc.row, rp),
    racks: rp.items,
    rackIndex: rp.index,
    cdus: cduPart(doc.cdu, hallId),
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
    spans: spanPart(doc.cable, tp, pr, dp),
    cableRacks(id) {
      const c = cables.get(id);
      if (!c) return null;
      const a = pr.get(c.aPortId), b = pr.get(c.bPortId);
      return a !== undefined && b !== undefined ? [a, b] : null;
    },
  };
}

/** The payload's marks of the hall, while its racks and trays are still the ones it came with. */
function floorMarksOf(doc: DocState, hallId: Id | null): HallMarks | undefined {
  const m = doc.floorMarks;
  if (!m || m.rack !== doc.rack || m.tray !== doc.tray) return undefined;
  return m.halls.find((h) => h.hallId === hallId);
}

/** The rack under a world point, topmost first. */
export function hitRack(scene: Scene, x: number, y: number): RackItem | null {
  const hits = scene.rackIndex.query({ x0: x, y0: y, x1: x, y1: y });
  const i = hits[hits.length - 1];
  return i === undefined ? null : scene.racks[i]!;
}

/** The CDU standing under a world point (CDUs never overlap racks or each other). */
export function hitCdu(scene: Scene, x: number, y: number): CduItem | null {
  return scene.cdus.find(({ rect: r }) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1) ?? null;
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
