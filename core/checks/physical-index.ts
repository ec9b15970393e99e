// The check session's indexes for the physical rules: which racks each CDU serves, the cable
// weight on every tray segment (kg/m, kept like tray fill as cables are routed and re-routed), and
// a floor grid of rack footprints for the aisle rule's "what is in front of this rack".
import { rackRect, type Rect } from '../geometry/footprint.js';
import type { Cable, Id, Rack } from '../model/entities.js';
import { cableKgPerM } from '../model/physical.js';
import type { LinkParts } from '../routing/link.js';
import type { CableRoute } from '../routing/router.js';
import type { CheckWorld } from './types.js';

const EMPTY: readonly Id[] = [];
/** Floor grid cell for rack lookups, mm: a few racks per cell, aisles span one or two cells. */
const CELL_MM = 2400;

export class PhysicalIndex {
  private cduRacks = new Map<Id, Id[]>();
  private trayKg = new Map<Id, Float64Array>();
  /** kg/m each routed cable added to its segments, so removal subtracts the same. */
  private cableKg = new Map<Id, number>();
  private grid: Map<string, Id[]> | null = null;

  constructor(private readonly world: CheckWorld) {
    for (const r of world.racks.values()) this.addRack(r);
    for (const t of world.trays.keys()) this.resetTray(t);
  }

  // ---- CDUs ----

  racksOnCdu(cduId: Id): readonly Id[] {
    return this.cduRacks.get(cduId) ?? EMPTY;
  }

  /** A rack was put (new or changed) or deleted: returns the CDUs whose racks changed. */
  rackChanged(old: Rack | undefined, next: Rack | null): Id[] {
    const cdus: Id[] = [];
    if (old?.cduId != null) {
      const list = this.cduRacks.get(old.cduId);
      const i = list?.indexOf(old.id) ?? -1;
      if (list && i >= 0) list.splice(i, 1);
      cdus.push(old.cduId);
    }
    if (next) this.addRack(next);
    if (next?.cduId != null && !cdus.includes(next.cduId)) cdus.push(next.cduId);
    if (!old || !next || placementChanged(old, next)) this.grid = null;
    return cdus;
  }

  private addRack(r: Rack): void {
    if (r.cduId == null) return;
    let list = this.cduRacks.get(r.cduId);
    if (!list) this.cduRacks.set(r.cduId, (list = []));
    if (!list.includes(r.id)) list.push(r.id);
  }

  // ---- tray load ----

  trayLoadKgPerM(trayId: Id): Float64Array | undefined {
    return this.trayKg.get(trayId);
  }

  resetTray(trayId: Id): void {
    const t = this.world.trays.get(trayId);
    if (!t) this.trayKg.delete(trayId);
    else this.trayKg.set(trayId, new Float64Array(Math.max(0, t.points.length - 1)));
  }

  /** After the trays changed: every tray starts empty and every cable is routed again. */
  resetTrays(): void {
    this.trayKg.clear();
    this.cableKg.clear();
    for (const t of this.world.trays.keys()) this.resetTray(t);
  }

  cableRouted(cable: Pick<Cable, 'id' | 'assemblyId' | 'leg'>, route: CableRoute, parts: LinkParts): void {
    if (!route.route || route.route.length === 0) return;
    const cableId = cable.id;
    // the legs of one assembly (a multi-leg trunk, a harness) are one cable: leg 1 carries its weight
    const kg = cable.assemblyId != null && cable.leg != null && cable.leg !== 1 ? 0 : cableKgPerM(parts.cable, !!(parts.opticA || parts.opticB));
    this.addKg(route, kg);
    this.cableKg.set(cableId, kg);
  }

  /** Before a cable is re-routed or deleted: takes its weight off its old segments. */
  cableUnrouted(cableId: Id, route: CableRoute | undefined): void {
    const kg = this.cableKg.get(cableId);
    if (kg === undefined) return;
    this.cableKg.delete(cableId);
    if (route) this.addKg(route, -kg);
  }

  private addKg(route: CableRoute, kg: number): void {
    for (const s of route.route ?? EMPTY_STEPS) {
      const a = this.trayKg.get(s.trayId);
      if (a && s.seg < a.length) a[s.seg]! += kg;
    }
  }

  // ---- floor grid ----

  /** Racks of a hall whose footprints meet `area`. */
  racksNear(hallId: Id, area: Rect): Id[] {
    const grid = (this.grid ??= this.buildGrid());
    const out: Id[] = [];
    for (let cx = Math.floor(area.x0 / CELL_MM); cx <= Math.floor(area.x1 / CELL_MM); cx++) {
      for (let cy = Math.floor(area.y0 / CELL_MM); cy <= Math.floor(area.y1 / CELL_MM); cy++) {
        for (const id of grid.get(`${hallId}:${cx}:${cy}`) ?? EMPTY) {
          const r = this.world.racks.get(id);
          if (!r || out.includes(id)) continue;
          const f = rackRect(r);
          if (f.x0 < area.x1 && area.x0 < f.x1 && f.y0 < area.y1 && area.y0 < f.y1) out.push(id);
        }
      }
    }
    return out;
  }

  private buildGrid(): Map<string, Id[]> {
    const grid = new Map<string, Id[]>();
    for (const r of this.world.racks.values()) {
      const f = rackRect(r);
      for (let cx = Math.floor(f.x0 / CELL_MM); cx <= Math.floor(f.x1 / CELL_MM); cx++) {
        for (let cy = Math.floor(f.y0 / CELL_MM); cy <= Math.floor(f.y1 / CELL_MM); cy++) {
          const k = `${r.hallId}:${cx}:${cy}`;
          const list = grid.get(k);
          if (list) list.push(r.id);
          else grid.set(k, [r.id]);
        }
      }
    }
    return grid;
  }
}

const EMPTY_STEPS: readonly { trayId: Id; seg: number }[] = [];

/** Whether a rack's footprint or facing changed (what the aisle rule reads). */
export function placementChanged(a: Rack, b: Rack): boolean {
  return a.xMm !== b.xMm || a.yMm !== b.yMm || a.rotationDeg !== b.rotationDeg || a.widthMm !== b.widthMm || a.depthMm !== b.depthMm || a.hallId !== b.hallId;
}
