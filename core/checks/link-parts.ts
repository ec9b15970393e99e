// What the channel rules read about one link: the transceiver at each end (on the cable plugged
// into that end's port), each cable's media, the channel's length and how it is worded.
import type { Cable, Id, Media } from '../model/entities.js';
import type { Link } from '../routing/channel.js';
import { resolveLink, type LinkParts as ResolvedParts } from '../routing/link.js';
import type { PortSpec } from '../routing/compat.js';
import { NO_VIOLATIONS, type CheckContext, type CheckObject, type Rule, type RuleId, type Violation } from './types.js';

export interface LinkParts {
  opticA: Media | null;
  opticB: Media | null;
  cables: Cable[];
  /** Each cable's routed-and-ordered media (fibre, cord, trunk); null where it has none. */
  media: (Media | null)[];
  /** An end with no transceiver whose port is co-packaged optics (the fibre plugs straight into
   * the switch): its port spec; null otherwise. The fibre rules judge such an end as the
   * DR4-class module the engine replaces (core/routing/polarity.ts cpoPortLayout). */
  cpoA: PortSpec | null;
  cpoB: PortSpec | null;
}

/** The transceiver a cable carries at the end plugged into a port. */
function opticAt(ctx: CheckContext, c: Cable, portId: Id): Media | null {
  const parts = resolveLink(c, ctx.world.media);
  return c.aPortId === portId ? parts.opticA : c.bPortId === portId ? parts.opticB : null;
}

/** The port's spec where a cable of these parts plugs a bare fibre (`optic`, its transceiver at
 * that end, null) into a co-packaged-optics port; null otherwise (an assembly's ends and ends with
 * a transceiver cost no lookup). The one test of a co-packaged end: the rules and their classes. */
export function bareCpo(ctx: CheckContext, parts: ResolvedParts, optic: Media | null, portId: Id): PortSpec | null {
  if (optic || parts.cable?.kind !== 'fiber') return null;
  const s = ctx.portSpec(portId);
  return s?.cpo ? s : null;
}

/** bareCpo for a cable with no transceiver at that port (asked where opticAt found none). */
function cpoAt(ctx: CheckContext, c: Cable, portId: Id): PortSpec | null {
  return bareCpo(ctx, resolveLink(c, ctx.world.media), null, portId);
}

/** Parts of the link asked for last: the four channel rules of a cable run one after the other
 * (the check session runs each owner's rules together), so the last link's parts serve the other
 * three. Parts are read from the link's ends and cables alone, so they stand for a link with the
 * same ends and the same cable objects (an edit puts a new one), whichever object carries it (a
 * direct link comes to the rules as one shared object). Nothing is kept per link: 100,000
 * links' parts, kept, were a good part of the collector's work when generating a hall. One
 * holder, updated in place. */
const last: { a: Id; b: Id | null; media: CheckContext['world']['media'] | null; parts: LinkParts | null } = { a: 0, b: null, media: null, parts: null };

export function linkParts(ctx: CheckContext, link: Link): LinkParts | null {
  const l = last;
  if (l.parts && l.a === link.a && l.b === link.b && l.media === ctx.world.media && sameCables(ctx, link, l.parts.cables) && sameCpo(ctx, link, l.parts)) return l.parts;
  const parts = partsOf(ctx, link);
  l.a = link.a;
  l.b = link.b;
  l.media = ctx.world.media;
  l.parts = parts;
  return parts;
}

/** A cached parts' ends without a transceiver are still the same co-packaged ports (an edit may
 * change a device's type, not its ports' ids). */
function sameCpo(ctx: CheckContext, link: Link, p: LinkParts): boolean {
  const n = link.cables.length;
  if (!p.opticA && cpoAt(ctx, p.cables[0]!, link.a) !== p.cpoA) return false;
  return p.opticB !== null || link.b === null || cpoAt(ctx, p.cables[n - 1]!, link.b) === p.cpoB;
}

/**
 * Whether each end of a link is a transceiver or a co-packaged-optics port: the links the fibre
 * rules (loss, polarity) judge, asked before the parts are gathered: links of assemblies (DAC,
 * AOC) need no parts list, 70,000 of the bench hall's 100,000.
 */
export function fibreEnded(ctx: CheckContext, link: Link): boolean {
  if (link.b === null) return false;
  const n = link.cables.length;
  const first = ctx.world.cables.get(link.cables[0]!);
  if (!first) return false;
  if (!opticAt(ctx, first, link.a) && !cpoAt(ctx, first, link.a)) return false;
  // (the far end only where the near end qualifies: not for the bench hall's 70,000 assemblies;
  // a one-cable link, every link of a direct hall, fetches its cable once)
  const last = n === 1 ? first : ctx.world.cables.get(link.cables[n - 1]!);
  return !!last && (!!opticAt(ctx, last, link.b) || !!cpoAt(ctx, last, link.b));
}

