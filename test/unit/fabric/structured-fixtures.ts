// A small catalog for the structured-cabling generator tests: a DGX-like server and a 64-port
// 400G switch (test fixtures), the generator's MPO-12 trunk panel (same map as the built-in one:
// T1..T4 of 12 positions, F1..F48, Fk on T(ceil(k/12)) position (k-1) mod 12 + 1), 400G optics
// with MPO-12 connectors (SR4 over OM4, DR4 over OS2), type-B cords and type-B trunks priced
// per assembly. Written here so the tests pin the generator, not the catalog's data.
import type { AssemblySpec, DeviceType, Media, PortTemplate } from '../../../core/model/entities.js';
import { TRUNK_PANEL_SLUG } from '../../../core/fabric/structured.js';
import { DGX, QM } from './hardware-fixtures.js';

const panelPorts: PortTemplate[] = [];
for (let e = 1; e <= 4; e++) panelPorts.push({ name: `T${e}`, kind: 'rear-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 144, face: 'rear', breakouts: [], positions: 12 });
for (let k = 1; k <= 48; k++) {
  panelPorts.push({ name: `F${k}`, kind: 'front-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'front', breakouts: [], rearPort: `T${Math.ceil(k / 12)}`, rearPosition: ((k - 1) % 12) + 1 });
}

export const PANEL: DeviceType = {
  id: 900,
  slug: TRUNK_PANEL_SLUG,
  origin: 'user',
  source: 'test fixture',
  manufacturer: 'Test',
  model: 'panel',
  role: 'patch-panel',
  uHeight: 1,
  maxPowerW: 0,
  typicalPowerW: 0,
  weightKg: null,
  airflow: null,
  isFullDepth: false,
  unitCostUsd: 480,
  ports: panelPorts,
};

function medium(m: Partial<Media> & Pick<Media, 'id' | 'kind' | 'formFactor' | 'maxReachM'>): Media {
  return { name: m.id, speedGbps: 0, lanes: 12, connector: 'MPO-12', fiber: null, powerW: 0, lengthsM: [], unitCostUsd: null, diameterMm: 3, source: 'test fixture', ...m };
}

const trunkSpec = (legs: number, base: number, perM: number): AssemblySpec => ({
  role: 'trunk', legs, fibresPerLeg: 12, polarity: 'B', orderStepM: 1, minLengthM: 3, weightKgPerM: null, costBaseUsd: base, costPerMUsd: perM, splices: 0,
});

/** Trunks: base 2 x legs x USD 45, per metre fibres x 0.05 (OS2) or 0.10 (OM4); diameters of the built-in catalog. */
function trunk(fibres: 24 | 48 | 96 | 144, fiber: 'OS2' | 'OM4'): Media {
  const legs = fibres / 12;
  const od = { 24: 8.0, 48: 8.6, 96: 10.0, 144: 12.8 }[fibres];
  return medium({ id: `T-TRUNK-${fibres}F-${fiber}`, kind: 'fiber', formFactor: 'MPO-12', lanes: fibres, fiber, maxReachM: fiber === 'OS2' ? 10000 : 100, diameterMm: od, assembly: trunkSpec(legs, 2 * legs * 45, fibres * (fiber === 'OS2' ? 0.05 : 0.1)) });
}

export const STRUCTURED_MEDIA: Media[] = [
  medium({ id: 'T-400-SR4-MPO', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12', fiber: 'OM4', maxReachM: 50, unitCostUsd: 600, powerW: 9 }),
  medium({ id: 'T-400-DR4-MPO', kind: 'transceiver', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 500, unitCostUsd: 900, powerW: 9 }),
  medium({ id: 'T-CORD-OM4', kind: 'fiber', formFactor: 'MPO-12', fiber: 'OM4', maxReachM: 100, lengthsM: [1, 2, 3, 5, 10, 20, 30], unitCostUsd: 50, connector: 'MPO-12 type B' }),
  medium({ id: 'T-CORD-OS2', kind: 'fiber', formFactor: 'MPO-12', fiber: 'OS2', maxReachM: 10000, lengthsM: [1, 2, 3, 5, 10, 20, 30], unitCostUsd: 60, connector: 'MPO-12 APC type B' }),
  ...([24, 48, 96, 144] as const).flatMap((n) => [trunk(n, 'OM4'), trunk(n, 'OS2')]),
];

export const STRUCTURED_CATALOG = { deviceTypes: [DGX, QM, PANEL], media: STRUCTURED_MEDIA };
