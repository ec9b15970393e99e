// Direct links (one cable between two interface ports: no panel, no leg, complete) kept as three
// numbers in typed arrays rather than as objects: in a hall cabled point to point they are every
// link (100,000 in the routing bench), and 100,000 kept link objects with a one-cable list each
// were the largest share of what a first check allocated and the collector copied. The Link
// object is made when asked for, the same fields in the same order as a traced one.
import type { Id } from '../model/entities.js';
import { grown } from './channel-index.js';
import type { Link } from './channel-types.js';

const NO_PANELS: number[] = [];
const NO_LEGS: Link['legs'] = [];

export class DirectLinks {
  /** By link id: its cable (0 for a link not held here), a-end and b-end ports. */
  private cable: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  /** The link made last: the link rules of one cable ask for it one after the other. */
  private lastId = 0;
  private lastLink: Link | null = null;

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

  has(id: number): boolean {
    return id < this.cable.length && this.cable[id] !== 0;
  }
  /** Whether a held link ends at a port (asked before a walk: is this cable's link known?). */
  endsAt(id: number, port: Id): boolean {
    return this.a[id] === port || this.b[id] === port;
  }
  /** A link's first cable, without making a direct link's object. */
  headOf(id: number, others: readonly (Link | undefined)[]): Id {
    return this.has(id) ? this.cable[id]! : others[id]!.cables[0]!;
  }

  get(id: number): Link | undefined {
    if (!this.has(id)) return undefined;
    if (id === this.lastId && this.lastLink) return this.lastLink;
    const link: Link = { id, a: this.a[id]!, b: this.b[id]!, cables: [this.cable[id]!], panels: NO_PANELS, open: null, legs: NO_LEGS };
    this.lastId = id;
    this.lastLink = link;
    return link;
  }

  /** The link as one shared object, overwritten by the next call: for a caller that reads it
   * at once and keeps nothing of it (the link rules, asking of each of 100,000 cables). */
  view(id: number): Link {
    const v = this.shared;
    v.id = id;
    v.a = this.a[id]!;
    v.b = this.b[id]!;
    v.cables[0] = this.cable[id]!;
    return v;
  }
  private shared: Link = { id: 0, a: 0, b: 0, cables: [0], panels: NO_PANELS, open: null, legs: NO_LEGS };

  remove(id: number): void {
    if (!this.has(id)) return;
    this.cable[id] = 0;
    if (this.lastId === id) this.lastLink = null;
  }
}
