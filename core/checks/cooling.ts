// Cooling, checked per rack and per CDU:
//  - a liquid-cooled device (its type's coolingKind) in a rack declared air-cooled: error;
//  - a rack's heat over its declared cooling capacity (coolingCapacityW; 0 = not set): an air
//    rack's whole load (devices + optics), a liquid rack's liquid load;
//  - a liquid-cooled rack that no CDU serves: warning (its liquid load is checked against nothing);
//  - a CDU whose racks' liquid load is over its capacity: error.
// Liquid load = the power of the rack's liquid-cooled devices (deviceDrawW: maximum, typical where
// no maximum is known), counted whole: a hybrid system (GB200 NVL72) also sheds some heat to air, so this
// errs on the side of the CDU.
import type { Id } from '../model/entities.js';
import { deviceDrawW } from '../model/power.js';
import { formatW } from '../model/units.js';
import { NO_VIOLATIONS, type CheckContext, type Rule, type Violation } from './types.js';

/** The liquid-cooled devices of a rack and the power they bring to its liquid loop, W. */
export function liquidLoad(ctx: CheckContext, rackId: Id): { w: number; devices: Id[] } {
  let w = 0;
  const devices: Id[] = [];
  const ids = ctx.devicesInRack(rackId);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const d = ctx.world.devices.get(id);
    const t = d && ctx.world.types.get(d.typeId);
    if (!d || t?.coolingKind !== 'liquid') continue;
    devices.push(id);
    w += deviceDrawW(t) ?? 0;
  }
  return { w, devices };
}

const list = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', '));

export const coolingRackRule: Rule = {
  id: 'cooling',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    if (!rack) return NO_VIOLATIONS;
    const kind = rack.coolingKind ?? 'air';
    const liquid = liquidLoad(ctx, rackId);
    const out: Violation[] = [];
    const objects = [ctx.ref.rack(rack)];
    if (kind === 'air' && liquid.devices.length > 0) {
      const devices = liquid.devices.map((id) => ctx.ref.device(id)).filter((o) => o !== null);
      out.push({
        rule: 'cooling',
        severity: 'error',
        objects: [...objects, ...devices],
        message: `Rack ${rack.name} is air-cooled but holds liquid-cooled ${list(devices.map((o) => o.name))} (${formatW(liquid.w)}).`,
        hint: 'Declare the rack liquid-cooled and give it a CDU, or move the liquid-cooled devices to a liquid-cooled rack.',
      });
    }
    const capacity = rack.coolingCapacityW ?? 0;
    const heat = kind === 'air' ? ctx.rackLoad(rackId).totalW : liquid.w;
    if (capacity > 0 && heat > capacity) {
      out.push({
        rule: 'cooling',
        severity: 'error',
        objects,
        message:
          kind === 'air'
            ? `Rack ${rack.name} gives off ${formatW(heat)} of heat (devices and optics), over its air cooling of ${formatW(capacity)}.`
            : `Rack ${rack.name}'s liquid-cooled devices give off ${formatW(heat)}, over its liquid loop's ${formatW(capacity)}.`,
        hint: 'Move load to another rack, or raise the rack\'s cooling capacity if its cooling (containment, rear-door or liquid loop) allows it.',
      });
    }
    if (kind === 'liquid' && rack.cduId == null && liquid.w > 0) {
      out.push({
        rule: 'cooling',
        severity: 'warning',
        objects,
        message: `Rack ${rack.name} is liquid-cooled (${formatW(liquid.w)} to liquid) but no CDU serves it.`,
        hint: 'Choose the CDU that serves the rack, so its load is checked against the CDU\'s capacity.',
      });
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};

export const coolingCduRule: Rule = {
  id: 'cooling',
  owner: 'cdu',
  check(ctx, cduId) {
    const cdu = ctx.world.cdus.get(cduId);
    if (!cdu) return NO_VIOLATIONS;
    const racks = [...ctx.racksOnCdu(cduId)].map((id) => ctx.world.racks.get(id)).filter((r) => !!r);
    let w = 0;
    for (const r of racks) w += liquidLoad(ctx, r.id).w;
    if (w <= cdu.capacityW) return NO_VIOLATIONS;
    return [
      {
        rule: 'cooling',
        severity: 'error',
        objects: [ctx.ref.cdu(cdu), ...racks.map((r) => ctx.ref.rack(r))],
        message: `CDU ${cdu.name} (${cdu.placement}) carries ${formatW(w)} of liquid load from ${racks.length} rack(s), over its ${formatW(cdu.capacityW)}.`,
        hint: 'Serve some racks from another CDU, or use a CDU of higher capacity.',
      },
    ];
  },
};
