// Links and their channels. A link is the logical connection between two active (interface)
// ports, what LLDP sees; its channel is the chain of cables and patch-panel passes that carries it:
// one direct cable, or jumper -> front port -> rear port/position -> trunk -> rear port/position ->
// front port -> jumper, and longer chains. Tracing follows NetBox's model: a front port continues
// on its rear port at one position; a cable between rear ports keeps the position; a rear port
// continues on the front port mapped to that position.
//
// Built once per snapshot from typed arrays indexed by port and cable id (no per-call scans), then
// kept up to date edit by edit: only links within reach of the touched ports are traced again.
import type { Cable, Id } from '../model/entities.js';
import { endPortsOf, grown, legCount, listOf, Multi, portName } from './channel-index.js';
import { CompactLinks } from './channel-compact.js';
import { knownChannel } from './channel-known.js';
import { PanelMap } from './channel-ports.js';
import { largestId } from '../model/id-map.js';
import { KIND_FRONT, KIND_INTERFACE, KIND_NONE, KIND_REAR, emptied, passesOf, reversed, type ChannelInput, type Link, type PanelPass } from './channel-types.js';

export { junctionsOf, matedPairsOf, type ChannelInput, type Link, type PanelPass } from './channel-types.js';

const NO_LEGS: Link['legs'] = [];
const NO_PANELS: number[] = [];
const NO_LINKS: readonly Link[] = Object.freeze([]) as readonly Link[];

const MAX_HOPS = 24;
const endsAt = (l: Link, port: Id) => l.b !== null && (l.b === port || l.a === port);

export class Channels {
  /** Port kinds and the panels' front/rear maps. */
  private pm: PanelMap;
  /** By link id (ids only grow; a removed link leaves a hole); direct and three-cable structured
   * links are held apart, as numbers (channel-compact.ts). */
  private links: (Link | undefined)[];
  private compact: CompactLinks;
  private count = 0;
  private byPort: Multi;
  private byCable: Multi;
  /** Per cable id: how many of the links through it have more than one cable (read by every
   * cable's reach check without fetching a link: a cache miss per cable, 100,000 of them). */
  private longer = new Int32Array(1024);
  /** Scratch state of the walk in progress (no allocation per walk; copied when a link is kept). */
  private sCables: Id[] = [];
  private sPanels: number[] = [];
  private sLegs: number[] = [];
  private one: Id[] = [0];
  private nextId = 1;

  // a method per pass over the ports (one loop's optimized code was dropped at the next)
  constructor(private readonly input: ChannelInput) {
    const max = largestId(input.ports);
    // sized for the hall at once (doubling, they were copied 8-9 times; ids mostly run 1..n)
    this.byPort = new Multi(max + 1);
    const cables = largestId(input.cables) + 1;
    this.byCable = new Multi(cables); // (by id: cable ids follow the ports')
    this.longer = new Int32Array(cables); // (from 1,024 by doubling: ~10 copies in a 32k hall)
    this.links = new Array<Link | undefined>(input.cables.size + 1); // (ids run to about one per cable: no regrowth)
    this.compact = new CompactLinks(input.cables.size + 1);
    this.pm = new PanelMap(input, max);
    const interfaces = new Int32Array(input.ports.size); // sized once (a pushed list copied itself growing)
    this.traceAll(interfaces, this.pm.build(interfaces));
  }

  private traceAll(interfaces: Int32Array, n: number): void {
    for (let i = 0; i < n; i++) this.traceFrom(interfaces[i]!);
  }

  // ---- reading ----

