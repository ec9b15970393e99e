// A generated hall's structured links held as numbers for the check session (docs/fabrics.md,
// step 5): each link's two in-rack jumpers (interface port -> panel front at each end of one trunk
// position) are a record, not two cable objects. The 32k structured hall has 98,304 records: as
// 196,608 jumper objects they were made, indexed, routed and checked one by one and kept alive
// through the session, about 0.4 s of that generation. Here a jumper is a slot of typed arrays;
// its Cable object is made when something asks the cables map for it (a rule on the first jumper
// of a class, a link's class), and its in-rack route is kept as two numbers.
import type { Cable, Id } from '../model/entities.js';
import { jumperCable, jumperId, writeJumper, type JumperRecords } from '../model/jumper-records.js';
import { largestId } from '../model/id-map.js';
import { inRackRoute, isInRack, type CableRoute } from '../routing/router.js';
import type { KnownChannels } from '../routing/channel-known.js';
import type { HeldJumpers } from './rule-classes.js';

const NONE = -1;

/**
 * The session's cables: the snapshot's (an IdMap) and the records' jumpers. A jumper put or
 * deleted by an edit leaves the records (`set` / `delete`), so an edit works on it as on any
 * cable; iteration gives the plain cables, then the jumpers still held. A jumper's object is made
 * on each `get` (the last two are kept: a cable's rules ask for it one after the other), and is a
 * copy: change a jumper with `set`.
 */
export class RecordCables implements Map<Id, Cable>, KnownChannels, HeldJumpers {
  /** Jumper j + 1 by cable id - lo; 0: not a held jumper. */
  private slot: Int32Array;
  private lo: number;
  private held: Uint8Array;
  private heldCount: number;
  /** The first run's in-rack route of each jumper (`routed` < 0: none kept). */
  private routed: Int32Array;
  private ordered: Float64Array;
  private rack: Int32Array;
  private cacheId = [NONE, NONE];
  private cacheCable: (Cable | null)[] = [null, null];
  private cacheNext = 0;
  /** A jumper as a cable, refilled for each jumper of the first run (it never leaves the session). */
  private scratchCable: Cable;
  readonly [Symbol.toStringTag] = 'Map';

