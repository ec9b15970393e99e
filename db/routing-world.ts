// The rows the router needs to route a few cables, read alone: the cables, their end ports, those
// ports' devices, types and racks, every tray of those racks' halls, the media and the settings.
// A cable drawn by hand in a large project is routed from these without the check session, whose
// first build reads and routes the whole project (4-5 s at 32k GPUs).
import type { Cable, Device, DeviceType, Id, Port, Rack, Tray } from '../core/model/entities.js';
import type { RoutingWorld } from '../core/routing/router.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import type { Db } from './open.js';
import { readSettings } from './settings.js';
import { EntityStore } from './store.js';

/** The cables of `ids` that exist, and the world that routes them. */
export function readRoutingWorld(db: Db, ids: readonly Id[]): { cables: Cable[]; world: RoutingWorld } {
  const store = new EntityStore(db);
  const cables: Cable[] = [];
  const ports = new Map<Id, Port>();
  const devices = new Map<Id, Device>();
  const racks = new Map<Id, Rack>();
  const trays = new Map<Id, Tray>();
  const halls = new Set<Id>();
  const once = <T>(map: Map<Id, T>, id: Id, read: () => T | null): T | null => {
    if (map.has(id)) return map.get(id)!;
    const v = read();
    if (v) map.set(id, v);
    return v;
  };
  for (const id of new Set(ids)) {
    const c = store.get('cable', id);
    if (!c) continue;
    cables.push(c);
    for (const end of [c.aPortId, c.bPortId]) {
      const p = once(ports, end, () => store.get('port', end));
      const d = p && once(devices, p.deviceId, () => store.get('device', p.deviceId));
      const r = d && once(racks, d.rackId, () => store.get('rack', d.rackId));
      if (r) halls.add(r.hallId);
    }
  }
  for (const h of halls) for (const t of store.idsWhere('tray', 'hall_id', h)) once(trays, t, () => store.get('tray', t));
  const types = new Map<Id, DeviceType>(readDeviceTypes(db, [...new Set([...devices.values()].map((d) => d.typeId))]).map((t) => [t.id, t]));
  return {
    cables,
    world: { racks, devices, ports, types, media: new Map(readMedia(db).map((m) => [m.id, m])), trays, settings: readSettings(db) },
  };
}
