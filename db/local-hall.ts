// A small piece of a project read around a cable or a port, as a snapshot the check session can
// take: what the inspector needs to show one cable's route and channel in a project whose own
// check session is not kept (a 32k-GPU hall opened floor first: building that one takes ~3 s).
// Interface ports are read alone; a patch panel (a device with front or rear ports) is read whole
// when asked (completeDevice): all its ports, the cables on them and their far ends, so that a
// link can be traced through it. The racks read bring every tray of their halls (routes).
// readRoutingWorld is the same read for the router alone: a few cables drawn by hand in a large
// project are routed from it (main/app/routing.ts routeCables) without any check session.
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import type { Cable, Device, Hall, Id, Port, ProjectSnapshot, Rack, Tray } from '../core/model/entities.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import type { Db } from './open.js';
import { buildWorld } from '../core/routing/world.js';
import type { RoutingWorld } from '../core/routing/router.js';
import { readSettings } from './settings.js';
import { EntityStore } from './store.js';

export class LocalHall {
  private store: EntityStore;
  private ports = new Map<Id, Port>();
  private cables = new Map<Id, Cable>();
  private devices = new Map<Id, Device>();
  private racks = new Map<Id, Rack>();
  private halls = new Map<Id, Hall>();
  private trays = new Map<Id, Tray>();
  private complete = new Set<Id>();
  /** Read once, for every snapshot made. */
  private catalog: Pick<ProjectSnapshot, 'media' | 'settings'> | null = null;

  constructor(private readonly db: Db) {
    this.store = new EntityStore(db);
  }

  /** A cable read so far. */
  cable(id: Id): Cable | undefined {
    return this.cables.get(id);
  }

  /** A cable and its two ends; false when there is no such cable. */
  addCable(id: Id): boolean {
    if (this.cables.has(id)) return true;
    const c = this.store.get('cable', id);
    if (!c) return false;
    this.cables.set(id, c);
    this.addPort(c.aPortId);
    this.addPort(c.bPortId);
    return true;
  }

  /** A port, its device, rack and hall (with the hall's trays); false when there is no such port. */
  addPort(id: Id): boolean {
    if (this.ports.has(id)) return true;
    const p = this.store.get('port', id);
    if (!p) return false;
    this.ports.set(id, p);
    if (!this.devices.has(p.deviceId)) {
      const d = this.store.get('device', p.deviceId);
      if (d) {
        this.devices.set(d.id, d);
        this.addRack(d.rackId);
      }
    }
    return true;
  }

  private addRack(id: Id): void {
    if (this.racks.has(id)) return;
    const r = this.store.get('rack', id);
    if (!r) return;
    this.racks.set(id, r);
    if (this.halls.has(r.hallId)) return;
    const h = this.store.get('hall', r.hallId);
    if (!h) return;
    this.halls.set(h.id, h);
    for (const t of this.store.idsWhere('tray', 'hall_id', h.id)) {
      const tray = this.store.get('tray', t);
      if (tray) this.trays.set(t, tray);
    }
  }

  /** The device of a port read so far, when it is a patch panel (front or rear ports) not yet read whole. */
  panelToRead(portId: Id): Id | null {
    const p = this.ports.get(portId);
    return p && p.kind !== 'interface' && !this.complete.has(p.deviceId) ? p.deviceId : null;
  }

  /** Every port of a device, the cables on them and their far ends. */
  completeDevice(deviceId: Id): void {
    if (this.complete.has(deviceId)) return;
    this.complete.add(deviceId);
    for (const p of this.store.idsWhere('port', 'device_id', deviceId)) this.addCablesOn(p);
  }

  /** A port, the cables on it and their far ends. */
  addCablesOn(portId: Id): void {
    this.addPort(portId);
    for (const end of ['a_port_id', 'b_port_id']) for (const c of this.store.idsWhere('cable', end, portId)) this.addCable(c);
  }

  /** What was read, as a snapshot (ids in order, as a project's). */
  snapshot(): ProjectSnapshot {
    const list = <T extends { id: Id }>(m: Map<Id, T>) => [...m.values()].sort((x, y) => x.id - y.id);
    const devices = list(this.devices);
    return {
      schemaVersion: LATEST_SCHEMA_VERSION,
      halls: list(this.halls),
      rows: [],
      racks: list(this.racks),
      devices,
      ports: list(this.ports),
      cables: list(this.cables),
      trays: list(this.trays),
      feeds: [],
      cdus: [],
      deviceTypes: readDeviceTypes(this.db, [...new Set(devices.map((d) => d.typeId))]),
      ...(this.catalog ??= { media: readMedia(this.db), settings: readSettings(this.db) }),
    };
  }
}

/** The cables of `ids` that exist (in the order asked), and the world that routes them. */
export function readRoutingWorld(db: Db, ids: readonly Id[]): { cables: Cable[]; world: RoutingWorld } {
  const hall = new LocalHall(db);
  const cables: Cable[] = [];
  for (const id of new Set(ids)) if (hall.addCable(id)) cables.push(hall.cable(id)!);
  return { cables, world: buildWorld(hall.snapshot()) };
}
