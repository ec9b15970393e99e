// A plan for the pure audit tests from device -> port names and labelled cables.
import type { Cable, Device, DeviceType, Port } from '../../../core/model/entities.js';

export type CableRow = [label: string, aDevice: string, aPort: string, bDevice: string, bPort: string];

export interface PortSpec {
  name: string;
  speedGbps?: number;
  lanes?: number;
  formFactor?: string;
}

/** Devices (400G OSFP ports unless a PortSpec says otherwise) and cables; types only when given. */
export function snapshotOf(devices: Record<string, (string | PortSpec)[]>, cables: CableRow[], typeOf: (name: string) => DeviceType | undefined = () => undefined) {
  const ds: Device[] = [];
  const ports: Port[] = [];
  const types = new Map<number, DeviceType>();
  const id = new Map<string, number>();
  Object.entries(devices).forEach(([name, list], i) => {
    const t = typeOf(name);
    if (t) types.set(t.id, t);
    ds.push({ id: i + 1, rackId: 1, name, typeId: t?.id ?? 0, u: i + 1, face: 'front' });
    for (const spec of list) {
      const p = typeof spec === 'string' ? { name: spec } : spec;
      const pid = ports.length + 1;
      ports.push({ id: pid, deviceId: i + 1, name: p.name, kind: 'interface', formFactor: p.formFactor ?? 'OSFP', speedGbps: p.speedGbps ?? 400, lanes: p.lanes ?? 4, face: 'front' });
      id.set(`${name} ${p.name}`, pid);
    }
  });
  const cs: Cable[] = cables.map(([label, ad, ap, bd, bp], i) => ({
    id: i + 1, label, aPortId: id.get(`${ad} ${ap}`)!, bPortId: id.get(`${bd} ${bp}`)!, mediaId: null,
    opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
  }));
  for (const c of cs) if (!c.aPortId || !c.bPortId) throw new Error(`cable ${c.label}: unknown port`);
  return { devices: ds, ports, cables: cs, media: [], ...(types.size ? { deviceTypes: [...types.values()] } : {}) };
}
