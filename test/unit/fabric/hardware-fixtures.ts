// Device types and media for the fabric tests, written here (not read from the built-in catalog)
// so that the tests pin the generator, not the catalog's data.
import type { DeviceType, Media, PortTemplate } from '../../../core/model/entities.js';

function ports(names: string[], p: Omit<PortTemplate, 'name'>): PortTemplate[] {
  return names.map((name) => ({ name, ...p }));
}

function cages(n: number, per: number, fmt: (c: number, s: number) => string): string[] {
  const out: string[] = [];
  for (let c = 1; c <= n; c++) for (let s = 1; s <= per; s++) out.push(fmt(c, s));
  return out;
}

let nextId = 1;
function type(t: Omit<DeviceType, 'id' | 'origin' | 'source' | 'manufacturer' | 'model' | 'weightKg' | 'airflow' | 'isFullDepth' | 'typicalPowerW'>): DeviceType {
  return { id: nextId++, origin: 'user', source: 'test fixture', manufacturer: 'Test', model: t.slug, weightKg: null, airflow: null, isFullDepth: true, typicalPowerW: null, ...t };
}

/** A DGX-like server: 8 x 400G OSFP compute NICs (4 twin cages), 4 x 400G QSFP112 storage, BMC. */
export const DGX = type({
  slug: 'test-dgx',
  role: 'server',
  uHeight: 8,
  maxPowerW: 10200,
  ports: [
    ...ports(cages(4, 2, (c, s) => `osfp${c}/${s}`), { kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [] }),
    ...ports(['slot1/1', 'slot1/2', 'slot2/1', 'slot2/2'], { kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [] }),
    ...ports(['bmc'], { kind: 'interface', formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', breakouts: [] }),
  ],
});

/** A B300-like server with 8 x 800G NICs. */
export const DGX800 = type({
  slug: 'test-dgx-800',
  role: 'server',
  uHeight: 10,
  maxPowerW: 14500,
  ports: ports(cages(8, 1, (c) => `cx8-${c}`), { kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 4, face: 'rear', breakouts: [] }),
});

/** A QM9700-like switch: 64 x 400G ports in 32 twin-port OSFP cages, plus management. */
export const QM = type({
  slug: 'test-qm',
  role: 'switch',
  uHeight: 1,
  maxPowerW: 1720,
  ports: [
    ...ports(cages(32, 2, (c, s) => `${c}/${s}`), { kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [{ count: 2, speedGbps: 200 }] }),
    ...ports(['mgmt0'], { kind: 'interface', formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', breakouts: [] }),
  ],
});

/** A Q3400-like switch: 144 x 800G ports. */
export const XDR = type({
  slug: 'test-xdr',
  role: 'switch',
  uHeight: 4,
  maxPowerW: 5000,
  ports: ports(cages(72, 2, (c, s) => `sw${c}p${s}`), { kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 4, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }] }),
});

/** An SN5600-like switch: 64 x 800G that split 2 x 400G. */
export const SN = type({
  slug: 'test-sn',
  role: 'switch',
  uHeight: 2,
  maxPowerW: 2000,
  ports: ports(
    Array.from({ length: 64 }, (_, i) => `swp${i + 1}`),
    { kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }] },
  ),
});

/** A radix-k switch for Al-Fares fat trees and Dragonfly routers. */
export function radixSwitch(k: number): DeviceType {
  return type({
    slug: `test-r${k}`,
    role: 'switch',
    uHeight: 1,
    maxPowerW: 500,
    ports: ports(Array.from({ length: k }, (_, i) => `p${i + 1}`), { kind: 'interface', formFactor: 'QSFP28', speedGbps: 100, lanes: 4, face: 'front', breakouts: [] }),
  });
}

/** A one-NIC host for Al-Fares and Dragonfly counts (one endpoint per host). */
export const HOST = type({
  slug: 'test-host',
  role: 'server',
  uHeight: 1,
  maxPowerW: 500,
  ports: ports(['eth0'], { kind: 'interface', formFactor: 'QSFP28', speedGbps: 100, lanes: 4, face: 'rear', breakouts: [] }),
});

function medium(m: Partial<Media> & Pick<Media, 'id' | 'kind' | 'speedGbps' | 'formFactor' | 'maxReachM'>): Media {
  return { name: m.id, lanes: 4, connector: 'x', fiber: null, powerW: 0, lengthsM: [], unitCostUsd: null, diameterMm: 3, source: 'test fixture', ...m };
}

export const MEDIA: Media[] = [
  medium({ id: 'T-400-DAC', kind: 'dac', speedGbps: 400, formFactor: 'QSFP112/OSFP', maxReachM: 3, lengthsM: [1, 2, 3], unitCostUsd: 200, powerW: 0.1 }),
  medium({ id: 'T-400-SR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', maxReachM: 50, unitCostUsd: 600, powerW: 9 }),
  medium({ id: 'T-400-DR4', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', maxReachM: 500, unitCostUsd: 900, powerW: 9 }),
  medium({ id: 'T-800-DR8', kind: 'transceiver', speedGbps: 800, formFactor: 'OSFP', maxReachM: 500, unitCostUsd: 1500, powerW: 16 }),
  medium({ id: 'T-100-SR4', kind: 'transceiver', speedGbps: 100, formFactor: 'QSFP28', maxReachM: 100, unitCostUsd: 100, powerW: 3 }),
  medium({ id: 'T-100-FR1', kind: 'transceiver', speedGbps: 100, formFactor: 'QSFP28', maxReachM: 2000, unitCostUsd: 300, powerW: 4 }),
];

export const CATALOG = { deviceTypes: [DGX, DGX800, QM, XDR, SN, HOST, ...[4, 8, 48, 7, 15, 31, 64].map(radixSwitch)], media: MEDIA };