  *all(): IterableIterator<Link> {
    for (let id = 1, l; id < this.nextId; id++) if ((l = this.get(id))) yield l;
  }
  get size(): number {
    return this.count;
  }
  get(id: number): Link | undefined {
    return this.compact.has(id) ? this.compact.get(id) : this.links[id];
  }
  /** A link's panel passes as objects. */
  passes(link: Link): PanelPass[] {
    return passesOf(this.input.ports, link);
  }
  /** Links whose channel passes a cable (a trunk carries many). */
  through(cableId: Id): Link[] {
    return this.resolve(this.byCable.get(cableId));
  }
  /** Each link through a cable, a link held as numbers as one shared object that the next
   * overwrites: for a caller that keeps nothing of them (trunk-capacity, asking of each of a 32k
   * structured hall's 8,960 trunks about its dozen links). */
  eachThrough(cableId: Id, visit: (l: Link) => void): void {
    this.byCable.each(cableId, (id) => visit(this.compact.has(id) ? this.compact.view(id) : this.links[id]!));
  }
  /** How many links pass a cable, without building a list. */
  countThrough(cableId: Id): number {
    return this.byCable.count(cableId);
  }
  /** Links whose channel starts with this cable: the cable that reports on them. Allocates
   * nothing for a cable that heads none (every rule asks this of every cable). */
  headedBy(cableId: Id): readonly Link[] {
    const n = this.byCable.count(cableId);
    if (n === 0) return NO_LINKS;
    if (n === 1) {
      const id = this.byCable.first1(cableId);
      return this.compact.headOf(id, this.links) === cableId ? [this.get(id)!] : NO_LINKS;
    }
    const ids = this.byCable.where(cableId, (id) => this.compact.headOf(id, this.links) === cableId);
    return ids ? this.resolve(ids) : NO_LINKS;
  }
  /** The one link a cable is in, when it heads it; null when it heads none; undefined when it is
   * in several (ask headedBy). What headedBy answers, without a list per call: every link rule
   * asks this of every cable. */
  soleHeaded(cableId: Id): Link | null | undefined {
    const l = this.soleHeadedView(cableId);
    return l && this.compact.has(l.id) ? this.compact.get(l.id) : l;
  }
  /** soleHeaded, but a link held as numbers (direct, or structured through two panels) comes as one
   * shared object that the next call overwrites. */
  soleHeadedView(cableId: Id): Link | null | undefined {
    const n = this.byCable.count(cableId);
    if (n !== 1) return n === 0 ? null : undefined;
    const id = this.byCable.first1(cableId);
    return this.compact.headOf(id, this.links) !== cableId ? null : this.compact.has(id) ? this.compact.view(id) : this.links[id]!;
  }
  /** Whether some link through this cable has more than one cable (a jumper, a trunk). */
  inLongerChannel(cableId: Id): boolean {
    return cableId < this.longer.length && this.longer[cableId]! > 0;
  }
  /** A front port's place on its panel's map: its rear port and position; null when it maps to none. */
  frontMap(frontId: Id): { rear: Id; position: number } | null {
    const { kind, rearOf } = this.pm;
    if (frontId >= kind.length || kind[frontId] !== KIND_FRONT || !rearOf[frontId]) return null;
    return { rear: rearOf[frontId]!, position: this.pm.rearPos[frontId]! };
  }
  /** Positions a rear port carries (1 for a plain adapter). */
  positionsOf(rearId: Id): number {
    return this.pm.positionsOf(rearId);
  }
  /** Links ending at an interface port. */
  atPort(portId: Id): Link[] {
    return this.resolve(this.byPort.get(portId));
  }
  private resolve(ids: number[]): Link[] {
    return ids.map((id) => this.get(id)!);
  }

  // ---- keeping up to date ----

