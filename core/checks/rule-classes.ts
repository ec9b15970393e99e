// Cables alike are checked once: a session's first run gives each cable a class (a small integer)
// for the inputs of the cable rules declared `classPure` (types.ts), runs such a rule on the first
// cable of a class and, when that cable has no finding, reports none for the rest of the class
// without running the rule on them. Where the first one has findings every member is checked, so
// findings, their messages and objects stay the rules' own. A structured 32k hall has 196,608
// jumpers and 98,304 links in a handful of classes. Later updates check cable by cable.
import type { Cable, Id, Port } from '../model/entities.js';
import { templateFieldsOf } from '../model/port-from-template.js';
import { specKey, type PortSpec } from '../routing/compat.js';
import { resolveLink, type LinkParts } from '../routing/link.js';
import { matedPairsOf, junctionsOf } from '../routing/channel-types.js';
import type { RuleRun } from './session-results.js';
import type { CheckContext } from './types.js';
import { bareCpo } from './link-parts.js';
import type { Link } from '../routing/channel-types.js';

/** What the classes read of the jumpers a session holds as records (session-records.ts). */
export interface HeldJumpers {
  jumperOf(cableId: Id): number;
  comboOf(j: number): number;
  /** First-run routed mm (-1: none) and ordered mm (NaN: none). */
  routedOf(j: number): number;
  orderedOf(j: number): number;
}

/** Classes per kind: each key below is made of a few such ids and stays a small integer (< 2^30,
 * no heap number per Map key). A hall with more classes checks the rest cable by cable. */
const CLASSES = 1 << 15;
/** Distinct objects (media combinations, port specs) and lengths interned, at most. */
const OBJECTS = 1 << 10;
const LENGTHS = 1 << 13;
/** Classes of held jumpers heading no link, after the others in each rule's memo. */
const LOOSE = 1 << 10;

const UNKNOWN = 0;
const CLEAN = 1;
const FOUND = 2;

/** Small integers for values, in the order first seen; -1 once `limit` are taken. */
class Ids<K> {
  private map = new Map<K, number>();
  constructor(private readonly limit: number) {}
  of(key: K): number {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) return -1;
      this.map.set(key, (v = this.map.size));
    }
    return v;
  }
}

const NO_SPEC = {} as PortSpec;

/**
 * Small integers for port specs by what the rules read of one (form factor, speed, lanes,
 * breakouts and the template's flags), not by object: PortSpecs gives each port template's own
 * object, and a panel's 48 fronts or a switch's 64 cages are 48 or 64 templates alike. By object,
 * the 32k structured hall's jumpers made 1,692 classes: 2,063 jumpers checked as their class's
 * first and 14,208 checked alone once the far jumpers' classes ran out (LOOSE).
 */
class SpecIds {
  private byObject = new WeakMap<PortSpec, number>();
  private byFields: Ids<string>;
  constructor(limit: number) {
    this.byFields = new Ids<string>(limit);
  }
  of(s: PortSpec): number {
    let v = this.byObject.get(s);
    if (v === undefined) {
      this.byObject.set(s, (v = this.byFields.of(specKey(s))));
    }
    return v;
  }
}
const POLARITY = { A: 1, B: 2, C: 3 } as const;

export class RuleClasses {
  private parts = new Ids<LinkParts>(OBJECTS);
  private specs = new SpecIds(OBJECTS);
  private lengths = new Ids<number>(LENGTHS);
  private cableIds = new Ids<number>(CLASSES);
  private cableInLink = new Ids<number>(CLASSES);
  /** A link's class is built cable by cable: its ends and panels, then each cable in turn, each
   * step in a table of its own (a prefix of one link is not mistaken for another's), the last
   * step's id and the cable count in one table. */
  private heads = new Ids<number>(CLASSES);
  private steps = Array.from({ length: 16 }, () => new Ids<number>(CLASSES));
  private linkIds = new Ids<number>(CLASSES);
  /** Each cable's class, by its place in the snapshot's list (-1: none). */
  private byPlace: Int32Array;
  /** Per place, for a jumper the session holds as a record: 1, or 3 when it has an ordered length;
   * 0 for any other cable (null until the first). */
  private heldAt: Uint8Array | null = null;
  /** Classes of held jumpers that head no link (memo entries from CLASSES on). */
  private loose = new Ids<number>(LOOSE);
  private routingMemos: (Uint8Array | null)[] | null = null;

