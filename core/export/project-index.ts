// Lookups every export needs: from a cable's port to its device, rack, row and hall, by id.
// Built once per export so that 100,000 cables cost map lookups, not scans.
import type { Cable, Device, FiberType, DeviceType, Hall, Id, Media, Port, ProjectSnapshot, Rack, RowGroup, Tray } from '../model/entities.js';
import { rackRect } from '../geometry/footprint.js';
import { tileName } from '../geometry/grid.js';

/** Where a cable end is: only what exports print, so a bulk query can supply it too. */
export interface PortPlace {
  port: Pick<Port, 'name' | 'kind'>;
  device: Pick<Device, 'name' | 'u'>;
  rack: Rack;
  row: RowGroup | null;
  hall: Hall | null;
}

export class ProjectIndex {
  readonly halls = new Map<Id, Hall>();
  readonly rows = new Map<Id, RowGroup>();
  readonly racks = new Map<Id, Rack>();
  readonly devices = new Map<Id, Device>();
  readonly ports = new Map<Id, Port>();
  readonly types = new Map<Id, DeviceType>();
  readonly media = new Map<string, Media>();
  readonly trays = new Map<Id, Tray>();
  private readonly cabinets = new Map<Id, string>();

  constructor(readonly snap: ProjectSnapshot) {
    for (const h of snap.halls) this.halls.set(h.id, h);
    for (const r of snap.rows) this.rows.set(r.id, r);
    for (const r of snap.racks) this.racks.set(r.id, r);
    for (const d of snap.devices) this.devices.set(d.id, d);
    for (const p of snap.ports) this.ports.set(p.id, p);
    for (const t of snap.deviceTypes) this.types.set(t.id, t);
    for (const m of snap.media) this.media.set(m.id, m);
    for (const t of snap.trays) this.trays.set(t.id, t);
  }

  /** The rack's row (or pod) and hall, for a cable end found by a bulk query. */
  placeIn(rackId: Id, port: PortPlace['port'], device: PortPlace['device']): PortPlace | null {
    const rack = this.racks.get(rackId);
    if (!rack) return null;
    return { port, device, rack, row: rack.rowId === null ? null : (this.rows.get(rack.rowId) ?? null), hall: this.halls.get(rack.hallId) ?? null };
  }

  /** Where a port is; null if the port, its device or its rack is missing (a damaged file). */
  place(portId: Id): PortPlace | null {
    const port = this.ports.get(portId);
    const device = port && this.devices.get(port.deviceId);
    const rack = device && this.racks.get(device.rackId);
    if (!port || !device || !rack) return null;
    return {
      port,
      device,
      rack,
      row: rack.rowId === null ? null : (this.rows.get(rack.rowId) ?? null),
      hall: this.halls.get(rack.hallId) ?? null,
    };
  }

  /**
   * The cabinet's TIA-606 grid identifier, e.g. "AJ05": the floor tile under the footprint's
   * corner nearest the hall origin (the same tile the rack's automatic name is taken from), so
   * it stays right when a rack has been renamed.
   */
  cabinetId(rack: Rack): string {
    let id = this.cabinets.get(rack.id);
    if (id === undefined) {
      const hall = this.halls.get(rack.hallId);
      const rect = rackRect(rack);
      id = hall ? tileName(rect.x0 + 1, rect.y0 + 1, hall.tileMm) : rack.name;
      this.cabinets.set(rack.id, id);
    }
    return id;
  }

  /** The fibre type a cable runs on: its own media's, else its optics'. */
  fiberOf(cable: Cable): FiberType | null {
    for (const id of [cable.mediaId, cable.opticA, cable.opticB]) {
      const f = id ? this.media.get(id)?.fiber : null;
      if (f) return f;
    }
    return null;
  }
}