  /**
   * After edits: ports (and cables, by their old and new ends) that changed. Every link within
   * reach of them is traced again; returns the links removed and the links made, so the caller
   * can re-check their cables.
   */
  update(touchedPorts: Iterable<Id>): { removed: Link[]; added: Link[] } {
    const touched = [...touchedPorts];
    const resized = new Set<Id>();
    for (const id of touched) {
      const p = this.input.ports.get(id);
      if (p && this.pm.indexPort(p)) resized.add(p.deviceId);
      else if (!p && id < this.pm.kind.length) this.pm.kind[id] = KIND_NONE;
    }
    for (const id of touched) {
      const p = this.input.ports.get(id);
      if (p?.kind === 'front-port') this.pm.mapFront(p);
    }
    // A rear port whose positions changed starts empty: map its device's front ports again (rare:
    // a scan rather than an index kept for every front port).
    if (resized.size) for (const fp of this.input.ports.values()) if (fp.kind === 'front-port' && resized.has(fp.deviceId)) this.pm.mapFront(fp);
    // Old links reach the touched ports through their stored cables; new ones by walking.
    const ends = new Set<Id>();
    const removed: Link[] = [];
    for (const id of touched) for (const l of this.atPort(id)) ends.add(l.a);
    for (const id of this.pm.reachableInterfaces(touched)) ends.add(id);
    const cablesTouched = new Set<Id>();
    for (const id of touched) for (const c of listOf(this.input.cablesOnPort(id), [0])) cablesTouched.add(c);
    for (const c of cablesTouched) for (const l of this.through(c)) ends.add(l.a);
    // the other end of every link going: it is traced again too (its channel may now stop short)
    for (const e of [...ends]) {
      for (const l of this.atPort(e)) {
        ends.add(l.a);
        if (l.b !== null) ends.add(l.b);
      }
    }
    for (const e of ends) for (const l of this.atPort(e)) removed.push(this.remove(l));
    const before = this.nextId;
    for (const e of ends) {
      const p = this.input.ports.get(e);
      if (p?.kind === 'interface') this.traceFrom(e);
    }
    const added: Link[] = [];
    for (let id = before; id < this.nextId; id++) {
      const l = this.get(id);
      if (l) added.push(l);
    }
    return { removed, added };
  }

  /** Call when cables were removed or re-ended: the ports at their old and new ends. */
  static portsOf = endPortsOf;

  // ---- internals ----

  /** The front port mapped to a rear port's position; 0 when none is. */
  frontAt(rear: Id, pos: number): Id {
    return this.pm.frontAt(rear, pos);
  }

  /** Traces every channel that starts at an interface port and records each link once. */
  private traceFrom(start: Id): void {
    const on = this.input.cablesOnPort(start);
    if (on === undefined) return;
    if (typeof on === 'number') return this.startWalk(start, on);
    for (const cid of on.slice()) this.startWalk(start, cid);
  }

  private startWalk(start: Id, cableId: Id): void {
    // A link is traced from whichever end comes first; from its other end it is already known
    // (asked before the cable is read: half the walks of a direct hall end here).
    const n = this.byCable.count(cableId);
    if (n === 1) {
      const id = this.byCable.first1(cableId);
      if (this.compact.has(id) ? this.compact.endsAt(id, start) : endsAt(this.links[id]!, start)) return;
    } else if (n > 1 && this.through(cableId).some((l) => endsAt(l, start))) return;
    emptied(this.sCables);
    emptied(this.sPanels);
    emptied(this.sLegs);
    const known = this.input.known;
    if (known) {
      const end = knownChannel(known, this.pm, this.input.cables, this.input.cablesOnPort, start, cableId, this.sCables, this.sPanels);
      if (end) return this.record(start, end, null);
    }
    const c = this.input.cables.get(cableId);
    if (!c) return;
    this.walk(start, start, c, 0, 0);
  }

  private walk(start: Id, here: Id, cable: Cable, pos: number, hops: number): void {
    const sc = this.sCables;
    const sp = this.sPanels;
    const { kind, rearOf, rearPos, pairs, slotCount } = this.pm;
    for (;;) {
      sc.push(cable.id);
      if (cable.leg != null && cable.assemblyId != null) this.sLegs.push(sc.length - 1, cable.leg);
      const far = cable.aPortId === here ? cable.bPortId : cable.aPortId;
      const k = far < kind.length ? kind[far]! : KIND_NONE;
      if (k === KIND_INTERFACE) return this.record(start, far, null);
      if (++hops > MAX_HOPS) return this.record(start, null, `more than ${MAX_HOPS} cables: a loop?`);
      let next: Id;
      let nextPos: number;
      if (k === KIND_FRONT) {
        const rear = rearOf[far]!;
        if (!rear) return this.record(start, null, `front port ${portName(this.input, far)} maps to no rear port`);
        const p = rearPos[far]!;
        sp.push(far, rear, p, pairs[far]!);
        next = rear;
        nextPos = p;
      } else if (k === KIND_REAR) {
        const n = slotCount[far]!;
        const p = pos || (n === 1 ? 1 : 0);
        if (!p) return this.record(start, null, `a cable reaches rear port ${portName(this.input, far)}, which has ${n} positions: connect it to a front port`);
        const front = this.pm.frontAt(far, p);
        if (!front) return this.record(start, null, `rear port ${portName(this.input, far)} has no front port at position ${p}`);
        sp.push(front, far, p, pairs[front]!);
        next = front;
        nextPos = 0;
      } else return this.record(start, null, `port ${far} does not exist`);
      const on = listOf(this.input.cablesOnPort(next), this.one);
      let onward: Cable | undefined;
      let count = 0;
      for (const id of on) {
        const c = id === cable.id ? undefined : this.input.cables.get(id);
        if (!c) continue;
        if (!onward) onward = c;
        count++;
      }
      if (!onward) return this.record(start, null, `nothing is plugged into ${portName(this.input, next)}`);
      if (count > 1) {
        // The legs of a harness fan out: one channel per leg, each from the state here.
        const nc = sc.length;
        const np = sp.length;
        const nl = this.sLegs.length;
        for (const id of [...on]) {
          const b = id === cable.id ? undefined : this.input.cables.get(id);
          if (!b) continue;
          this.walk(start, next, b, nextPos, hops);
          sc.length = nc;
          sp.length = np;
          this.sLegs.length = nl;
        }
        return;
      }
      here = next;
      pos = nextPos;
      cable = onward;
    }
  }