function sameCables(ctx: CheckContext, link: Link, cables: readonly Cable[]): boolean {
  if (link.cables.length !== cables.length) return false;
  for (let i = 0; i < cables.length; i++) if (ctx.world.cables.get(link.cables[i]!) !== cables[i]) return false;
  return true;
}

/** The parts of a one-cable link, in one object that the next one-cable link's overwrite: the
 * rules read a link's parts at once and keep none (channelLossOf hands out a copy), and the
 * 30,000 direct links with transceivers of the bench hall made an object and two lists each. */
const oneParts: LinkParts = { opticA: null, opticB: null, cables: [], media: [null], cpoA: null, cpoB: null };

function partsOf(ctx: CheckContext, link: Link): LinkParts | null {
  const n = link.cables.length;
  if (n === 1) {
    const c = ctx.world.cables.get(link.cables[0]!);
    if (!c) return null;
    const p = oneParts;
    p.cables[0] = c;
    p.media[0] = resolveLink(c, ctx.world.media).cable;
    p.opticA = opticAt(ctx, c, link.a);
    p.opticB = link.b === null ? null : opticAt(ctx, c, link.b);
    p.cpoA = p.opticA ? null : cpoAt(ctx, c, link.a);
    p.cpoB = p.opticB || link.b === null ? null : cpoAt(ctx, c, link.b);
    return p;
  }
  // lists of their final size: a list grown by push reserved room for 17, and the parts of
  // 100,000 links were the largest share of a check's garbage
  const cables = new Array<Cable>(n);
  const media = new Array<Media | null>(n);
  for (let i = 0; i < n; i++) {
    const c = ctx.world.cables.get(link.cables[i]!);
    if (!c) return null;
    cables[i] = c;
    media[i] = resolveLink(c, ctx.world.media).cable;
  }
  const opticA = opticAt(ctx, cables[0]!, link.a);
  const opticB = link.b === null ? null : opticAt(ctx, cables[n - 1]!, link.b);
  return {
    opticA,
    opticB,
    cables,
    media,
    cpoA: opticA ? null : cpoAt(ctx, cables[0]!, link.a),
    cpoB: opticB || link.b === null ? null : cpoAt(ctx, cables[n - 1]!, link.b),
  };
}

/** "leaf-01:swp1 to spine-01:swp3", for messages. */
export function linkName(ctx: CheckContext, link: Link): string {
  const a = ctx.ref.port(link.a)?.name ?? `port ${link.a}`;
  const b = link.b === null ? 'an open end' : (ctx.ref.port(link.b)?.name ?? `port ${link.b}`);
  return `${a} to ${b}`;
}

/** The objects a link's violation names: its end ports and its cables. */
export function linkObjects(ctx: CheckContext, link: Link, cables: readonly Cable[]): CheckObject[] {
  const out: CheckObject[] = [];
  const a = ctx.ref.port(link.a);
  if (a) out.push(a);
  const b = link.b === null ? null : ctx.ref.port(link.b);
  if (b) out.push(b);
  for (const c of cables) out.push(ctx.ref.cable(c));
  return out;
}

export const mOf = (mm: number) => `${+(mm / 1000).toFixed(2)} m`;

/**
 * A rule over links, reported on each link's first cable: `check` words at most one violation per
 * link. Cables that head no link (most, in a direct hall) cost one lookup.
 */
export function linkRule(id: RuleId, check: (ctx: CheckContext, link: Link) => Violation | null, classPure?: 'link'): Rule {
  return {
    id,
    owner: 'cable',
    ...(classPure ? { classPure } : {}),
    check(ctx, cableId) {
      // (a direct link as a shared object: the rules keep nothing of the link they judge)
      const sole = ctx.channels.soleHeadedView(cableId);
      if (sole === null) return NO_VIOLATIONS;
      if (sole !== undefined) {
        const v = check(ctx, sole);
        return v ? [v] : NO_VIOLATIONS;
      }
      const links = ctx.channels.headedBy(cableId);
      if (links.length === 0) return NO_VIOLATIONS;
      let out: Violation[] | null = null;
      for (const link of links) {
        const v = check(ctx, link);
        if (v) (out ??= []).push(v);
      }
      return out ?? NO_VIOLATIONS;
    },
  };
}