  constructor(
    readonly plain: Map<Id, Cable>,
    readonly records: JumperRecords,
  ) {
    const n = 2 * records.count;
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < n; j++) {
      const id = jumperId(records, j);
      if (id < lo) lo = id;
      if (id > hi) hi = id;
    }
    this.lo = n ? lo : 0;
    this.slot = new Int32Array(n ? hi - lo + 1 : 0);
    for (let j = 0; j < n; j++) {
      const id = jumperId(records, j);
      if (this.slot[id - this.lo] !== 0 || plain.has(id)) throw new Error(`jumper records: cable id ${id} given twice`);
      this.slot[id - this.lo] = j + 1;
    }
    this.held = new Uint8Array(n).fill(1);
    this.heldCount = n;
    this.routed = new Int32Array(n).fill(NONE);
    this.ordered = new Float64Array(n);
    this.rack = new Int32Array(n);
    this.scratchCable = jumperCable(records, 0);
  }

  /** The held jumper with this cable id; -1 when none. */
  jumperOf(id: Id): number {
    const i = id - this.lo;
    if (i < 0 || i >= this.slot.length) return NONE;
    const j = this.slot[i]! - 1;
    return j >= 0 && this.held[j] === 1 ? j : NONE;
  }

  /** Jumper j in a reused object, for the session's first run only (see scratchCable). */
  scratch(j: number): Cable {
    return writeJumper(this.records, j, this.scratchCable);
  }

  /** Keeps jumper j's first-run route when it stays in its rack; false otherwise (the caller
   * makes the jumper a plain cable: `unhold`). */
  keepRoute(j: number, r: CableRoute): boolean {
    if (!isInRack(r)) return false;
    this.routed[j] = r.routedMm!;
    this.ordered[j] = r.orderedMm ?? NaN;
    this.rack[j] = r.rackA!;
    return true;
  }

  /** Jumper j's media combination and end, as one number. */
  comboOf(j: number): number {
    return this.records.combo[j >> 1]! * 2 + (j & 1);
  }

  routedOf(j: number): number {
    return this.routed[j]!;
  }
  orderedOf(j: number): number {
    return this.ordered[j]!;
  }

  /** Jumper j routes as one before it did: routed and ordered mm (NaN: none), in `rack`. */
  keepSame(j: number, routedMm: number, orderedMm: number, rack: Id): void {
    this.routed[j] = routedMm;
    this.ordered[j] = orderedMm;
    this.rack[j] = rack;
  }

  /** A held jumper's first-run route (a new object); undefined when none is kept. */
  route(id: Id): CableRoute | undefined {
    const j = this.jumperOf(id);
    if (j < 0 || this.routed[j]! < 0) return undefined;
    const o = this.ordered[j]!;
    return inRackRoute(id, this.routed[j]!, Number.isNaN(o) ? null : o, this.rack[j]!);
  }

  /** Jumper j as a plain cable of the map from now on; returns its object. */
  unhold(j: number): Cable {
    const c = jumperCable(this.records, j);
    this.release(j);
    this.plain.set(c.id, c);
    return c;
  }

  /**
   * The held jumpers' routes, for the generator's write: routed and ordered mm by jumper (NaN:
   * none), and the records to write as cable rows instead (a jumper of theirs is no longer held,
   * or an edit re-routed it out of its rack). `current` gives the session's route where an edit
   * re-routed a jumper (the session's routes map, which wins over the first run's).
   */
  heldRoutes(current: (id: Id) => CableRoute | undefined): { routedMm: Float64Array; orderedMm: Float64Array; rows: Uint8Array } {
    const n = this.held.length;
    const routedMm = new Float64Array(n).fill(NaN);
    const orderedMm = new Float64Array(this.ordered);
    const rows = new Uint8Array(n >> 1);
    for (let j = 0; j < n; j++) {
      const now = this.held[j] === 1 ? current(jumperId(this.records, j)) : undefined;
      if (now !== undefined && isInRack(now)) {
        routedMm[j] = now.routedMm!;
        orderedMm[j] = now.orderedMm ?? NaN;
      } else if (now === undefined && this.held[j] === 1 && this.routed[j]! >= 0) routedMm[j] = this.routed[j]!;
      else rows[j >> 1] = 1;
    }
    return { routedMm, orderedMm, rows };
  }

  private release(j: number): void {
    this.held[j] = 0;
    this.heldCount--;
    const id = jumperId(this.records, j);
    for (let i = 0; i < 2; i++) if (this.cacheId[i] === id) this.cacheId[i] = NONE;
  }

  private made(j: number, id: Id): Cable {
    if (this.cacheId[0] === id) return this.cacheCable[0]!;
    if (this.cacheId[1] === id) return this.cacheCable[1]!;
    const c = jumperCable(this.records, j);
    const i = this.cacheNext;
    this.cacheNext = 1 - i;
    this.cacheId[i] = id;
    this.cacheCable[i] = c;
    return c;
  }

  // ---- Map ----

  get size(): number {
    return this.plain.size + this.heldCount;
  }
  get(id: Id): Cable | undefined {
    const c = this.plain.get(id);
    if (c !== undefined) return c;
    const j = this.jumperOf(id);
    return j < 0 ? undefined : this.made(j, id);
  }
  has(id: Id): boolean {
    return this.plain.has(id) || this.jumperOf(id) >= 0;
  }
  set(id: Id, c: Cable): this {
    const j = this.jumperOf(id);
    if (j >= 0) this.release(j);
    this.plain.set(id, c);
    return this;
  }
  delete(id: Id): boolean {
    const j = this.jumperOf(id);
    if (j < 0) return this.plain.delete(id);
    this.release(j);
    return true;
  }
  clear(): void {
    this.plain.clear();
    for (let j = 0; j < this.held.length; j++) if (this.held[j] === 1) this.release(j);
  }
  /** The largest cable id, or one above it once the largest jumper is gone (largestId reads it
   * to size arrays by id, without walking the keys). */
  largestKey(): number {
    return Math.max(largestId(this.plain), this.heldCount ? this.lo + this.slot.length - 1 : 0);
  }

  *entries(): MapIterator<[Id, Cable]> {
    yield* this.plain.entries();
    for (let j = 0; j < this.held.length; j++) if (this.held[j] === 1) yield [jumperId(this.records, j), jumperCable(this.records, j)];
  }
  *keys(): MapIterator<Id> {
    yield* this.plain.keys();
    for (let j = 0; j < this.held.length; j++) if (this.held[j] === 1) yield jumperId(this.records, j);
  }
  *values(): MapIterator<Cable> {
    for (const [, c] of this.entries()) yield c;
  }
  [Symbol.iterator](): MapIterator<[Id, Cable]> {
    return this.entries();
  }
  forEach(fn: (value: Cable, key: Id, map: Map<Id, Cable>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

export type { JumperRecords };

/**
 * The session's cables in one order, plain cables by index into `cables` (>= 0) and jumper j as
 * ~j: merged by id (each list runs up by id in a generated hall, so the order is the one a hall
 * of only cable rows would be checked in).
 */
export function mergedOrder(cables: readonly Cable[], r: JumperRecords): Int32Array {
  const n = r.count;
  const out = new Int32Array(cables.length + 2 * n);
  let p = 0;
  let a = 0;
  let b = 0;
  // (past every id: the records hold their ids as int32; an integer, not Infinity)
  const END = 0x7fffffff;
  for (let i = 0; i < out.length; i++) {
    const pid = p < cables.length ? cables[p]!.id : END;
    const aid = a < n ? r.aId[a]! : END;
    const bid = b < n ? r.bId[b]! : END;
    if (pid <= aid && pid <= bid) out[i] = p++;
    else if (aid <= bid) out[i] = ~(2 * a++);
    else out[i] = ~(2 * b++ + 1);
  }
  return out;
}
