// Feed capacity, with A/B redundant feeds: a rack with an A feed (feedId) and a B feed (feedBId)
// draws half its load from each in normal operation, and its whole load from one when the other
// fails. Each feed must carry its worst single failure: its single-fed racks in full, its dual-fed
// racks half, plus the other half of the dual-fed racks it shares with the one partner feed whose
// loss moves the most load onto it. For the usual A/B pairing (every dual-fed rack on the same two
// feeds) that is every rack's full load on each side. The rule: a fault-tolerant (Uptime Tier IV)
// site keeps N capacity serving the IT load after any single distribution failure, so each path
// carries the full load of dual-corded equipment when the other fails (docs/routing-and-checks.md).
import type { Id, PowerFeed, Rack } from '../model/entities.js';
import { formatW } from '../model/units.js';
import { NO_VIOLATIONS, type CheckContext, type Rule } from './types.js';

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

/** The other feed of a rack fed from two, seen from `feedId`; null when the rack has one feed. */
export function partnerFeed(r: Pick<Rack, 'feedId' | 'feedBId'>, feedId: Id): Id | null {
  const b = r.feedBId ?? null;
  if (b == null || r.feedId == null || b === r.feedId) return null;
  return r.feedId === feedId ? b : b === feedId ? r.feedId : null;
}

export interface FeedLoad {
  /** Normal operation: single-fed racks in full, dual-fed racks half, W. */
  normalW: number;
  /** After the worst single failure of a partner feed, W (= normalW with no dual-fed racks). */
  failoverW: number;
  /** The partner feed whose loss gives failoverW; null without dual-fed racks. */
  worstPartner: Id | null;
  racks: Rack[];
}

export function feedLoad(ctx: CheckContext, feedId: Id): FeedLoad {
  const racks = [...ctx.racksOnFeed(feedId)].map((id) => ctx.world.racks.get(id)).filter((r) => !!r);
  let normalW = 0;
  const shared = new Map<Id, number>();
  for (const r of racks) {
    const w = ctx.rackLoad(r.id).totalW;
    const p = partnerFeed(r, feedId);
    if (p == null) normalW += w;
    else {
      normalW += w / 2;
      shared.set(p, (shared.get(p) ?? 0) + w / 2);
    }
  }
  let worstPartner: Id | null = null;
  let moved = 0;
  for (const [p, w] of shared) {
    if (w > moved) {
      moved = w;
      worstPartner = p;
    }
  }
  return { normalW, failoverW: normalW + moved, worstPartner, racks };
}

export const feedPowerRule: Rule = {
  id: 'feed-power',
  owner: 'feed',
  check(ctx, feedId) {
    const feed = ctx.world.feeds.get(feedId);
    if (!feed) return NO_VIOLATIONS;
    const load = feedLoad(ctx, feedId);
    const cap = feedCapacityW(feed, ctx.settings.feedDeratePct);
    if (load.failoverW <= cap) return NO_VIOLATIONS;
    const rating = `${feed.phases === 3 ? '3-phase' : '1-phase'} ${feed.voltageV} V ${feed.amps} A at ${effectiveDeratePct(feed, ctx.settings.feedDeratePct)}%`;
    const partner = load.worstPartner == null ? null : ctx.world.feeds.get(load.worstPartner);
    const message =
      load.worstPartner == null
        ? `Feed ${feed.name} carries ${formatW(load.failoverW)} from ${load.racks.length} rack(s), over its ${formatW(Math.floor(cap))} (${rating}).`
        : `Feed ${feed.name} carries ${formatW(load.normalW)} from ${load.racks.length} rack(s) and ${formatW(load.failoverW)} when feed ${partner?.name ?? load.worstPartner} fails (its A/B racks move their whole load here), over its ${formatW(Math.floor(cap))} (${rating}).`;
    return [
      {
        rule: 'feed-power',
        severity: 'error',
        objects: [ctx.ref.feed(feed), ...load.racks.map((r) => ctx.ref.rack(r))],
        message,
        hint: 'Move racks to another feed or use a feed with a higher rating; with A/B feeds each side must carry the whole load of its dual-fed racks.',
      },
    ];
  },
};
