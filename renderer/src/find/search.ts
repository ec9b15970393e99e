// Find by name over racks, devices, cables (by label) and ports ("device:port"). The names are
// indexed once per change of the maps they come from (lower-cased, in flat arrays), and a query
// that extends the previous one only filters the previous matches, so typing stays quick at
// 100,000 cables and a quarter of a million ports.
import type { Cable, Device, Id, Port, Rack } from '../../../core/model/entities.js';

export type FindKind = 'rack' | 'device' | 'cable' | 'port';
export const FIND_KINDS: readonly FindKind[] = ['rack', 'device', 'cable', 'port'];

export interface FindList {
  ids: Id[];
  names: string[];
  lower: string[];
}

export interface FindSources {
  rack: Map<Id, Rack>;
  device: Map<Id, Device>;
  cable: Map<Id, Cable>;
  port: Map<Id, Port>;
}

function list<T>(items: Iterable<T>, id: (x: T) => Id, name: (x: T) => string): FindList {
  const out: FindList = { ids: [], names: [], lower: [] };
  for (const x of items) {
    const n = name(x);
    out.ids.push(id(x));
    out.names.push(n);
    out.lower.push(n.toLowerCase());
  }
  return out;
}

/** Name lists per kind, rebuilt only for the maps that changed since the last call. */
export class FindIndex {
  private lists = new Map<FindKind, { inputs: unknown[]; list: FindList }>();

  private cached(kind: FindKind, inputs: unknown[], build: () => FindList): FindList {
    const c = this.lists.get(kind);
    if (c && c.inputs.length === inputs.length && c.inputs.every((x, i) => x === inputs[i])) return c.list;
    const l = build();
    this.lists.set(kind, { inputs, list: l });
    return l;
  }

  of(kind: FindKind, s: FindSources): FindList {
    switch (kind) {
      case 'rack':
        return this.cached(kind, [s.rack], () => list(s.rack.values(), (r) => r.id, (r) => r.name));
      case 'device':
        return this.cached(kind, [s.device], () => list(s.device.values(), (d) => d.id, (d) => d.name));
      case 'cable':
        return this.cached(kind, [s.cable], () => list(s.cable.values(), (c) => c.id, (c) => c.label));
      case 'port':
        return this.cached(kind, [s.port, s.device], () => list(s.port.values(), (p) => p.id, (p) => `${s.device.get(p.deviceId)?.name ?? '?'}:${p.name}`));
    }
  }
}

export interface FindHit {
  kind: FindKind;
  id: Id;
  name: string;
  /** 0 exact, 1 starts with the query, 2 contains it. */
  rank: number;
}

/** Matches per kind for one query: positions into that kind's FindList. */
interface Matches {
  query: string;
  lists: FindList[];
  pos: Int32Array[];
}

const all = (n: number) => {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
};

/** A search that keeps its last matches, to narrow them as the query grows. */
export class Finder {
  private last: Matches | null = null;
  constructor(private readonly index = new FindIndex()) {}

  /**
   * The best `limit` hits (exact names first, then names that start with the query, then the
   * rest; racks before devices, cables and ports), and how many names match in all.
   */
  find(sources: FindSources, query: string, limit = 50): { hits: FindHit[]; total: number } {
    const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!q) {
      this.last = null;
      return { hits: [], total: 0 };
    }
    const lists = FIND_KINDS.map((k) => this.index.of(k, sources));
    // A query that extends the last one over the same lists: only the last matches can match.
    const prev = this.last && q.startsWith(this.last.query) && this.last.lists.every((l, i) => l === lists[i]) ? this.last : null;
    // "leaf-01 1/1" finds the port leaf-01:1/1 too.
    const alt = q.includes(' ') ? q.replace(' ', ':') : null;
    const pos = lists.map((l, k) => {
      const from = prev ? prev.pos[k]! : all(l.lower.length);
      const out = new Int32Array(from.length);
      let n = 0;
      for (let j = 0; j < from.length; j++) {
        const i = from[j]!;
        const name = l.lower[i]!;
        if (name.includes(q) || (alt !== null && name.includes(alt))) out[n++] = i;
      }
      return out.subarray(0, n);
    });
    // Narrowing from an alternative spelling is still right: a name containing "a b" or "a:b"
    // for the longer query contained the shorter one's spelling too.
    this.last = { query: q, lists, pos };
    const hits: FindHit[] = [];
    let total = 0;
    for (let rank = 0; rank <= 2 && hits.length < limit; rank++) {
      pos.forEach((p, k) => {
        const l = lists[k]!;
        for (let j = 0; j < p.length && hits.length < limit; j++) {
          const i = p[j]!;
          const name = l.lower[i]!;
          const r = name === q || name === alt ? 0 : name.startsWith(q) || (alt !== null && name.startsWith(alt)) ? 1 : 2;
          if (r === rank) hits.push({ kind: FIND_KINDS[k]!, id: l.ids[i]!, name: l.names[i]!, rank: r });
        }
      });
    }
    for (const p of pos) total += p.length;
    return { hits, total };
  }
}
