// A Map from entity id to entity that stores ids added in ascending order (a snapshot read by id,
// a generated hall) in an array indexed by id: a lookup is one array read, not a hash probe into
// a table of 200,000+ entries (the routing world's port and cable lookups were a fifth of
// generating a 32k-GPU hall, building the maps another tenth).
//
// It behaves exactly as a Map, iteration order included: while every new key is larger than any
// key added before, insertion order is id order; the first key that breaks this (or a key far
// past the rest, or not an integer) turns it into a plain Map, entries kept in order.
import type { Id } from './entities.js';

export class IdMap<T> implements Map<Id, T> {
  /** The id of slot 0. */
  private base = 0;
  private slots: (T | undefined)[] = holeyList<T>(0);
  private count = 0;
  /** The largest key ever added in array form. */
  private last = -Infinity;
  /** Set once the keys stopped coming in ascending order. */
  private map: Map<Id, T> | null = null;
  readonly [Symbol.toStringTag] = 'Map';

  static of<T extends { id: Id }>(list: readonly T[]): IdMap<T> {
    const m = IdMap.spanning<T>(list);
    const n = m.fillAscending(list);
    for (let i = n; i < list.length; i++) m.set(list[i]!.id, list[i]!);
    return m;
  }

  /**
   * The leading entries of `list` whose ids ascend, straight into the slots `spanning` made, as
   * `set` would put them; returns how many (the rest go through `set`). A loop this small: its
   * code is compiled again for each kind of entity a world's maps are made of (a new map of
   * objects at its id reads), 6 times per process, and with `set` inlined that cost ~3 ms each.
   */
  private fillAscending(list: readonly (T & { id: Id })[]): number {
    const slots = this.slots;
    const base = this.base;
    let last = this.last;
    let i = 0;
    for (; i < list.length; i++) {
      const v = list[i]!;
      const k = v.id - base;
      // (set's tests for a new key in array form: an integer above the last, within the slots,
      // dense enough)
      if (!(v.id > last) || !(k < slots.length) || k > 2 * i + 1024 || !Number.isInteger(v.id)) break;
      slots[k] = v;
      last = v.id;
    }
    this.count += i;
    this.last = last;
    return i;
  }

  /** An empty map with room for the ids of `list` at once when they look ascending and dense
   * (no regrowth: the check session's routes, one per cable). */
  static spanning<T>(list: readonly { id: Id }[]): IdMap<T> {
    const m = new IdMap<T>();
    const first = list[0]?.id;
    const span = list.length ? list[list.length - 1]!.id - first! + 1 : 0;
    if (Number.isInteger(first) && Number.isInteger(span) && span > 0 && span <= 2 * list.length + 1024) {
      m.base = first!;
      m.slots = holeyList<T>(span);
    }
    return m;
  }

  get size(): number {
    return this.map ? this.map.size : this.count;
  }

  get(key: Id): T | undefined {
    if (this.map) return this.map.get(key);
    const i = key - this.base;
    return i >= 0 && i < this.slots.length ? this.slots[i] : undefined;
  }

  has(key: Id): boolean {
    return this.get(key) !== undefined;
  }

  set(key: Id, value: T): this {
    if (this.map) {
      this.map.set(key, value);
      return this;
    }
    if (this.slots.length === 0 && Number.isInteger(key)) this.base = key;
    const i = key - this.base;
    if (i >= 0 && i < this.slots.length && this.slots[i] !== undefined) {
      this.slots[i] = value;
      return this;
    }
    // a new key: in array form only while keys ascend and stay dense enough (2 slots per entry)
    if (value === undefined || !Number.isInteger(key) || key <= this.last || i < 0 || i > 2 * this.count + 1024) {
      this.toMap().set(key, value);
      return this;
    }
    this.slots[i] = value;
    this.count++;
    this.last = key;
    return this;
  }

