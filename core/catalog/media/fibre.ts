// Structured fibre: patch cords and MPO trunks per fibre type. A fibre assembly carries any speed
// (speedGbps 0); the optic at each end sets the reach, so maxReachM here is only the longest reach
// any catalog optic reaches on this fibre type, and lanes counts fibres. Prices: ../prices.ts.
import type { BuiltinMedia } from '../types.js';
import type { FiberType } from '../../model/entities.js';

const PATCH_STOCK = [0.5, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 20, 25, 30];
const PATCH_STOCK_SOURCE = 'stock lengths: https://dcimprofessionals.com/charts/structured-cabling/patch-cord-length-reference';
const JACKET_SOURCE = 'jacket 2.0-3.0 mm: https://docs.nvidia.com/networking/display/intrcnctcabreqndr400eth/mpo/lc+cable+requirements';
const NVIDIA_CABLING = 'https://docs.nvidia.com/networking/display/intrcnctcabreqndr400eth (NVIDIA NDR/400GbE interconnect cabling requirements: MPO-12 APC for SR4/DR4, OM3 <=30 m, OM4 <=50 m, SM MPO 500 m, SM LC 2 km)';

/** Longest optic reach on each fibre in the catalog: 400GBASE-SR4.2 150 m on OM5, 400GBASE-SR8 70 m OM3 / 100 m OM4, 400GBASE-LR8 10 km. */
const LONGEST_OPTIC_M: Record<FiberType, number> = { OM3: 70, OM4: 100, OM5: 150, OS2: 10000 };

const FIBRE_STANDARDS: Record<FiberType, string> = {
  OM3: 'ISO/IEC 11801 OM3 multimode 50/125 (850 nm laser-optimised)',
  OM4: 'ISO/IEC 11801 OM4 multimode 50/125',
  OM5: 'ISO/IEC 11801 OM5 wideband multimode 50/125 (850-953 nm)',
  OS2: 'ITU-T G.652.D single-mode (OS2)',
};

function patchCord(fiber: FiberType): BuiltinMedia {
  return {
    id: `PATCH-LC-${fiber}`,
    kind: 'fiber',
    name: `LC duplex patch cord, ${fiber}`,
    speedGbps: 0,
    formFactor: 'LC',
    lanes: 2,
    connector: fiber === 'OS2' ? 'LC/UPC duplex' : 'LC duplex',
    fiber,
    maxReachM: LONGEST_OPTIC_M[fiber],
    powerW: 0,
    lengthsM: PATCH_STOCK,
    diameterMm: 2.0,
    source: `${FIBRE_STANDARDS[fiber]}; ${PATCH_STOCK_SOURCE}; ${JACKET_SOURCE}`,
    standard: 'TIA-568.3-D',
  };
}

function mpoCord(fiber: FiberType, fibres: 12 | 16): BuiltinMedia {
  const apc = fiber === 'OS2';
  return {
    id: `PATCH-MPO${fibres}-${fiber}`,
    kind: 'fiber',
    name: `MPO-${fibres}${apc ? ' APC' : ''} patch cord, ${fiber}`,
    speedGbps: 0,
    formFactor: `MPO-${fibres}`,
    lanes: fibres,
    connector: `MPO-${fibres} ${apc ? 'APC' : 'UPC'} female-female, type B`,
    fiber,
    maxReachM: LONGEST_OPTIC_M[fiber],
    powerW: 0,
    lengthsM: PATCH_STOCK,
    diameterMm: 3.0,
    source: `${FIBRE_STANDARDS[fiber]}; ${NVIDIA_CABLING}; ${PATCH_STOCK_SOURCE}; ${JACKET_SOURCE}`,
    standard: 'TIA-568.3-D (MPO polarity method B)',
  };
}

function trunk(fiber: FiberType, fibres: 24 | 144): BuiltinMedia {
  const apc = fiber === 'OS2';
  return {
    id: `TRUNK-MPO12-${fibres}F-${fiber}`,
    kind: 'fiber',
    name: `MPO-12 trunk, ${fibres} fibres (${fibres / 12} x MPO-12${apc ? ' APC' : ''} each end), ${fiber}`,
    speedGbps: 0,
    formFactor: 'MPO-12',
    lanes: fibres,
    connector: `${fibres / 12} x MPO-12 ${apc ? 'APC' : 'UPC'} each end`,
    fiber,
    maxReachM: LONGEST_OPTIC_M[fiber],
    powerW: 0,
    // Trunks are made to the routed length: no stock lengths.
    lengthsM: [],
    diameterMm: null,
    source: `${FIBRE_STANDARDS[fiber]}; ${NVIDIA_CABLING}`,
    standard: 'TIA-568.3-D',
    notes: 'Made to length; outer diameter depends on the make (not sourced), enter it for tray fill.',
  };
}

export const FIBRE: BuiltinMedia[] = [
  patchCord('OM3'),
  patchCord('OM4'),
  patchCord('OM5'),
  patchCord('OS2'),
  mpoCord('OM3', 12),
  mpoCord('OM4', 12),
  mpoCord('OS2', 12),
  mpoCord('OM4', 16),
  mpoCord('OS2', 16),
  trunk('OM4', 24),
  trunk('OS2', 24),
  trunk('OM4', 144),
  trunk('OS2', 144),
];
