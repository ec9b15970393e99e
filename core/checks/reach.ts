import { longestStockMm, reachOf, resolveLink } from '../routing/link.js';
import { nvidiaChannelLimitM, NVIDIA_CHANNELS } from '../catalog/media/channel-budgets.js';
import type { Link } from '../routing/channel.js';
import type { Cable, Media } from '../model/entities.js';
import { formatMCompact } from '../model/units.js';
import { linkName, linkObjects, linkParts } from './link-parts.js';
import { NO_VIOLATIONS, type CheckContext, type Rule, type Violation } from './types.js';

const m = formatMCompact;
const objects = (ctx: CheckContext, c: Cable) => [ctx.ref.cable(c), ...ctx.ref.cableRacks(c)];

/** Reach of a structured link is its channel's: every cable from one transceiver to the other. */
function channelReach(ctx: CheckContext, link: Link): Violation | null {
  const parts = linkParts(ctx, link);
  if (!parts) return null;
  let mm = 0;
  for (const c of link.cables) {
    const l = ctx.cableLengthMm(c);
    if (l == null) return null;
    mm += l;
  }
  // the shortest limit, the first of equals: each optic's reach, then NVIDIA's channel limit for it
  // (worded only for a violation: every link of a hall is measured, few fail)
  let limitM = Infinity;
  let limitOptic: Media | null = null;
  let nvidia = false;
  for (const o of [parts.opticA, parts.opticB]) {
    if (!o) continue;
    if (o.maxReachM > 0 && o.maxReachM < limitM) [limitM, limitOptic, nvidia] = [o.maxReachM, o, false];
    const nv = nvidiaChannelLimitM(o, link.legs.length > 0);
    if (nv != null && nv < limitM) [limitM, limitOptic, nvidia] = [nv, o, true];
  }
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
      for (const l of ctx.channels.headedBy(id)) {
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
