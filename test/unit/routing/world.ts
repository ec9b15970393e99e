// Builds small project snapshots as plain objects for the routing and checks tests.
import { DEFAULT_SETTINGS, type Cable, type Device, type DeviceType, type Media, type Port, type PortTemplate, type PowerFeed, type ProjectSnapshot, type Rack, type Tray } from '../../../core/model/entities.js';

export class World {
  snap: ProjectSnapshot = {
    schemaVersion: 1,
    halls: [{ id: 1, name: 'H1', widthMm: 60000, depthMm: 40000, tileMm: 600 }],
    rows: [],
    racks: [],
    devices: [],
    ports: [],
    cables: [],
    trays: [],
    feeds: [],
    deviceTypes: [],
    media: [],
    settings: { ...DEFAULT_SETTINGS, slackMm: 500, serviceLoopMm: 300, faceCrossingMm: 600, trayFillPct: 50 },
  };
  private next = 1;
  id(): number {
    return this.next++;
  }

  type(over: Partial<DeviceType> & { ports?: PortTemplate[] } = {}): DeviceType {
    const t: DeviceType = {
      id: this.id(), slug: `t${this.next}`, manufacturer: 'X', model: 'M', role: 'switch', uHeight: 1, isFullDepth: true,
      maxPowerW: 500, typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user',
      ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [] }],
      ...over,
    };
    this.snap.deviceTypes.push(t);
    return t;
  }

  rack(over: Partial<Rack> = {}): Rack {
    const r: Rack = {
      id: this.id(), hallId: 1, rowId: null, name: `R${this.next}`, nameAuto: false, xMm: 0, yMm: 0, rotationDeg: 0,
      widthMm: 600, depthMm: 1200, heightU: 42, powerBudgetW: 0, feedId: null, dropTrayId: null, ...over,
    };
    this.snap.racks.push(r);
    return r;
  }

  /** A device with one port per template entry. */
  device(rack: Rack, type: DeviceType, u: number, over: Partial<Device> = {}): { device: Device; ports: Port[] } {
    const d: Device = { id: this.id(), rackId: rack.id, name: `d${this.next}`, typeId: type.id, u, face: 'front', ...over };
    this.snap.devices.push(d);
    const ports = type.ports.map((p) => {
      const port: Port = { id: this.id(), deviceId: d.id, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face };
      this.snap.ports.push(port);
      return port;
    });
    return { device: d, ports };
  }

  tray(points: [number, number][], over: Partial<Tray> = {}): Tray {
    const t: Tray = { id: this.id(), hallId: 1, name: `T${this.next}`, heightMm: 2600, widthMm: 600, depthMm: 100, points, ...over };
    this.snap.trays.push(t);
    return t;
  }

  media(over: Partial<Media> & { id: string }): Media {
    const m: Media = {
      kind: 'dac', name: over.id, speedGbps: 800, formFactor: 'OSFP', lanes: 8, connector: 'twinax', fiber: null, maxReachM: 2,
      powerW: 0, lengthsM: [], unitCostUsd: null, diameterMm: null, source: 'test', ...over,
    };
    this.snap.media.push(m);
    return m;
  }

  cable(a: Port, b: Port, over: Partial<Cable> = {}): Cable {
    const c: Cable = {
      id: this.id(), label: `C${this.next}`, aPortId: a.id, bPortId: b.id, mediaId: null, opticA: null, opticB: null,
      lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned', ...over,
    };
    this.snap.cables.push(c);
    return c;
  }

  feed(over: Partial<PowerFeed> = {}): PowerFeed {
    const f: PowerFeed = { id: this.id(), hallId: 1, name: `F${this.next}`, voltageV: 415, amps: 32, phases: 3, deratePct: 80, ...over };
    this.snap.feeds.push(f);
    return f;
  }
}
