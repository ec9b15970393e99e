import { longestStockMm, reachOf, resolveLink } from '../routing/link.js';
import { nvidiaChannelLimitM, NVIDIA_CHANNELS } from '../catalog/media/channel-budgets.js';
import type { Link } from '../routing/channel.js';
import type { Cable, Media } from '../model/entities.js';
import { formatMCompact } from '../model/units.js';
import { linkName, linkObjects, linkParts } from './link-parts.js';
import { NO_VIOLATIONS, type CheckContext, type Rule, type Violation } from './types.js';

/** Lengths as worded in messages, remembered: a hall's findings repeat lengths (racks on a grid,
 * runs alike; 10,019 findings in the bench hall have 1,240), and a number's formatting costs more
 * than its lookup. Bounded, so that no session's lengths pile up. */
const worded = new Map<number, string>();
function m(mm: number): string {
  let s = worded.get(mm);
  if (s === undefined) {
    if (worded.size >= 8192) worded.clear();
    worded.set(mm, (s = formatMCompact(mm)));
  }
  return s;
}
const objects = (ctx: CheckContext, c: Cable) => ctx.ref.cableAndRacks(c);

interface Limit {
  m: number;
  optic: Media | null;
  nvidia: boolean;
}

/** The limit being found (one object reused: reset per link, holds no optic after). */
const scratch: Limit = { m: Infinity, optic: null, nvidia: false };

/** Lowers `limit` to an optic's reach, then to NVIDIA's channel limit for it, where shorter. */
function tighten(limit: Limit, o: Media | null, splitter: boolean): void {
  if (!o) return;
  if (o.maxReachM > 0 && o.maxReachM < limit.m) {
    limit.m = o.maxReachM;
    limit.optic = o;
    limit.nvidia = false;
  }
  const nv = nvidiaChannelLimitM(o, splitter);
  if (nv != null && nv < limit.m) {
    limit.m = nv;
    limit.optic = o;
    limit.nvidia = true;
  }
}

/** Reach of a structured link is its channel's: every cable from one transceiver to the other. */
function channelReach(ctx: CheckContext, link: Link): Violation | null {
  const parts = linkParts(ctx, link);
  if (!parts) return null;
  let mm = 0;
  for (let i = 0; i < link.cables.length; i++) {
    const l = ctx.cableLengthMm(link.cables[i]!);
    if (l == null) return null;
    mm += l;
  }
  // the shortest limit, the first of equals: each optic's reach, then NVIDIA's channel limit for it
  // (worded only for a violation: every link of a hall is measured, few fail; no pair or tuple
  // per link: 98,304 links in a 32k structured hall)
  const best = scratch;
  best.m = Infinity;
  best.optic = null;
  best.nvidia = false;
  tighten(best, parts.opticA, link.legs.length > 0);
  tighten(best, parts.opticB, link.legs.length > 0);
  const limitM = best.m;
  const limitOptic = best.optic as Media | null; // (set by tighten: TS keeps the null above)
  const nvidia = best.nvidia as boolean;
  best.optic = null;
  if (!limitOptic || mm <= limitM * 1000) return null;
  const limit = nvidia
    ? { m: limitM, by: `NVIDIA's ${link.legs.length ? 'splitter' : 'straight'} channel limit for ${limitOptic.id}`, source: NVIDIA_CHANNELS }
    : { m: limitM, by: limitOptic.id, source: undefined };
  return {
    rule: 'reach',
    severity: 'error',
    objects: linkObjects(ctx, link, parts.cables),
    message: `Link ${linkName(ctx, link)} runs ${m(mm)} over ${link.cables.length} cables (${parts.cables.map((c) => c.label).join(', ')}) but ${limit.by} reaches ${limit.m} m.`,
    hint: `Shorten the channel (panels nearer the switches, a shorter trunk route) or use optics that reach further.${limit.source ? ` Limit: ${limit.source}` : ''}`,
  };
}

export const reachRule: Rule = {
  id: 'reach',
  owner: 'cable',
  // Class-pure by link (rule-classes.ts) for a cable heading one link of two or more cables: the
  // channel's transceivers and lengths, and the head cable's own media and whether it has a
  // fixed length, a route, a routed and an ordered length (its stock check). A cable that heads
  // no such link has no link class and is checked alone.
  classPure: 'link',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    const r = ctx.routeOf(id);
    if (!c || !r || r.routedMm == null) return NO_VIOLATIONS;
    const lengthMm = c.lengthMm ?? r.routedMm;
    const parts = resolveLink(c, ctx.world.media);
    // A cable that is part of a longer channel (jumper, trunk) is checked as the channel, once,
    // on the channel's first cable; alone it only has to come in a long enough stock length.
    let out: Violation[] | null = null;
    if (ctx.channels.inLongerChannel(id)) {
      // (the one link a cable usually heads without a list per cable)
      const sole = ctx.channels.soleHeaded(id);
      if (sole) {
        if (sole.cables.length >= 2) {
          const v = channelReach(ctx, sole);
          if (v) out = [v];
        }
      } else if (sole === undefined) for (const l of ctx.channels.headedBy(id)) {
        if (l.cables.length < 2) continue;
        const v = channelReach(ctx, l);
        if (v) (out ??= []).push(v);
      }
    } else {
      const reach = reachOf(parts);
      if (reach && lengthMm > reach.m * 1000) {
        return [
          {
            rule: 'reach',
            severity: 'error',
            objects: objects(ctx, c),
            message: `Cable ${c.label} is ${m(lengthMm)} long but ${reach.by.id} reaches ${reach.m} m.`,
            hint: 'Use media that reaches further (AEC, AOC or optics over fibre), or bring the racks closer.',
          },
        ];
      }
    }
    if (parts.cable && c.lengthMm == null && r.orderedMm == null && parts.cable.lengthsM.length > 0) {
      (out ??= []).push({
        rule: 'reach',
        severity: 'error',
        objects: objects(ctx, c),
        message: `Cable ${c.label} needs ${m(lengthMm)} but the longest stock ${parts.cable.id} is ${m(longestStockMm(parts.cable)!)}.`,
        hint: 'Choose media sold in a longer length, or shorten the route.',
      });
    }
    return out ?? NO_VIOLATIONS;
  },
};
