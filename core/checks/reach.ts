import { longestStockMm, reachOf, resolveLink } from '../routing/link.js';
import type { Cable } from '../model/entities.js';
import { formatMCompact } from '../model/units.js';
import { NO_VIOLATIONS, type CheckContext, type Rule } from './types.js';

const m = formatMCompact;
const objects = (ctx: CheckContext, c: Cable) => [ctx.ref.cable(c), ...ctx.ref.cableRacks(c)];

export const reachRule: Rule = {
  id: 'reach',
  owner: 'cable',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    const r = ctx.routeOf(id);
    if (!c || !r || r.routedMm == null) return NO_VIOLATIONS;
    const lengthMm = c.lengthMm ?? r.routedMm;
    const parts = resolveLink(c, ctx.world.media);
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
    if (parts.cable && c.lengthMm == null && r.orderedMm == null && parts.cable.lengthsM.length > 0) {
      return [
        {
          rule: 'reach',
          severity: 'error',
          objects: objects(ctx, c),
          message: `Cable ${c.label} needs ${m(lengthMm)} but the longest stock ${parts.cable.id} is ${m(longestStockMm(parts.cable)!)}.`,
          hint: 'Choose media sold in a longer length, or shorten the route.',
        },
      ];
    }
    return NO_VIOLATIONS;
  },
};
