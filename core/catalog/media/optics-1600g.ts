// 1.6T optics beyond the IEEE-style entries in cables-and-optics.ts: NVIDIA's XDR twin-port
// 2 x FR4 (2 km over two duplex LC). Power and reach come from the compatible module's vendor
// announcement; no NVIDIA data sheet figure was retrieved. No default price (prices.ts sets them).
import type { BuiltinMedia } from '../types.js';

const FS16 = 'FS launch announcement of its 1.6T OSFP modules, Business Wire 2025-12-22 (news id 20251222728263; vendor-reported)';

export const OPTICS_1600G: BuiltinMedia[] = [
  {
    id: 'NVIDIA-XDR-1.6T-2xFR4',
    kind: 'transceiver',
    name: '1.6T transceiver, OSFP twin-port, OS2 (NVIDIA-XDR-1.6T-2xFR4)',
    speedGbps: 1600,
    formFactor: 'OSFP twin-port (IHS/RHS)',
    lanes: 8,
    connector: '2x duplex LC',
    fiber: 'OS2',
    maxReachM: 2000,
    powerW: 26,
    lengthsM: [],
    diameterMm: null,
    source: `NVIDIA MMS4A50-XM (980-9IAS0-00XM00), 1.6T twin-port OSFP 2 x 800G FR4 for XDR, as named in ${FS16} ; reach 2 km and power: 26 W, FS OSFP-2FR4-1.6T (4 CWDM wavelengths x 200G-PAM4 per port, 2 x duplex LC, compatible with MMS4A50-XM): ${FS16}`,
    standard: 'InfiniBand XDR (2 x 800G FR4, 200G-PAM4 on a CWDM4 grid)',
    notes: 'Figures are the compatible FS module\'s; check NVIDIA\'s MMS4A50-XM data sheet before ordering.',
  },
];