  /** A held jumper's media combination and end as cableInLink's parts id (-2: not yet known),
   * and as its parts. */
  private partsOfCombo: number[] = [];
  private comboParts: LinkParts[] = [];

  constructor(
    private readonly ctx: CheckContext,
    cables: number,
    /** The jumpers the session holds as records (session-records.ts), if any. */
    private readonly held: HeldJumpers | null = null,
  ) {
    this.byPlace = new Int32Array(cables);
  }

  /**
   * A cable's class for the rules that read its media, optics and the port specs of its two ends
   * (port-compat, no-media, lpo-host): the media combination is one shared object per catalog
   * (resolveLink), a port's spec its template (a port with fields of its own gets an object of
   * its own: a class of its own).
   */
  cable(place: number, parts: LinkParts, specA: PortSpec | undefined, specB: PortSpec | undefined): number {
    const l = this.last;
    if (l.parts !== parts || l.a !== specA || l.b !== specB) {
      const p = this.parts.of(parts);
      const a = this.specs.of(specA ?? NO_SPEC);
      const b = this.specs.of(specB ?? NO_SPEC);
      l.parts = parts;
      l.a = specA;
      l.b = specB;
      l.k = p < 0 || a < 0 || b < 0 ? -1 : this.cableIds.of((p * OBJECTS + a) * OBJECTS + b);
    }
    this.byPlace[place] = l.k;
    return l.k;
  }
  /** The combination of the cable before: a hall's cables come in runs of one kind (GPU to leaf),
   * answered without the four map lookups. */
  private last: { parts: LinkParts | null; a: PortSpec | undefined; b: PortSpec | undefined; k: number } = { parts: null, a: undefined, b: undefined, k: -1 };

  /**
   * The class of the one link of two or more cables a cable heads, for the rules that judge such a
   * link by its ends' transceivers, its cables' media, declared polarity and lengths (fixed,
   * ordered, routed), and its panels' junctions and mated pairs: reach, channel-loss,
   * connector-count, polarity. -1 for a cable that heads no such link, heads several, or whose
   * link passes a harness leg (polarity reads the legs' ports).
   */
  link(cableId: Id): number {
    // (a typed array's read: no cable of a direct hall is in a longer channel)
    if (!this.ctx.channels.inLongerChannel(cableId)) return -1;
    const link = this.ctx.channels.soleHeadedView(cableId);
    if (!link || link.legs.length > 0) return -1;
    const n = link.cables.length;
    if (n < 2 || n > 15) return -1;
    const cables = this.ctx.world.cables;
    const first = cables.get(link.cables[0]!);
    const last = cables.get(link.cables[n - 1]!);
    if (!first || !last) return -1;
    const pairs = matedPairsOf(link);
    const junctions = junctionsOf(link);
    if (pairs > 63 || junctions > 15) return -1;
    // which end of the first and last cable the link's ends are: the transceiver read there
    const endA = first.aPortId === link.a ? 0 : first.bPortId === link.a ? 1 : 2;
    const endB = link.b === null ? 3 : last.aPortId === link.b ? 0 : last.bPortId === link.b ? 1 : 2;
    // (whether each end is a co-packaged port taking a bare fibre: the fibre rules judge it so)
    const cpo = this.bareCpoAt(first, endA, link.a) | (link.b === null ? 0 : 2 * this.bareCpoAt(last, endB, link.b));
    let k = this.heads.of(((((n * 64 + pairs) * 16 + junctions) * 4 + endA) * 4 + endB) * 4 + cpo);
    for (let i = 0; i < n && k >= 0; i++) {
      const c = i === 0 ? first : i === n - 1 ? last : cables.get(link.cables[i]!);
      const t = c ? this.inLink(c) : -1;
      k = t < 0 ? -1 : this.steps[i]!.of(k * CLASSES + t);
    }
    return k < 0 ? -1 : this.linkIds.of(k * 16 + n - 1);
  }

