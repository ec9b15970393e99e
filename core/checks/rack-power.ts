import { formatW } from '../model/units.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

/** A budget of 0 W means none was set: nothing to check against. */
export const rackPowerRule: Rule = {
  id: 'rack-power',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    if (!rack || rack.powerBudgetW <= 0) return NO_VIOLATIONS;
    const load = ctx.rackLoad(rackId);
    if (load.totalW <= rack.powerBudgetW) return NO_VIOLATIONS;
    const unknown = load.unknown.length ? ` (${load.unknown.length} device(s) with no power figure counted as 0 W)` : '';
    return [
      {
        rule: 'rack-power',
        severity: 'error',
        objects: [ctx.ref.rack(rack)],
        message: `Rack ${rack.name} draws ${formatW(load.totalW)} (devices ${formatW(load.devicesW)} + optics ${formatW(load.opticsW)}), over its budget of ${formatW(rack.powerBudgetW)}${unknown}.`,
        hint: 'Move a device to another rack, or raise the rack\'s power budget if its feeds allow it.',
      },
    ];
  },
};
