// A synthetic structured-cabling hall for the benches: leaf racks and spine racks, each with
// switches and MPO panels; every link is jumper -> panel -> 144-fibre trunk (12 positions of
// MPO-12) -> panel -> jumper. Plain data, no database.
import type { Cable, Device, DeviceType, Id, Port, PortTemplate } from '../../core/model/entities.js';

export interface StructuredHall {
  ports: Map<Id, Port>;
  cables: Map<Id, Cable>;
  devices: Map<Id, Device>;
  types: Map<Id, DeviceType>;
  onPort: Map<Id, Id[]>;
  links: number;
}

export function structuredHall(links: number): StructuredHall {
  let next = 1;
  const ENTRIES = 6;
  const POS = 12;
  const panelPorts: PortTemplate[] = [];
  for (let e = 1; e <= ENTRIES; e++) panelPorts.push({ name: `T${e}`, kind: 'rear-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 144, face: 'rear', breakouts: [], positions: POS });
  for (let e = 1; e <= ENTRIES; e++) for (let p = 1; p <= POS; p++) panelPorts.push({ name: `F${(e - 1) * POS + p}`, kind: 'front-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'front', breakouts: [], rearPort: `T${e}`, rearPosition: p });
  const base = { manufacturer: 'X', uHeight: 1, isFullDepth: true, typicalPowerW: null, weightKg: null, airflow: null, source: 'bench', origin: 'user' as const };
  const panel: DeviceType = { id: next++, slug: 'panel', model: 'P', role: 'patch-panel', maxPowerW: 0, ...base, ports: panelPorts };
  const sw: DeviceType = {
    id: next++, slug: 'sw', model: 'S', role: 'switch', maxPowerW: 1000, ...base,
    ports: Array.from({ length: 72 }, (_, i) => ({ name: `p${i + 1}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front' as const, breakouts: [] })),
  };
  const ports = new Map<Id, Port>();
  const cables = new Map<Id, Cable>();
  const devices = new Map<Id, Device>();
  const onPort = new Map<Id, Id[]>();
  const place = (type: DeviceType, rackId: Id): Id[] => {
    const d: Device = { id: next++, rackId, name: `d${next}`, typeId: type.id, u: 1, face: 'front' };
    devices.set(d.id, d);
    return type.ports.map((t) => {
      const p: Port = { id: next++, deviceId: d.id, name: t.name, kind: t.kind, formFactor: t.formFactor, speedGbps: t.speedGbps, lanes: t.lanes, face: t.face };
      if (t.rearPort) {
        p.rearPort = t.rearPort;
        p.rearPosition = t.rearPosition!;
      }
      if (t.positions) p.positions = t.positions;
      ports.set(p.id, p);
      return p.id;
    });
  };
  const cable = (a: Id, b: Id) => {
    const c: Cable = { id: next++, label: `C${next}`, aPortId: a, bPortId: b, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' };
    cables.set(c.id, c);
    for (const p of [a, b]) (onPort.get(p) ?? onPort.set(p, []).get(p)!).push(c.id);
  };
  // one switch and one panel per side per 72 links; a trunk per 12 links
  for (let made = 0; made < links; made += 72) {
    const swA = place(sw, 1);
    const swB = place(sw, 2);
    const pA = place(panel, 1);
    const pB = place(panel, 2);
    for (let e = 0; e < ENTRIES; e++) cable(pA[e]!, pB[e]!);
    for (let i = 0; i < 72 && made + i < links; i++) {
      cable(swA[i]!, pA[ENTRIES + i]!);
      cable(pB[ENTRIES + i]!, swB[i]!);
    }
  }
  return { ports, cables, devices, types: new Map([panel, sw].map((t) => [t.id, t])), onPort, links };
}