  /** 1 when end `end` (0: a, 1: b) of a cable, at port `portId`, is a co-packaged port taking the
   * fibre bare (link-parts.ts bareCpo); 0 otherwise. */
  private bareCpoAt(c: Cable, end: number, portId: Id): number {
    if (end > 1) return 0;
    const p = resolveLink(c, this.ctx.world.media);
    return bareCpo(this.ctx, p, end === 0 ? p.opticA : p.opticB, portId) ? 1 : 0;
  }

  /** A cable as a link's rules read it: media, declared polarity, which lengths it has, and its
   * length as installed (session.cableLengthMm). */
  private inLink(c: Cable): number {
    const p = this.parts.of(resolveLink(c, this.ctx.world.media));
    const r = this.ctx.routeOf(c.id);
    const flags = (c.lengthMm != null ? 1 : 0) | (r ? 2 : 0) | (r?.routedMm != null ? 4 : 0) | (r?.orderedMm != null ? 8 : 0);
    const length = this.lengths.of(c.lengthMm ?? r?.orderedMm ?? r?.routedMm ?? -1);
    if (p < 0 || length < 0) return -1;
    const pol: number | undefined = c.polarity == null ? 0 : POLARITY[c.polarity];
    if (pol === undefined) return -1; // (not a polarity the rules know: no class)
    return this.cableInLink.of(((p * 8 + pol) * 16 + flags) * LENGTHS + length);
  }

  /** The first run's rules of a cable as it is routed (`Rule.whileRouting`), `place` its index
   * in the snapshot's list. */
  routing(rules: readonly RuleRun[], c: Cable, place: number, parts: LinkParts): void {
    this.routingAs(rules, this.cableClass(c, place, parts), place, c.id, 0);
  }

  /**
   * cableClass() of a held jumper (`combo`: its media combination and end, session-records.ts),
   * its ports' specs found by their template: a generated port's spec is its template's on its
   * device's type (PortSpecs), so ports made from one template on devices of one type share it,
   * and the class is looked up by the combination and the two specs.
   */
  heldCableClass(place: number, combo: number, parts: LinkParts, a: Port, b: Port): number {
    const sa = this.heldSpec(a);
    const sb = this.heldSpec(b);
    if (sa < 0 || sb < 0) return this.cable(place, parts, this.ctx.portSpec(a.id), this.ctx.portSpec(b.id));
    const key = (combo * OBJECTS + sa) * OBJECTS + sb;
    let k = this.heldClasses.get(key);
    if (k === undefined) this.heldClasses.set(key, (k = this.cable(place, parts, this.specOf[sa], this.specOf[sb])));
    else this.byPlace[place] = k;
    return k;
  }
  private heldClasses = new Map<number, number>();
  /** By a generated port's template: its device type and its spec's id in `specs` (-1: none). */
  private bySpecTemplate = new Map<object, { type: Id; id: number }>();
  private specOf: (PortSpec | undefined)[] = [];
  private heldSpec(p: Port): number {
    const t = templateFieldsOf(p);
    const type = this.ctx.world.devices.get(p.deviceId)?.typeId;
    if (t === null || type === undefined) return -1;
    let e = this.bySpecTemplate.get(t);
    if (e === undefined || e.type !== type) {
      const spec = this.ctx.portSpec(p.id);
      const id = this.specs.of(spec ?? NO_SPEC);
      if (id >= 0) this.specOf[id] = spec;
      this.bySpecTemplate.set(t, (e = { type, id }));
    }
    return e.id;
  }

  /** A cable's class (cable()), its ports' specs read from the session. */
  cableClass(c: Cable, place: number, parts: LinkParts): number {
    return this.cable(place, parts, this.ctx.portSpec(c.aPortId), this.ctx.portSpec(c.bPortId));
  }

