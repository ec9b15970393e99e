import type { PowerFeed } from '../model/entities.js';
import { formatW } from '../model/units.js';
import type { Rule } from './types.js';

/**
 * Usable capacity of a feed, W: sqrt(3) x V(line-line) x A for three-phase, V x A for single-phase
 * (power factor 1), derated to the feed's own percentage, capped by the project's feedDeratePct.
 */
export function feedCapacityW(f: Pick<PowerFeed, 'voltageV' | 'amps' | 'phases' | 'deratePct'>, projectDeratePct = 100): number {
  return (f.phases === 3 ? Math.sqrt(3) : 1) * f.voltageV * f.amps * (effectiveDeratePct(f, projectDeratePct) / 100);
}

export function effectiveDeratePct(f: Pick<PowerFeed, 'deratePct'>, projectDeratePct: number): number {
  return Math.min(f.deratePct, projectDeratePct);
}

export const feedPowerRule: Rule = {
  id: 'feed-power',
  owner: 'feed',
  check(ctx, feedId) {
    const feed = ctx.world.feeds.get(feedId);
    if (!feed) return [];
    const racks = [...ctx.racksOnFeed(feedId)].map((id) => ctx.world.racks.get(id)).filter((r) => !!r);
    let load = 0;
    for (const r of racks) load += ctx.rackLoad(r.id).totalW;
    const cap = feedCapacityW(feed, ctx.settings.feedDeratePct);
    if (load <= cap) return [];
    const rating = `${feed.phases === 3 ? '3-phase' : '1-phase'} ${feed.voltageV} V ${feed.amps} A at ${effectiveDeratePct(feed, ctx.settings.feedDeratePct)}%`;
    return [
      {
        rule: 'feed-power',
        severity: 'error',
        objects: [ctx.ref.feed(feed), ...racks.map((r) => ctx.ref.rack(r))],
        message: `Feed ${feed.name} carries ${formatW(load)} from ${racks.length} rack(s), over its ${formatW(Math.floor(cap))} (${rating}).`,
        hint: 'Move racks to another feed or use a feed with a higher rating.',
      },
    ];
  },
};
