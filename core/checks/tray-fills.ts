// Per tray segment, the cables routed through it: their cross-section (tray-fill), how many, and
// their weight per metre (tray-load). Kept by the check session as cables are routed, re-routed
// and deleted: what each cable added is remembered, so taking it off subtracts the same.
import type { Cable, Id } from '../model/entities.js';
import { IdMap } from '../model/id-map.js';
import { cableKgPerM } from '../model/physical.js';
import type { LinkParts } from '../routing/link.js';
import type { CableRoute } from '../routing/router.js';
import { crossSectionMm2 } from './session-index.js';
import type { CheckWorld } from './types.js';

export interface SegmentFill {
  areaMm2: Float64Array;
  count: Int32Array;
  kgPerM: Float64Array;
}

interface Added {
  readonly area: number;
  readonly kg: number;
}

// What a cable adds depends on its parts and whether it is a further leg of an assembly alone:
// one shared object per combination, not one per cable (100,000+ of them).
const addedOf = new WeakMap<LinkParts, { whole?: Added; leg?: Added }>();
function addOf(parts: LinkParts, c: Cable): Added {
  const leg = c.assemblyId != null && c.leg != null && c.leg !== 1;
  let byLeg = addedOf.get(parts);
  if (!byLeg) addedOf.set(parts, (byLeg = {}));
  const key = leg ? 'leg' : 'whole';
  return (byLeg[key] ??= { area: crossSectionMm2(parts, c), kg: leg ? 0 : cableKgPerM(parts.cable, !!(parts.opticA || parts.opticB)) });
}

export class TrayFills {
  /** By tray id (array-backed: looked up for every tray segment of every routed cable). */
  private fills: Map<Id, SegmentFill> = new IdMap<SegmentFill>();
  /** What each routed cable added, by cable id (shared objects, see addOf): an array, as a
   * hash map of 100,000+ entries cost more than the routing it served. */
  private added: (Added | undefined)[] = [];
  /** The first cable id seen: slot 0 (a new hall's ids start past the project's others). */
  private base: number | null = null;

  constructor(private readonly world: CheckWorld) {
    for (const t of world.trays.keys()) this.reset(t);
    // made at its size when the cables are an IdMap in array form (by id, from the first): grown
    // one cable at a time it was copied as it grew (2.8 MB of garbage per check of 100,000 cables)
    const cables = world.cables;
    const span = cables instanceof IdMap ? cables.slotArray()?.length ?? 0 : 0;
    if (span > 0) {
      this.base = (cables as IdMap<Cable>).slotBase();
      this.added = new Array<Added | undefined>(span).fill(undefined);
    }
  }

  get(trayId: Id): SegmentFill | undefined {
    return this.fills.get(trayId);
  }

  /** An empty fill for a tray's segments. */
  reset(trayId: Id): void {
    const t = this.world.trays.get(trayId);
    const n = Math.max(0, (t?.points.length ?? 1) - 1);
    this.fills.set(trayId, { areaMm2: new Float64Array(n), count: new Int32Array(n), kgPerM: new Float64Array(n) });
  }

  /** After the trays changed (every cable is routed again): drops gone trays, empties the rest; returns every tray id touched. */
  resetAll(): Id[] {
    const touched: Id[] = [];
    for (const id of [...this.fills.keys()]) {
      if (this.world.trays.has(id)) continue;
      this.fills.delete(id);
      touched.push(id);
    }
    for (const t of this.world.trays.keys()) {
      this.reset(t);
      touched.push(t);
    }
    this.added = [];
    return touched;
  }

  /** A cable routed: its cross-section and weight onto its segments (the legs of one assembly count once, on leg 1). */
  routed(c: Cable, route: CableRoute, parts: LinkParts, dirty: Set<Id> | null): void {
    // a cable in no tray (a jumper inside its rack) adds nothing and has nothing to take off
    if (!route.route || route.route.length === 0) return;
    const add = addOf(parts, c);
    this.apply(route, add.area, add.kg, 1, dirty);
    this.added[c.id - (this.base ??= c.id)] = add;
  }

  /** Before a cable is re-routed or deleted: takes what it added off its old segments. */
  unrouted(cableId: Id, route: CableRoute | undefined, dirty: Set<Id> | null): void {
    if (this.base === null) return;
    const was = this.added[cableId - this.base];
    if (!was) return;
    this.added[cableId - this.base] = undefined;
    if (route) this.apply(route, -was.area, -was.kg, -1, dirty);
  }

  private apply(route: CableRoute, area: number, kg: number, count: number, dirty: Set<Id> | null): void {
    if (!route.route || route.route.length === 0) return;
    const steps = route.route;
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      const f = this.fills.get(s.trayId);
      if (!f || s.seg >= f.areaMm2.length) continue;
      f.areaMm2[s.seg]! += area;
      f.count[s.seg]! += count;
      f.kgPerM[s.seg]! += kg;
      dirty?.add(s.trayId);
    }
  }
}