  private record(start: Id, end: Id | null, open: string | null): void {
    const sc = this.sCables;
    // a port linked to itself through a loop of panels is kept once, from its lower cable
    if (end !== null && end === start && sc.length > 1 && sc[0]! > sc[sc.length - 1]!) return;
    const sl = this.sLegs;
    let legs = NO_LEGS;
    if (sl.length) {
      legs = [];
      for (let i = 0; i < sl.length; i += 2) legs.push({ cable: sl[i]!, leg: sl[i + 1]!, of: legCount(this.input, this.input.cables.get(sc[sl[i]!]!)!) });
    }
    const id = this.nextId++;
    const rev = end !== null && end < start;
    const a = rev ? end : start;
    const b = rev ? start : end;
    this.count++;
    this.byPort.add(a, id);
    if (b !== null && b !== a) this.byPort.add(b, id);
    // a direct link (one cable, no panel or leg) is held as numbers and made a Link when asked
    if (b !== null && open === null && sc.length === 1 && !sl.length && !this.sPanels.length) {
      this.compact.add(id, a, b, sc[0]!);
      return this.byCable.add(sc[0]!, id);
    }
    // so is a structured link (jumper, trunk, jumper through two panel passes)
    if (b !== null && open === null && sc.length === 3 && !sl.length && this.sPanels.length === 8) {
      this.compact.add3(id, a, b, sc, this.sPanels, rev);
      for (let i = 0; i < 3; i++) {
        const c = sc[i]!;
        this.byCable.add(c, id);
        if (c >= this.longer.length) this.longer = grown(this.longer, c, (n) => new Int32Array(n));
        this.longer[c]! += 1;
      }
      return;
    }
    // whichever end was traced first, a complete link reads from its lower port id (reversed
    // copies the scratch arrays itself); a link through no panel shares one empty list
    const link: Link = rev ? reversed(id, start, end, sc, this.sPanels, open, legs) : { id, a, b, cables: sc.slice(), panels: this.sPanels.length ? this.sPanels.slice() : NO_PANELS, open, legs };
    this.links[id] = link;
    const cs = link.cables;
    for (let i = 0; i < cs.length; i++) this.byCable.add(cs[i]!, id);
    if (cs.length > 1) this.countLonger(link, 1);
  }

  private countLonger(l: Link, by: 1 | -1): void {
    const cs = l.cables;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (c >= this.longer.length) this.longer = grown(this.longer, c, (n) => new Int32Array(n));
      this.longer[c]! += by;
    }
  }

  private remove(l: Link): Link {
    this.links[l.id] = undefined;
    this.compact.remove(l.id);
    this.count--;
    this.byPort.remove(l.a, l.id);
    if (l.b !== null && l.b !== l.a) this.byPort.remove(l.b, l.id);
    for (const c of l.cables) this.byCable.remove(c, l.id);
    if (l.cables.length > 1) this.countLonger(l, -1);
    return l;
  }
}
