// How violations name the objects they involve: the check session's `ref`, reading the session's
// world and routes (a cable's racks are the racks its route found at its two ends).
import type { Id } from '../model/entities.js';
import type { CableRoute } from '../routing/router.js';
import type { CheckContext, CheckWorld } from './types.js';

export function sessionRefs(world: CheckWorld, routeOf: (cableId: Id) => CableRoute | undefined): CheckContext['ref'] {
  const ref: CheckContext['ref'] = {
    cable: (c) => ({ kind: 'cable', id: c.id, name: c.label }),
    rack: (r) => ({ kind: 'rack', id: r.id, name: r.name }),
    tray: (t) => ({ kind: 'tray', id: t.id, name: t.name }),
    feed: (f) => ({ kind: 'feed', id: f.id, name: f.name }),
    cdu: (c) => ({ kind: 'cdu', id: c.id, name: c.name }),
    device: (id) => {
      const d = world.devices.get(id);
      return d ? { kind: 'device', id, name: d.name } : null;
    },
    port: (id) => {
      const p = world.ports.get(id);
      if (!p) return null;
      const d = world.devices.get(p.deviceId);
      return { kind: 'port', id, name: `${d?.name ?? '?'}:${p.name}` };
    },
    // the cable, its a-end rack, then the b-end's when it is another: a list of its final size (no
    // set and three lists per cable: the bench hall names racks in 10,000 reach findings; a spread
    // of a pushed list left room for 17 in each, 5.6 MB of a first check's allocation)
    cableAndRacks: (c) => {
      const r = routeOf(c.id);
      const a = r?.rackA ?? null;
      const b = r?.rackB ?? null;
      const ra = a === null ? undefined : world.racks.get(a);
      const rb = b === null || b === a ? undefined : world.racks.get(b);
      const cable = ref.cable(c);
      if (ra && rb) return [cable, ref.rack(ra), ref.rack(rb)];
      if (ra || rb) return [cable, ref.rack((ra ?? rb)!)];
      return [cable];
    },
  };
  return ref;
}
