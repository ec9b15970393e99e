import { slotOf, uSpaceProblems } from '../model/rack-space.js';
import { NO_VIOLATIONS, type Rule, type Violation } from './types.js';

export const uSpaceRule: Rule = {
  id: 'u-space',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    if (!rack) return NO_VIOLATIONS;
    const slots = [];
    const ids = ctx.devicesInRack(rackId);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const d = ctx.world.devices.get(id);
      const t = d && ctx.world.types.get(d.typeId);
      if (d && t) slots.push(slotOf(d, t));
    }
    const out: Violation[] = [];
    for (const p of uSpaceProblems(rack.heightU, slots)) {
      const dev = ctx.ref.device(p.deviceId);
      if (!dev) continue;
      if (p.kind === 'overflow') {
        out.push({
          rule: 'u-space',
          severity: 'error',
          objects: [ctx.ref.rack(rack), dev],
          message: `Device ${dev.name} reaches U${p.hi}, beyond rack ${rack.name}'s ${p.heightU}U.`,
          hint: 'Move the device lower or into a taller rack.',
        });
      } else {
        const other = ctx.ref.device(p.otherId);
        out.push({
          rule: 'u-space',
          severity: 'error',
          objects: [ctx.ref.rack(rack), dev, ...(other ? [other] : [])],
          message: `Devices ${dev.name} and ${other?.name ?? p.otherId} both occupy U${p.u} in rack ${rack.name}.`,
          hint: 'Move one of them to free rack units.',
        });
      }
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};
