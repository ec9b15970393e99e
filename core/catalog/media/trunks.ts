// MPO trunks, breakout harnesses and a type-A jumper for structured cabling. Trunks are made to
// length and priced per assembly: a base (the terminated, tested connectors) plus a price per metre
// of cable; never a per-piece price times metres. The prices live in ../prices.ts (base `usd`, per
// metre `perMUsd`); the catalog build writes them into `assembly`. Existing cords (PATCH-MPO12-*,
// PATCH-LC-*) are the type-B jumpers, sold in stock lengths (core/catalog/media/fibre.ts).
import type { AssemblySpec, FiberType } from '../../model/entities.js';
import type { BuiltinMedia } from '../types.js';

const NVIDIA_CABLING = 'https://docs.nvidia.com/networking/display/intrcnctcabreqndr400eth (MPO-12 APC for single-mode parallel optics; OM4 <= 50 m, single-mode MPO 500 m)';
const STANDARDS: Record<'OS2' | 'OM4', string> = {
  OS2: 'ITU-T G.652.D single-mode (OS2)',
  OM4: 'ISO/IEC 11801 OM4 multimode 50/125',
};
const CABLE_SHEET =
  'FiberHome CFOA-SM-AS80 compact cable specification (2022), https://github.com/andretavaresrj/imagens/files/14474576/cabo_de_fibra_optica_as_80_72_fibras_compacto_especificacao_tecnica.pdf: 24F 8.0 mm 48 kg/km, 48F 8.6 mm 57 kg/km, 96F 10.0 mm 79 kg/km, 144F 12.8 mm 130 kg/km (a loose-tube cable: conservative for tray fill, MPO trunk micro-cables are no thicker; enter your maker\'s figure)';
/** OD (mm) and weight (kg/m) by fibre count; 288 and 576 are scaled from 144F (area and weight by fibre count). */
const CABLE: Record<number, { od: number; kgPerM: number; estimate?: string }> = {
  24: { od: 8.0, kgPerM: 0.048 },
  48: { od: 8.6, kgPerM: 0.057 },
  96: { od: 10.0, kgPerM: 0.079 },
  144: { od: 12.8, kgPerM: 0.13 },
  288: { od: 18.1, kgPerM: 0.26, estimate: 'Estimate: 144F figures scaled by fibre count (OD x sqrt 2, weight x 2); no 288F figure in the cable sheet.' },
  576: { od: 25.6, kgPerM: 0.52, estimate: 'Estimate: 144F figures scaled by fibre count (OD x 2, weight x 4); no 576F figure in the cable sheet.' },
};
const ORDER_STEP =
  'Trayline design default: made to order in whole metres, at least 3 m (custom-length trunks are quoted per metre); set your maker\'s increment';
const STOCK = [0.5, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 20, 25, 30];
const STOCK_SOURCE = 'stock lengths: https://dcimprofessionals.com/charts/structured-cabling/patch-cord-length-reference';

function trunk(fiber: 'OS2' | 'OM4', fibres: 24 | 48 | 96 | 144 | 288 | 576): BuiltinMedia {
  const legs = fibres / 12;
  const apc = fiber === 'OS2';
  const cable = CABLE[fibres]!;
  const assembly: AssemblySpec = {
    role: 'trunk',
    legs,
    fibresPerLeg: 12,
    polarity: 'B',
    orderStepM: 1,
    minLengthM: 3,
    weightKgPerM: cable.kgPerM,
    // prices.ts: base and per metre, applied by the catalog build
    costBaseUsd: null,
    costPerMUsd: null,
    splices: 0,
  };
  return {
    id: `TRUNK-MPO12-${fibres}F-${fiber}-B`,
    kind: 'fiber',
    name: `MPO trunk ${fibres}F ${fiber}, ${legs} x MPO-12${apc ? ' APC' : ''} each end, type B`,
    speedGbps: 0,
    formFactor: 'MPO-12',
    lanes: fibres,
    connector: `${legs} x MPO-12 ${apc ? 'APC' : 'UPC'} female each end, type B`,
    fiber,
    maxReachM: fiber === 'OS2' ? 10000 : 100,
    powerW: 0,
    lengthsM: [],
    diameterMm: cable.od,
    source: `${STANDARDS[fiber]}; ${NVIDIA_CABLING}; diameter and weight: ${CABLE_SHEET}${cable.estimate ? ` ${cable.estimate}` : ''}; made to length: ${ORDER_STEP}`,
    standard: 'TIA-568.3-D (MPO polarity method B)',
    notes: 'Price per assembly: costBaseUsd + costPerMUsd x ordered metres (assembly).',
    assembly,
  };
}

