// What the floor plan needs to draw a hall, without its devices, ports and cables: the compact
// first payload of `project.floor` (the full model is fetched per rack, per cable or whole, on
// demand). Rows of many similar objects travel as columns (one array of keys, one array of value
// arrays), and the per-tray-segment bundle counts as parallel number arrays, so a 100k-cable hall
// opens with a few hundred kB instead of a 60 MB snapshot.
import type { Cdu, DeviceType, Hall, Id, Media, PowerFeed, ProjectSettings, Rack, RouteStep, RowGroup, Tray } from './entities.js';
import type { HallMarks } from '../geometry/floor-marks.js';

/** Objects of one shape as columns. Keys in `opt` are left out of an object when it lacks them. */
export interface Columns {
  cols: string[];
  opt: string[];
  rows: unknown[][];
}

export interface FloorPayload {
  schemaVersion: number;
  halls: Hall[];
  rows: RowGroup[];
  racks: Columns;
  trays: Tray[];
  /** Each hall's aisles, tray junctions and drop points (core/geometry/floor-marks.ts), so the page need not compute them. */
  marks: HallMarks[];
  feeds: PowerFeed[];
  cdus: Cdu[];
  deviceTypes: DeviceType[];
  media: Media[];
  settings: ProjectSettings;
  /** How many devices of each type each rack holds (the rack's power is derived from the types). */
  rackDevices: { rackId: Id[]; typeId: Id[]; count: number[] };
  /** Cables routed through each tray segment. */
  bundles: { trayId: Id[]; seg: number[]; count: number[] };
  /** Routed cables with a step on a tray of the hall. */
  routedByHall: { hallId: Id[]; count: number[] };
  /** Cables over no tray, per rack pair (a <= b): not routed yet between two racks, or with both
   * ends in one rack (a = b; a hall's cable count includes them, the plan draws no line). */
  unrouted: { a: Id[]; b: Id[]; count: number[] };
  counts: { devices: number; ports: number; cables: number };
}

/**
 * The payload's counts alone (`project.floorCounts`): what an edit of devices or cables changes
 * in the floor plan, re-asked after such an edit in floor mode instead of the whole payload.
 */
export type FloorCounts = Pick<FloorPayload, 'rackDevices' | 'bundles' | 'routedByHall' | 'unrouted' | 'counts'>;

/** Devices, ports and cables sent on demand (`project.detail`). */
export interface FloorDetail<D, P, C> {
  devices: D[];
  ports: P[];
  cables: C[];
}

export function packColumns<T extends object>(items: readonly T[]): Columns {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    for (const k of Object.keys(it)) {
      if (seen.has(k)) continue;
      seen.add(k);
      cols.push(k);
    }
  }
  const opt = cols.filter((k) => items.some((it) => !Object.prototype.hasOwnProperty.call(it, k)));
  const isOpt = new Set(opt);
  const rows = items.map((it) => {
    const o = it as Record<string, unknown>;
    // An optional key the object lacks travels as null; one present with null cannot then be told
    // apart, so it is refused rather than silently changed.
    return cols.map((k) => {
      if (isOpt.has(k) && o[k] === null && k in o) throw new Error(`packColumns: optional key "${k}" is null in one object and absent in another`);
      return o[k] === undefined ? null : o[k];
    });
  });
  return { cols, opt, rows };
}

export function unpackColumns<T>(c: Columns): T[] {
  const isOpt = c.cols.map((k) => c.opt.includes(k));
  return c.rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < c.cols.length; i++) {
      const v = row[i];
      if (isOpt[i] && v === null) continue;
      o[c.cols[i]!] = v;
    }
    return o as T;
  });
}

/** Packs `racks` for the payload; the inverse is `floorRacks`. */
export const packRacks = (racks: readonly Rack[]): Columns => packColumns(racks);
export const floorRacks = (p: FloorPayload): Rack[] => unpackColumns<Rack>(p.racks);

/**
 * Bundle counts and routed cables per hall from the distinct routes of a project and how many
 * cables take each (generated halls share a few hundred routes among 100k cables).
 */
/**
 * What one cable's route counts for on the floor: each step's tray segment (the bundle drawn
 * there), and each hall the route passes, once. The one rule for the payload (bundleCounts) and
 * for the page's own recount after an edit (renderer store/floor-counts.ts).
 */
export function routeCounts(steps: readonly RouteStep[], hallOf: (trayId: Id) => Id | undefined, seg: (key: string, trayId: Id, seg: number) => void, hall: (hallId: Id) => void, halls = new Set<Id>()): void {
  halls.clear();
  for (const s of steps) {
    seg(`${s.trayId}:${s.seg}`, s.trayId, s.seg);
    const h = hallOf(s.trayId);
    if (h !== undefined) halls.add(h);
  }
  for (const h of halls) hall(h);
}

export function bundleCounts(
  routes: Iterable<[RouteStep[], number]>,
  trays: readonly Pick<Tray, 'id' | 'hallId'>[],
): Pick<FloorPayload, 'bundles' | 'routedByHall'> {
  const hallOf = new Map(trays.map((t) => [t.id, t.hallId]));
  const perSeg = new Map<string, { trayId: Id; seg: number; count: number }>();
  const perHall = new Map<Id, number>();
  const halls = new Set<Id>();
  const trayHall = (t: Id) => hallOf.get(t);
  for (const [steps, n] of routes) {
    routeCounts(
      steps,
      trayHall,
      (key, trayId, seg) => {
        const b = perSeg.get(key);
        if (b) b.count += n;
        else perSeg.set(key, { trayId, seg, count: n });
      },
      (h) => perHall.set(h, (perHall.get(h) ?? 0) + n),
      halls,
    );
  }
  const segs = [...perSeg.values()];
  return {
    bundles: { trayId: segs.map((s) => s.trayId), seg: segs.map((s) => s.seg), count: segs.map((s) => s.count) },
    routedByHall: { hallId: [...perHall.keys()], count: [...perHall.values()] },
  };
}
