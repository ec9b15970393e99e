// The check session's indexes for the physical rules: which racks each CDU serves, and a floor
// grid of rack footprints for the aisle rule's "what is in front of this rack".
import { rackRect, type Rect } from '../geometry/footprint.js';
import type { Patch } from '../model/edits.js';
import type { Id, Rack, Tray } from '../model/entities.js';
import { AISLE_REACH_MM } from './aisle.js';
import type { CheckWorld } from './types.js';

const EMPTY: readonly Id[] = [];
/** Floor grid cell for rack lookups, mm: a few racks per cell, aisles span one or two cells. */
const CELL_MM = 2400;

export class PhysicalIndex {
  private cduRacks = new Map<Id, Id[]>();
  /** Racks by hall, then by floor cell (cellKey). */
  private grid: Map<Id, Map<number, Id[]>> | null = null;

  constructor(private readonly world: CheckWorld) {
    for (const r of world.racks.values()) this.addRack(r);
  }

  /** CDUs and halls of a patch into the world; a hall that changed re-checks what stands in it (floor load, bounds). */
  cdusAndHalls(patch: Patch, dirty: { cdus: Set<Id>; racks: Set<Id>; trays: Set<Id> }): void {
    const w = this.world;
    for (const c of patch.put.cdu ?? []) w.cdus.set(c.id, c);
    for (const id of patch.del.cdu ?? []) w.cdus.delete(id);
    for (const id of [...(patch.put.cdu ?? []).map((c) => c.id), ...(patch.del.cdu ?? [])]) dirty.cdus.add(id);
    for (const h of patch.put.hall ?? []) w.halls.set(h.id, h);
    for (const id of patch.del.hall ?? []) w.halls.delete(id);
    const halls = new Set([...(patch.put.hall ?? []).map((h) => h.id), ...(patch.del.hall ?? [])]);
    if (halls.size === 0) return;
    for (const r of w.racks.values()) if (halls.has(r.hallId)) dirty.racks.add(r.id);
    for (const t of w.trays.values()) if (halls.has(t.hallId)) dirty.trays.add(t.id);
  }

  // ---- CDUs ----

  racksOnCdu(cduId: Id): readonly Id[] {
    return this.cduRacks.get(cduId) ?? EMPTY;
  }

  /**
   * A rack was put (new or changed) or deleted: returns the CDUs whose racks changed, and when it
   * moved, turned or was renamed, the racks near its old and new place (their aisle findings may
   * change: they read its place, facing and name).
   */
  rackChanged(old: Rack | undefined, next: Rack | null): { cdus: Id[]; racks: Id[] } {
    const cdus: Id[] = [];
    if (old?.cduId != null) {
      const list = this.cduRacks.get(old.cduId);
      const i = list?.indexOf(old.id) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
      cdus.push(old.cduId);
    }
    if (next) this.addRack(next);
    if (next?.cduId != null && !cdus.includes(next.cduId)) cdus.push(next.cduId);
    const racks: Id[] = [];
    const placed = !old || !next || placementChanged(old, next);
    if (placed || old.name !== next.name) {
      // the grid follows the rack cell by cell (rebuilding it for the hall cost more than the move)
      if (placed && this.grid) {
        if (old) this.gridRemove(this.grid, old);
        if (next) this.gridAdd(this.grid, next);
      }
      for (const r of [old, next]) if (r) for (const id of this.racksAround(r)) if (!racks.includes(id)) racks.push(id);
    }
    return { cdus, racks };
  }

  private addRack(r: Rack): void {
    if (r.cduId == null) return;
    let list = this.cduRacks.get(r.cduId);
    if (!list) this.cduRacks.set(r.cduId, (list = []));
    if (!list.includes(r.id)) list.push(r.id);
  }

  // ---- floor grid ----

  /** Racks within an aisle's reach of a rack's front or rear. */
  private racksAround(r: Rack): Id[] {
    const f = rackRect(r);
    const m = AISLE_REACH_MM;
    return this.racksNear(r.hallId, { x0: f.x0 - m, y0: f.y0 - m, x1: f.x1 + m, y1: f.y1 + m });
  }

  /** Racks of a hall whose footprints meet `area`. */
  racksNear(hallId: Id, area: Rect): Id[] {
    const cells = (this.grid ??= this.buildGrid()).get(hallId);
    const out: Id[] = [];
    if (!cells) return out;
    for (let cx = Math.floor(area.x0 / CELL_MM); cx <= Math.floor(area.x1 / CELL_MM); cx++) {
      for (let cy = Math.floor(area.y0 / CELL_MM); cy <= Math.floor(area.y1 / CELL_MM); cy++) {
        const list = cells.get(cellKey(cx, cy)) ?? EMPTY;
        for (let i = 0; i < list.length; i++) {
          const id = list[i]!;
          const r = this.world.racks.get(id);
          if (!r || out.includes(id)) continue;
          const f = rackRect(r);
          if (f.x0 < area.x1 && area.x0 < f.x1 && f.y0 < area.y1 && area.y0 < f.y1) out.push(id);
        }
      }
    }
    return out;
  }

  private buildGrid(): Map<Id, Map<number, Id[]>> {
    const grid = new Map<Id, Map<number, Id[]>>();
    for (const r of this.world.racks.values()) this.gridAdd(grid, r);
    return grid;
  }

  private gridAdd(grid: Map<Id, Map<number, Id[]>>, r: Rack): void {
    let cells = grid.get(r.hallId);
    if (!cells) grid.set(r.hallId, (cells = new Map()));
    const hall = cells;
    forCells(r, (k) => {
      const list = hall.get(k);
      if (!list) hall.set(k, [r.id]);
      else if (!list.includes(r.id)) list.push(r.id);
    });
  }

  private gridRemove(grid: Map<Id, Map<number, Id[]>>, r: Rack): void {
    const cells = grid.get(r.hallId);
    if (!cells) return;
    forCells(r, (k) => {
      const list = cells.get(k);
      const i = list ? list.indexOf(r.id) : -1;
      if (i >= 0) list!.splice(i, 1);
    });
  }
}

/** The grid cells a rack's footprint meets (in its hall), by key. */
function forCells(r: Rack, fn: (key: number) => void): void {
  const f = rackRect(r);
  for (let cx = Math.floor(f.x0 / CELL_MM); cx <= Math.floor(f.x1 / CELL_MM); cx++) {
    for (let cy = Math.floor(f.y0 / CELL_MM); cy <= Math.floor(f.y1 / CELL_MM); cy++) fn(cellKey(cx, cy));
  }
}

/**
 * A cell's key within its hall, a number (a "hall:x:y" text per cell was built and hashed at
 * every lookup, and compiled with it). Cells 65,536 apart (157 km) share a key: harmless, as
 * racksNear keeps only the racks whose footprints meet the area.
 */
function cellKey(cx: number, cy: number): number {
  return (cx & 0xffff) * 0x10000 + (cy & 0xffff);
}

/** Whether a rack's footprint or facing changed (what the aisle rule reads). */
export function placementChanged(a: Rack, b: Rack): boolean {
  return a.xMm !== b.xMm || a.yMm !== b.yMm || a.rotationDeg !== b.rotationDeg || a.widthMm !== b.widthMm || a.depthMm !== b.depthMm || a.hallId !== b.hallId;
}

/** Whether two versions of a tray route cables the same (the tray graph reads these fields only). */
export function sameTrayPath(a: Tray, b: Tray): boolean {
  return a.hallId === b.hallId && a.heightMm === b.heightMm && a.widthMm === b.widthMm && JSON.stringify(a.points) === JSON.stringify(b.points);
}