  delete(key: Id): boolean {
    if (this.map) return this.map.delete(key);
    const i = key - this.base;
    if (i < 0 || i >= this.slots.length || this.slots[i] === undefined) return false;
    this.slots[i] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    this.map = null;
    this.slots = holeyList<T>(0);
    this.count = 0;
    this.last = -Infinity;
  }

  private toMap(): Map<Id, T> {
    const m = new Map<Id, T>(this.entries());
    this.map = m;
    this.slots = holeyList<T>(0);
    this.count = 0;
    return m;
  }

  entries(): MapIterator<[Id, T]> {
    return this.map ? this.map.entries() : new SlotIterator(this, entry);
  }

  keys(): MapIterator<Id> {
    return this.map ? this.map.keys() : new SlotIterator(this, keyOf);
  }

  values(): MapIterator<T> {
    return this.map ? this.map.values() : new SlotIterator(this, valueOf);
  }

  /** The array form, for SlotIterator: null once a plain Map holds the entries. */
  slotArray(): readonly (T | undefined)[] | null {
    return this.map ? null : this.slots;
  }
  slotBase(): number {
    return this.base;
  }

  /** The largest key, read back from the end of the slots; null in Map form, -Infinity when empty. */
  largestKey(): number | null {
    if (this.map) return null;
    for (let i = this.slots.length - 1; i >= 0; i--) if (this.slots[i] !== undefined) return this.base + i;
    return -Infinity;
  }

  [Symbol.iterator](): MapIterator<[Id, T]> {
    return this.entries();
  }

  forEach(fn: (value: T, key: Id, map: Map<Id, T>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

/** The largest id of a map, 0 when none is larger, to size arrays indexed by id: an IdMap's read
 * from its slots' end (walking the keys of the bench hall's 256,000 ports cost ~6 ms of a check). */
export function largestId(m: ReadonlyMap<Id, unknown>): number {
  // (an IdMap, or a map over one that knows its largest key: the check session's cables with records)
  const k = (m as { largestKey?: () => number | null }).largestKey;
  const largest = typeof k === 'function' ? k.call(m) : null;
  if (largest !== null) return Math.max(0, largest);
  let max = 0;
  for (const id of m.keys()) if (id > max) max = id;
  return max;
}

/**
 * A list of `n` empty slots of the one array kind every IdMap's slots have (holey, of objects):
 * a map made empty and filled in order had packed slots, one made by `of` holey slots of small
 * integers until its first entry, and the lookups optimized on one kind were thrown away at the
 * other (every check session makes new maps).
 */
function holeyList<T>(n: number): (T | undefined)[] {
  const list = new Array<T | undefined>(Math.max(1, n)).fill(undefined);
  list.length = n;
  return list;
}

const entry = <T>(k: Id, v: T): [Id, T] => [k, v];
const keyOf = (k: Id): Id => k;
const valueOf = <T>(_k: Id, v: T): T => v;

/**
 * Iterates an IdMap's slots, skipping holes. One result object serves every step (a for-of reads
 * it at once): generators allocated a result per entry, 30 MB per 32k-GPU generation. An IdMap
 * that turns into a Map meanwhile ends the walk where its array form ended.
 */
class SlotIterator<T, R> implements MapIterator<R> {
  private i = 0;
  private readonly result: IteratorResult<R, undefined> = { value: undefined as R, done: false };
  constructor(
    private readonly owner: IdMap<T>,
    private readonly pick: (key: Id, value: T) => R,
  ) {}

  next(): IteratorResult<R, undefined> {
    const slots = this.owner.slotArray();
    while (slots && this.i < slots.length) {
      const v = slots[this.i++];
      if (v !== undefined) {
        this.result.value = this.pick(this.owner.slotBase() + this.i - 1, v);
        return this.result;
      }
    }
    this.result.value = undefined;
    this.result.done = true;
    return this.result;
  }

  [Symbol.iterator](): MapIterator<R> {
    return this;
  }
}