  /** routing() for a cable of class k at `place`; `held` (session-records.ts): 1 or 3 for a jumper
   * held as a record (3: it has an ordered length), 0 for any other cable. */
  routingAs(rules: readonly RuleRun[], k: number, place: number, id: Id, held: number): void {
    this.byPlace[place] = k;
    if (held !== 0) (this.heldAt ??= new Uint8Array(this.byPlace.length))[place] = held;
    const memos = (this.routingMemos ??= this.memosOf(rules));
    for (let i = 0; i < rules.length; i++) this.run(rules[i]!, memos[i] ?? null, rules[i]!.rule.classPure === 'cable' ? k : -1, id);
  }

  /** The first run's other cable rules over the snapshot's cables (`ids` in its order), owner by
   * owner: a link's class is found once for its head cable's four link rules. */
  later(rules: readonly RuleRun[], ids: readonly Id[]): number {
    const memos = this.memosOf(rules);
    const held = this.heldAt;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (held !== null && held[i] !== 0) {
        this.laterHeld(rules, memos, i, id);
        continue;
      }
      let link = -2;
      for (let r = 0; r < rules.length; r++) {
        const pure = rules[r]!.rule.classPure;
        const k = pure === 'cable' ? this.byPlace[i]! : pure === 'link' ? (link === -2 ? (link = this.link(id)) : link) : -1;
        this.run(rules[r]!, memos[r] ?? null, k, id);
      }
    }
    return ids.length * rules.length;
  }

  /** later() for a jumper held as a record: the rules that have nothing to say of one are not
   * asked; the link rules take its link's class when it heads one, else its loose class. */
  private laterHeld(rules: readonly RuleRun[], memos: readonly (Uint8Array | null)[], place: number, id: Id): void {
    // (a jumper whose cable and link classes every rule found clean is not looked at rule by rule)
    const k = this.byPlace[place]!;
    const link = this.heldLink(place, id);
    const clean = this.heldClean;
    if (k >= 0 && link >= 0 && clean[k] === CLEAN && clean[CLASSES + LOOSE + link] === CLEAN) return;
    let all = k >= 0 && link >= 0;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!.rule;
      if (rule.recordsClean) continue;
      const pure = rule.classPure;
      const memo = memos[r] ?? null;
      const c = pure === 'cable' ? k : pure === 'link' ? link : -1;
      this.run(rules[r]!, memo, c, id);
      if (c < 0 || memo === null || memo[c] !== CLEAN) all = false;
    }
    if (all) clean[k] = clean[CLASSES + LOOSE + link] = CLEAN;
  }
  /** Held jumpers' cable classes (from 0) and link classes (from CLASSES + LOOSE) whose members
   * every rule found clean (laterHeld). */
  private heldClean = new Uint8Array(2 * (CLASSES + LOOSE));

  /**
   * A held jumper's class for the link rules: its link's when it heads one. One that heads none
   * (the far jumper of its link) is judged alone: the rules over links find nothing on it, and
   * reach, in a longer channel, checks only that its media comes in a stock length for it, which
   * its cable class and whether it has an ordered length decide. -1 (checked alone) otherwise.
   */
  private heldLink(place: number, id: Id): number {
    const ch = this.ctx.channels;
    const sole = ch.soleHeadedView(id);
    if (sole === undefined) return -1;
    if (sole !== null) return this.heldHead(sole, id);
    const k = this.byPlace[place]!;
    if (k < 0 || !ch.inLongerChannel(id)) return -1;
    const v = this.loose.of(k * 2 + (this.heldAt![place]! >> 1));
    return v < 0 ? -1 : CLASSES + v;
  }

  /**
   * link() for a link headed by a held jumper, without making its cables: a link of a held jumper,
   * a trunk and a held jumper through two panel passes is of link()'s class for its panels' mated
   * pairs, which end of each jumper its ends are, and each of its three cables as a link's rules
   * read it (inLink: a jumper's from its record). link() works out the first link of each.
   */
  private heldHead(l: Link, id: Id): number {
    const held = this.held;
    if (!held || l.cables.length !== 3 || l.panels.length !== 8 || l.legs.length !== 0) return this.link(id);
    const j0 = held.jumperOf(l.cables[0]!);
    const j2 = held.jumperOf(l.cables[2]!);
    const a = j0 < 0 ? -1 : this.heldInLink(j0, l.cables[0]!);
    const b = j2 < 0 ? -1 : this.heldInLink(j2, l.cables[2]!);
    const t = a < 0 || b < 0 ? -1 : this.trunkInLink(l.cables[1]!);
    if (t < 0) return this.link(id);
    // (the first jumper's interface end is the link's a-end: its a-end when it is a record's
    // a-end jumper, its b-end otherwise; the same for the last one and the link's b-end)
    const cpo = this.heldBareCpo(j0, l.a) | (l.b === null ? 0 : 2 * this.heldBareCpo(j2, l.b));
    const key = (((((l.panels[3]! + l.panels[7]!) * 4 + (j0 & 1) * 2 + (j2 & 1)) * 4 + cpo) * CLASSES + t) * CLASSES + a) * CLASSES + b;
    let k = this.heldLinks.get(key);
    if (k === undefined) this.heldLinks.set(key, (k = this.link(id)));
    return k;
  }
  private heldLinks = new Map<number, number>();
  /** inLink() of the trunks of held jumpers' links, by cable id. */
  private trunks = new Map<Id, number>();
  private trunkInLink(id: Id): number {
    let t = this.trunks.get(id);
    if (t === undefined) {
      const c = this.ctx.world.cables.get(id);
      this.trunks.set(id, (t = c ? this.inLink(c) : -1));
    }
    return t;
  }

  /** bareCpoAt() of held jumper j's interface end, at port `portId` (a record's a-end jumper
   * meets its interface port at its a end, the b-end jumper at its b end). */
  private heldBareCpo(j: number, portId: Id): number {
    const p = this.comboParts[this.held!.comboOf(j)]!; // (heldInLink resolved it)
    return bareCpo(this.ctx, p, (j & 1) === 0 ? p.opticA : p.opticB, portId) ? 1 : 0;
  }

  /** inLink() of held jumper j (cable `id`), from its record: no cable or route object made. */
  private heldInLink(j: number, id: Id): number {
    const held = this.held!;
    const combo = held.comboOf(j);
    let p = this.partsOfCombo[combo] ?? -2;
    if (p === -2) {
      const c = this.ctx.world.cables.get(id)!;
      const parts = (this.comboParts[combo] = resolveLink(c, this.ctx.world.media));
      this.partsOfCombo[combo] = p = this.parts.of(parts);
    }
    const routed = held.routedOf(j);
    if (p < 0 || routed < 0) return -1;
    const ordered = held.orderedOf(j);
    const flags = 2 | 4 | (Number.isNaN(ordered) ? 0 : 8);
    const length = this.lengths.of(Number.isNaN(ordered) ? routed : ordered);
    if (length < 0) return -1;
    return this.cableInLink.of((p * 8 * 16 + flags) * LENGTHS + length);
  }

  /** What the first member of each class found, per rule (null: a rule checked cable by cable). */
  private memosOf(rules: readonly RuleRun[]): (Uint8Array | null)[] {
    return rules.map((x) => (x.rule.classPure ? new Uint8Array(CLASSES + LOOSE) : null));
  }

  /** Runs a rule on a cable of class `k` (-1: none), or answers for it from the class's first. */
  private run(x: RuleRun, memo: Uint8Array | null, k: number, id: Id): void {
    if (k < 0 || memo === null) {
      x.results.first(id, x.rule.check(this.ctx, id));
      return;
    }
    const seen = memo[k]!;
    if (seen === CLEAN) return;
    const v = x.rule.check(this.ctx, id);
    if (seen === UNKNOWN) memo[k] = v.length === 0 ? CLEAN : FOUND;
    x.results.first(id, v);
  }
}