function harness(id: string, name: string, wide: string, leg: string, legs: number, fibresPerLeg: number, fiber: FiberType, use: string): BuiltinMedia {
  return {
    id,
    kind: 'fiber',
    name,
    speedGbps: 0,
    formFactor: `${wide} -> ${legs}x ${leg}`,
    lanes: legs * fibresPerLeg,
    connector: `${wide} to ${legs} x ${leg}, type B`,
    fiber,
    maxReachM: fiber === 'OS2' ? 10000 : 100,
    powerW: 0,
    lengthsM: STOCK,
    diameterMm: 3.0,
    source: `${STANDARDS[fiber === 'OS2' ? 'OS2' : 'OM4']}; ${use}; ${STOCK_SOURCE}; jacket 3.0 mm: https://docs.nvidia.com/networking/display/intrcnctcabreqndr400eth/mpo/lc+cable+requirements`,
    standard: 'TIA-568.3-D',
    notes: `One cable row per leg sharing an assembly id (leg 1..${legs}); leg k carries lanes ${fibresPerLeg / 2}(k-1)+1..${fibresPerLeg / 2}k of the wide end.`,
    assembly: { role: 'harness', legs, fibresPerLeg, polarity: 'B', orderStepM: null, minLengthM: null, weightKgPerM: null, costBaseUsd: null, costPerMUsd: null, splices: 0 },
  };
}

export const TRUNKS_AND_HARNESSES: BuiltinMedia[] = [
  ...([24, 48, 96, 144, 288, 576] as const).flatMap((n) => [trunk('OS2', n), trunk('OM4', n)]),
  harness('HARNESS-MPO16-2xMPO8-OS2', 'Breakout MPO-16 APC to 2 x MPO-8 APC, OS2', 'MPO-16', 'MPO-12', 2, 8, 'OS2', '800GBASE-DR8 port to 2 x 400GBASE-DR4 (IEEE 802.3df, 800G -> 2 x 400G)'),
  harness('HARNESS-MPO16-8xLC-OS2', 'Breakout MPO-16 APC to 8 x LC duplex, OS2', 'MPO-16', 'LC', 8, 2, 'OS2', '800GBASE-DR8 port to 8 x 100GBASE-DR (800G -> 8 x 100G)'),
  harness('HARNESS-MPO12-4xLC-OS2', 'Breakout MPO-12 APC to 4 x LC duplex, OS2', 'MPO-12', 'LC', 4, 2, 'OS2', '400GBASE-DR4 port to 4 x 100GBASE-DR (400G -> 4 x 100G)'),
  harness('HARNESS-MPO16-2xMPO8-OM4', 'Breakout MPO-16 to 2 x MPO-8, OM4', 'MPO-16', 'MPO-12', 2, 8, 'OM4', '800GBASE-SR8 port to 2 x 400GBASE-SR4 (800G -> 2 x 400G)'),
  {
    id: 'PATCH-MPO12-OS2-A',
    kind: 'fiber',
    name: 'MPO-12 APC patch cord, OS2, type A (for polarity method A)',
    speedGbps: 0,
    formFactor: 'MPO-12',
    lanes: 12,
    connector: 'MPO-12 APC female-female, type A',
    fiber: 'OS2',
    maxReachM: 10000,
    powerW: 0,
    lengthsM: STOCK,
    diameterMm: 3.0,
    source: `${STANDARDS.OS2}; ${NVIDIA_CABLING}; ${STOCK_SOURCE}`,
    standard: 'TIA-568.3-D (MPO polarity method A)',
    assembly: { role: 'jumper', legs: 1, fibresPerLeg: 12, polarity: 'A', orderStepM: null, minLengthM: null, weightKgPerM: null, costBaseUsd: null, costPerMUsd: null, splices: 0 },
  },
];
