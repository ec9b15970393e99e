// An index from one id to the ids it holds, stored as one id (the usual case: one cable on a port)
// or an array when there are more, so hundreds of thousands of keys cost no array each.
import type { Id } from './entities.js';

export function addOne(index: Map<Id, Id | Id[]>, key: Id, id: Id): void {
  const c = index.get(key);
  if (c === undefined) index.set(key, id);
  else if (typeof c === 'number') {
    if (c !== id) index.set(key, [c, id]);
  } else if (!c.includes(id)) c.push(id);
}

export function removeOne(index: Map<Id, Id | Id[]>, key: Id, id: Id): void {
  const c = index.get(key);
  if (c === undefined) return;
  if (typeof c === 'number') {
    if (c === id) index.delete(key);
    return;
  }
  const rest = c.filter((x) => x !== id);
  if (rest.length === 0) index.delete(key);
  else index.set(key, rest.length === 1 ? rest[0]! : rest);
}

/**
 * The same index over small integer keys (port ids): the single id in a typed array, more in a
 * map. Half a million ports cost one array, not half a million map entries.
 */
export class DenseIdIndex {
  /** The one id; 0 for none; -1 when `more` holds the ids. */
  private one: Int32Array;
  private more = new Map<Id, Id[]>();

  /** `size`: room for keys below it at once (grown by doubling past it). */
  constructor(size = 1024) {
    this.one = new Int32Array(size);
  }

  /** How many keys hold more than one id. */
  get sharedCount(): number {
    return this.more.size;
  }

  get(key: Id): Id | Id[] | undefined {
    const v = key < this.one.length ? this.one[key]! : 0;
    return v === 0 ? undefined : v === -1 ? this.more.get(key) : v;
  }

  add(key: Id, id: Id): void {
    if (key >= this.one.length) {
      const b = new Int32Array(Math.max(key + 1, this.one.length * 2));
      b.set(this.one);
      this.one = b;
    }
    const v = this.one[key]!;
    if (v === 0) this.one[key] = id;
    else if (v === -1) {
      const m = this.more.get(key)!;
      if (!m.includes(id)) m.push(id);
    } else if (v !== id) {
      this.one[key] = -1;
      this.more.set(key, [v, id]);
    }
  }

  remove(key: Id, id: Id): void {
    const v = key < this.one.length ? this.one[key]! : 0;
    if (v === 0) return;
    if (v !== -1) {
      if (v === id) this.one[key] = 0;
      return;
    }
    const rest = this.more.get(key)!.filter((x) => x !== id);
    if (rest.length > 1) this.more.set(key, rest);
    else {
      this.more.delete(key);
      this.one[key] = rest.length === 1 ? rest[0]! : 0;
    }
  }
}
