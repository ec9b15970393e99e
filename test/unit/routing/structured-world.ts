// Builds structured-cabling fixtures on top of World: patch panels whose front ports map to a rear
// port and position, trunks between rear ports and jumpers from switch ports to panel fronts.
import type { DeviceType, Port, PortTemplate, Rack } from '../../../core/model/entities.js';
import { World } from './world.js';

/** A panel type: `entries` rear ports (trunk entries) of `positions` each, one front port per position. */
export function panelType(w: World, opts: { entries: number; positions: number; front?: string; rear?: string; fibres?: number; slug?: string }): DeviceType {
  const ports: PortTemplate[] = [];
  const front = opts.front ?? 'MPO-12';
  const fibres = opts.fibres ?? 12;
  for (let e = 1; e <= opts.entries; e++) {
    ports.push({ name: `T${e}`, kind: 'rear-port', formFactor: opts.rear ?? 'MPO-12', speedGbps: 0, lanes: fibres * opts.positions, face: 'rear', breakouts: [], positions: opts.positions });
  }
  for (let e = 1; e <= opts.entries; e++) {
    for (let p = 1; p <= opts.positions; p++) {
      ports.push({ name: `F${(e - 1) * opts.positions + p}`, kind: 'front-port', formFactor: front, speedGbps: 0, lanes: fibres, face: 'front', breakouts: [], rearPort: `T${e}`, rearPosition: p });
    }
  }
  return w.type({ role: 'patch-panel', maxPowerW: 0, uHeight: 1, ports, ...(opts.slug ? { slug: opts.slug } : {}) });
}

/** A switch type with n 400G OSFP ports p1..pn. */
export function switchType(w: World, n: number): DeviceType {
  return w.type({ maxPowerW: 1000, uHeight: 1, ports: Array.from({ length: n }, (_, i) => ({ name: `p${i + 1}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front' as const, breakouts: [] })) });
}

export function port(ports: Port[], name: string): Port {
  const p = ports.find((x) => x.name === name);
  if (!p) throw new Error(`no port ${name}`);
  return p;
}

export type { Rack };
