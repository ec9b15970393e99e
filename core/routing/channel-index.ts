// Small index structures for link tracing (core/routing/channel.ts): typed arrays that grow with
// the ids that index them, and id -> ids maps that allocate nothing for the usual single value.
import type { Cable, Id, Port, PortTemplate } from '../model/entities.js';
import type { ChannelInput } from './channel-types.js';

/** The ports at both ends of each cable (cables removed or re-ended: their old and new ends). */
export function endPortsOf(cables: Iterable<Cable | undefined>): Id[] {
  const out: Id[] = [];
  for (const c of cables) if (c) out.push(c.aPortId, c.bPortId);
  return out;
}

/** A port's own panel mapping, or its device type template's (ports made before the mapping was
 * known); `templates` keeps each type's ports by name. */
export function portMapping(input: ChannelInput, templates: Map<Id, Map<string, PortTemplate>>, p: Port): Pick<PortTemplate, 'rearPort' | 'rearPosition' | 'positions' | 'formFactor'> {
  if (p.rearPort != null || p.positions != null) return p;
  const d = input.devices.get(p.deviceId);
  const t = d && input.types.get(d.typeId);
  if (!t) return p;
  let byName = templates.get(t.id);
  if (!byName) templates.set(t.id, (byName = new Map(t.ports.map((x) => [x.name, x]))));
  return byName.get(p.name) ?? p;
}

/** A port named in a channel's problem. */
/** A port as the user names it, device:port (the id only for a port that is gone). */
export function portName(input: Pick<ChannelInput, 'ports' | 'devices'>, portId: Id): string {
  const p = input.ports.get(portId);
  if (!p) return `port ${portId}`;
  const d = input.devices.get(p.deviceId);
  return d ? `${d.name}:${p.name}` : p.name;
}

const families = new Map<string, string>();
/** A form factor's connector family (MTP is an MPO), remembered: a hall's ports share a handful. */
export function connectorFamily(ff: string): string {
  let f = families.get(ff);
  if (f === undefined) families.set(ff, (f = ff.trim().toUpperCase().replace(/^MTP/, 'MPO')));
  return f;
}

export function grown<T extends Int32Array | Uint8Array>(a: T, need: number, make: (n: number) => T, fill = 0): T {
  if (need < a.length) return a;
  const b = make(Math.max(need + 1, a.length * 2));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** Legs of an assembly: the highest leg among the cables at the same port carrying it. */
export function legCount(input: ChannelInput, c: Cable): number {
  let n = c.leg ?? 1;
  for (const end of [c.aPortId, c.bPortId]) {
    for (const id of listOf(input.cablesOnPort(end), [0])) {
      const o = input.cables.get(id);
      if (o && o.assemblyId === c.assemblyId && o.leg != null && o.leg > n) n = o.leg;
    }
  }
  return n;
}

const NONE: readonly Id[] = [];
/** The index's shape without allocating for the usual single cable. */
export function listOf(x: Id | readonly Id[] | undefined, one: Id[]): readonly Id[] {
  if (x === undefined) return NONE;
  if (typeof x === 'number') {
    one[0] = x;
    return one;
  }
  return x;
}


/** Keys (port or cable ids) to link ids: the first in a typed array, any more in a small map
 * (a trunk carries many links, a jumper one). */
export class Multi {
  private first: Int32Array;
  private more = new Map<number, number[]>();
  /** 1 where `more` holds the key: most keys hold one value and need no map lookup. */
  private hasMore: Uint8Array;
  constructor(size = 1024) {
    this.first = new Int32Array(size);
    this.hasMore = new Uint8Array(size);
  }
  add(k: number, v: number): void {
    if (k >= this.first.length) this.first = grown(this.first, k, (n) => new Int32Array(n));
    const f = this.first[k]!;
    if (f === 0) this.first[k] = v;
    else if (f !== v) {
      const m = this.more.get(k);
      if (!m) {
        this.more.set(k, [v]);
        if (k >= this.hasMore.length) this.hasMore = grown(this.hasMore, k, (n) => new Uint8Array(n));
        this.hasMore[k] = 1;
      } else if (!m.includes(v)) m.push(v);
    }
  }
  remove(k: number, v: number): void {
    if (k >= this.first.length) return;
    const m = this.more.get(k);
    if (this.first[k] === v) {
      this.first[k] = m ? m.shift()! : 0;
      if (m && m.length === 0) this.drop(k);
    } else if (m) {
      const i = m.indexOf(v);
      if (i >= 0) m.splice(i, 1);
      if (m.length === 0) this.drop(k);
    }
  }
  private drop(k: number): void {
    this.more.delete(k);
    this.hasMore[k] = 0;
  }
  /** The first value of a key that has one (check count first). */
  first1(k: number): number {
    return this.first[k]!;
  }
  count(k: number): number {
    if (k >= this.first.length || this.first[k] === 0) return 0;
    return k < this.hasMore.length && this.hasMore[k] ? 1 + this.more.get(k)!.length : 1;
  }
  /** The values of a key for which `keep` holds, in order; null for none: no list built for a
   * trunk (a dozen links, heading none) each time a link rule asks which links it heads. */
  where(k: number, keep: (v: number) => boolean): number[] | null {
    if (k >= this.first.length || this.first[k] === 0) return null;
    let out: number[] | null = keep(this.first[k]!) ? [this.first[k]!] : null;
    const m = k < this.hasMore.length && this.hasMore[k] ? this.more.get(k)! : [];
    for (let i = 0; i < m.length; i++) if (keep(m[i]!)) (out ??= []).push(m[i]!);
    return out;
  }
  /** Each value of a key, in order, without a list. */
  each(k: number, visit: (v: number) => void): void {
    if (k >= this.first.length || this.first[k] === 0) return;
    visit(this.first[k]!);
    const m = k < this.hasMore.length && this.hasMore[k] ? this.more.get(k)! : null;
    if (m) for (let i = 0; i < m.length; i++) visit(m[i]!);
  }
  get(k: number): number[] {
    if (k >= this.first.length || this.first[k] === 0) return [];
    const m = k < this.hasMore.length && this.hasMore[k] ? this.more.get(k) : undefined;
    return m ? [this.first[k]!, ...m] : [this.first[k]!];
  }
}


