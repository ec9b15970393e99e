// Direct links (one cable between two interface ports: no panel, no leg, complete) kept as three
// numbers in typed arrays rather than as objects: in a hall cabled point to point they are every
// link (100,000 in the routing bench), and 100,000 kept link objects with a one-cable list each
// were the largest share of what a first check allocated and the collector copied. The Link
// object is made when asked for, the same fields in the same order as a traced one.
//
// So are the links of a structured hall: three cables (jumper, trunk, jumper) through two panel
// passes, complete, no leg. 98,304 of them in a 32k structured hall; kept as objects (a link, its
// cable list and its panel list) they were 25 MB that the collector copied while the generator's
// session ran.
import type { Id } from '../model/entities.js';
import { grown } from './channel-index.js';
import type { Link } from './channel-types.js';

const NO_PANELS: number[] = [];
const NO_LEGS: Link['legs'] = [];

export class CompactLinks {
  /** By link id: its cable (0 for a link not held here), a-end and b-end ports. */
  private cable: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  /** The link made last: the link rules of one cable ask for it one after the other. */
  private lastId = 0;
  private lastLink: Link | null = null;
  /** A three-cable link's second and third cables (0: a direct link) and its two panel passes
   * (8 numbers an id, as Link.panels): empty until the first such link. */
  private c1 = new Int32Array(0);
  private c2 = new Int32Array(0);
  private pan = new Int32Array(0);

  constructor(size = 1024) {
    this.cable = new Int32Array(size);
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
  }

  add(id: number, a: Id, b: Id, cable: Id): void {
    if (id >= this.cable.length) {
      this.cable = grown(this.cable, id, (n) => new Int32Array(n));
      this.a = grown(this.a, id, (n) => new Int32Array(n));
      this.b = grown(this.b, id, (n) => new Int32Array(n));
    }
    this.cable[id] = cable;
    this.a[id] = a;
    this.b[id] = b;
  }

  /**
   * A complete link of three cables through two panel passes (`cables` and `panels` as the tracer
   * walked them from `start`; read backwards when `rev`, so that it reads from its a-end).
   */
  add3(id: number, a: Id, b: Id, cables: readonly Id[], panels: readonly number[], rev: boolean): void {
    this.add(id, a, b, rev ? cables[2]! : cables[0]!);
    if (id >= this.c1.length) {
      const n = Math.max(id + 1, this.cable.length);
      this.c1 = grown(this.c1, n - 1, (k) => new Int32Array(k));
      this.c2 = grown(this.c2, n - 1, (k) => new Int32Array(k));
      this.pan = grown(this.pan, 8 * n - 1, (k) => new Int32Array(k));
    }
    this.c1[id] = cables[1]!;
    this.c2[id] = rev ? cables[0]! : cables[2]!;
    const at = 8 * id;
    const first = rev ? 4 : 0;
    for (let i = 0; i < 4; i++) {
      this.pan[at + i] = panels[first + i]!;
      this.pan[at + 4 + i] = panels[4 - first + i]!;
    }
  }

  /** Whether a held link has three cables. */
  private long(id: number): boolean {
    return id < this.c1.length && this.c1[id] !== 0;
  }

  /** The cables of a held link, as a new list. */
  cablesOf(id: number): Id[] {
    return this.long(id) ? [this.cable[id]!, this.c1[id]!, this.c2[id]!] : [this.cable[id]!];
  }

  has(id: number): boolean {
    return id < this.cable.length && this.cable[id] !== 0;
  }
  /** Whether a held link ends at a port (asked before a walk: is this cable's link known?). */
  endsAt(id: number, port: Id): boolean {
    return this.a[id] === port || this.b[id] === port;
  }
  /** A link's first cable, without making a held link's object. */
  headOf(id: number, others: readonly (Link | undefined)[]): Id {
    return this.has(id) ? this.cable[id]! : others[id]!.cables[0]!;
  }

  get(id: number): Link | undefined {
    if (!this.has(id)) return undefined;
    if (id === this.lastId && this.lastLink) return this.lastLink;
    const link: Link = { id, a: this.a[id]!, b: this.b[id]!, cables: this.cablesOf(id), panels: this.long(id) ? Array.from(this.pan.subarray(8 * id, 8 * id + 8)) : NO_PANELS, open: null, legs: NO_LEGS };
    this.lastId = id;
    this.lastLink = link;
    return link;
  }

  /** The link as one shared object, overwritten by the next call: for a caller that reads it
   * at once and keeps nothing of it (the link rules, asking of each of 100,000 cables). */
  view(id: number): Link {
    if (this.long(id)) return this.view3(id);
    const v = this.shared;
    v.id = id;
    v.a = this.a[id]!;
    v.b = this.b[id]!;
    v.cables[0] = this.cable[id]!;
    return v;
  }
  private shared: Link = { id: 0, a: 0, b: 0, cables: [0], panels: NO_PANELS, open: null, legs: NO_LEGS };

  private view3(id: number): Link {
    const v = this.shared3;
    v.id = id;
    v.a = this.a[id]!;
    v.b = this.b[id]!;
    v.cables[0] = this.cable[id]!;
    v.cables[1] = this.c1[id]!;
    v.cables[2] = this.c2[id]!;
    for (let i = 0; i < 8; i++) v.panels[i] = this.pan[8 * id + i]!;
    return v;
  }
  private shared3: Link = { id: 0, a: 0, b: 0, cables: [0, 0, 0], panels: [0, 0, 0, 0, 0, 0, 0, 0], open: null, legs: NO_LEGS };

  remove(id: number): void {
    if (!this.has(id)) return;
    this.cable[id] = 0;
    if (this.long(id)) this.c1[id] = 0;
    if (this.lastId === id) this.lastLink = null;
  }
}
