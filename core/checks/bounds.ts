// bounds: a rack or a tray that lies (partly) outside its hall. Edits that would do this are
// refused (db/edits.ts, through the same core/model/bounds.ts); this catches files that already
// are, e.g. made by an older version or imported. A rack's devices stand where it stands.
import { rackOutside, trayOutside } from '../model/bounds.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

const HINT = 'Move it inside the hall, or make the hall larger in the inspector.';

export const rackBoundsRule: Rule = {
  id: 'bounds',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    const hall = rack && ctx.world.halls.get(rack.hallId);
    if (!rack || !hall) return NO_VIOLATIONS;
    const why = rackOutside(rack, hall);
    if (!why) return NO_VIOLATIONS;
    const n = ctx.devicesInRack(rackId).length;
    const devices = n ? ` with its ${n} device${n === 1 ? '' : 's'}` : '';
    return [{ rule: 'bounds', severity: 'error', objects: [ctx.ref.rack(rack)], message: `Rack ${rack.name}${devices} stands outside hall ${hall.name}: its footprint ${why}.`, hint: HINT }];
  },
};

export const trayBoundsRule: Rule = {
  id: 'bounds',
  owner: 'tray',
  check(ctx, trayId) {
    const tray = ctx.world.trays.get(trayId);
    const hall = tray && ctx.world.halls.get(tray.hallId);
    if (!tray || !hall) return NO_VIOLATIONS;
    const why = trayOutside(tray, hall);
    if (!why) return NO_VIOLATIONS;
    return [{ rule: 'bounds', severity: 'error', objects: [ctx.ref.tray(tray)], message: `Tray ${tray.name} runs outside hall ${hall.name}: its ${why}.`, hint: HINT }];
  },
};
