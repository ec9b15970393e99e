// Cables alike are checked once: a session's first run gives each cable a class (a small integer)
// for the inputs of the cable rules declared `classPure` (types.ts), runs such a rule on the first
// cable of a class and, when that cable has no finding, reports none for the rest of the class
// without running the rule on them. Where the first one has findings every member is checked, so
// findings, their messages and objects stay the rules' own. A structured 32k hall has 196,608
// jumpers and 98,304 links in a handful of classes. Later updates check cable by cable.
import type { Cable, Id } from '../model/entities.js';
import type { PortSpec } from '../routing/compat.js';
import { resolveLink, type LinkParts } from '../routing/link.js';
import { matedPairsOf, junctionsOf } from '../routing/channel-types.js';
import type { RuleRun } from './session-results.js';
import type { CheckContext } from './types.js';

/** Classes per kind: each key below is made of a few such ids and stays a small integer (< 2^30,
 * no heap number per Map key). A hall with more classes checks the rest cable by cable. */
const CLASSES = 1 << 15;
/** Distinct objects (media combinations, port specs) and lengths interned, at most. */
const OBJECTS = 1 << 10;
const LENGTHS = 1 << 13;

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
const POLARITY = { A: 1, B: 2, C: 3 } as const;

export class RuleClasses {
  private parts = new Ids<LinkParts>(OBJECTS);
  private specs = new Ids<PortSpec>(OBJECTS);
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
  private routingMemos: (Uint8Array | null)[] | null = null;

  constructor(
    private readonly ctx: CheckContext,
    cables: number,
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
    let k = this.heads.of((((n * 64 + pairs) * 16 + junctions) * 4 + endA) * 4 + endB);
    for (let i = 0; i < n && k >= 0; i++) {
      const c = i === 0 ? first : i === n - 1 ? last : cables.get(link.cables[i]!);
      const t = c ? this.inLink(c) : -1;
      k = t < 0 ? -1 : this.steps[i]!.of(k * CLASSES + t);
    }
    return k < 0 ? -1 : this.linkIds.of(k * 16 + n - 1);
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
    const k = this.cable(place, parts, this.ctx.portSpec(c.aPortId), this.ctx.portSpec(c.bPortId));
    const memos = (this.routingMemos ??= this.memosOf(rules));
    for (let i = 0; i < rules.length; i++) this.run(rules[i]!, memos[i] ?? null, rules[i]!.rule.classPure === 'cable' ? k : -1, c.id);
  }

  /** The first run's other cable rules over the snapshot's cables (`ids` in its order), owner by
   * owner: a link's class is found once for its head cable's four link rules. */
  later(rules: readonly RuleRun[], ids: readonly Id[]): number {
    const memos = this.memosOf(rules);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      let link = -2;
      for (let r = 0; r < rules.length; r++) {
        const pure = rules[r]!.rule.classPure;
        const k = pure === 'cable' ? this.byPlace[i]! : pure === 'link' ? (link === -2 ? (link = this.link(id)) : link) : -1;
        this.run(rules[r]!, memos[r] ?? null, k, id);
      }
    }
    return ids.length * rules.length;
  }

  /** What the first member of each class found, per rule (null: a rule checked cable by cable). */
  private memosOf(rules: readonly RuleRun[]): (Uint8Array | null)[] {
    return rules.map((x) => (x.rule.classPure ? new Uint8Array(CLASSES) : null));
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
