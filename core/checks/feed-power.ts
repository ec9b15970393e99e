import type { PowerFeed } from '../model/entities.js';
import { formatW } from '../model/units.js';
import type { Rule } from './types.js';

/** Usable capacity of a feed, W: sqrt(3) x V(line-line) x A for three-phase, V x A for single-phase, derated. */
export function feedCapacityW(f: Pick<PowerFeed, 'voltageV' | 'amps' | 'phases' | 'deratePct'>): number {
  return (f.phases === 3 ? Math.sqrt(3) : 1) * f.voltageV * f.amps * (f.deratePct / 100);
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
    const cap = feedCapacityW(feed);
    if (load <= cap) return [];
    const rating = `${feed.phases === 3 ? '3-phase' : '1-phase'} ${feed.voltageV} V ${feed.amps} A at ${feed.deratePct}%`;
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
