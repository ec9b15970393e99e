import { NO_VIOLATIONS, type Rule } from './types.js';

export const unroutableRule: Rule = {
  id: 'unroutable',
  owner: 'cable',
  // a held jumper's route stays in its rack (one that leaves it or fails is a plain cable)
  recordsClean: true,
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    const r = ctx.routeOf(id);
    if (!c || !r?.problem) return NO_VIOLATIONS;
    return [
      {
        rule: 'unroutable',
        severity: 'error',
        objects: ctx.ref.cableAndRacks(c),
        message: `Cable ${c.label} cannot be routed: ${r.problem}.`,
        hint: 'Draw a tray that reaches both racks (trays that cross or touch are joined), or set the rack\'s drop tray.',
      },
    ];
  },
};
