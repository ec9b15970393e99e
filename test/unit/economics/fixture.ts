// A tiny priced catalog for hand-computed economics: one-NIC hosts, radix-4 switches, 100G optics
// and an OM4 fibre cord; rates chosen so that every expected figure is easy to work out by hand.
import type { DeviceType, Media } from '../../../core/model/entities.js';
import type { FabricCatalog } from '../../../core/fabric/plan.js';

export const HOST: DeviceType = {
  id: 1, slug: 'host', manufacturer: 'T', model: 'host', role: 'server', uHeight: 1, isFullDepth: true, maxPowerW: 500, typicalPowerW: null,
  weightKg: null, airflow: null, source: 'test', origin: 'user', unitCostUsd: 10_000, costSource: 'test list', costEstimate: false,
  ports: [{ name: 'eth0', kind: 'interface', formFactor: 'QSFP28', speedGbps: 100, lanes: 4, face: 'rear', breakouts: [] }],
};

export function radix4(over: Partial<DeviceType> = {}): DeviceType {
  return {
    id: 2, slug: 'r4', manufacturer: 'T', model: 'r4', role: 'switch', uHeight: 1, isFullDepth: true, maxPowerW: 100, typicalPowerW: null,
    weightKg: null, airflow: null, source: 'test', origin: 'builtin', unitCostUsd: 1000, costSource: 'Estimate (2024): test', costEstimate: true,
    ports: Array.from({ length: 4 }, (_, i) => ({ name: `p${i + 1}`, kind: 'interface' as const, formFactor: 'QSFP28', speedGbps: 100, lanes: 4, face: 'front' as const, breakouts: [] })),
    ...over,
  };
}

const base = { lanes: 4, diameterMm: 3, source: 'test', standard: null, notes: null } as const;
export const SR4: Media = { ...base, id: 'SR4', kind: 'transceiver', name: 'SR4', speedGbps: 100, formFactor: 'QSFP28', connector: 'MPO-12', fiber: 'OM4', maxReachM: 100, powerW: 2, lengthsM: [], unitCostUsd: 100, costSource: 'Estimate: test', costEstimate: true };
export const CORD: Media = { ...base, id: 'CORD', kind: 'fiber', name: 'cord', speedGbps: 0, formFactor: 'MPO-12', connector: 'MPO-12', fiber: 'OM4', maxReachM: 100, powerW: 0, lengthsM: [10, 20, 30, 50, 100], unitCostUsd: 10, costSource: 'user price list', costEstimate: false };

export const RATES = { linkPctPerMonth: 1, opticPctPerMonth: 0.5, switchPctPerMonth: 2 };

export function catalog(sw: DeviceType = radix4()): FabricCatalog {
  return { deviceTypes: [HOST, sw], media: [SR4, CORD], failureRates: RATES };
}
