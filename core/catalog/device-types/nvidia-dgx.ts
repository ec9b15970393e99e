// NVIDIA DGX 8-GPU servers. Port layout from NVIDIA's data sheets: on DGX H100/H200/B200, 4 OSFP
// cages serve 8 single-port ConnectX-7 400G compute NICs (two NICs per cage, one per GPU), 2
// dual-port QSFP112 cards for storage and in-band management, a 10GBASE-T host port and a BMC
// port, on the rear. DGX B300: 8 OSFP cages, one 800G ConnectX-8 port each (see dgx-b300.ts).
import { cagePorts } from '../ports.js';
import type { BuiltinDeviceType, CatalogPortGroup } from '../types.js';

const H100_GUIDE = 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html (NVIDIA DGX H100/H200 User Guide, Introduction)';
const H100_SHEET = 'https://resources.nvidia.com/en-us-dgx-systems/ai-enterprise-dgx (NVIDIA DGX H100 data sheet)';
const H200_SHEET = 'https://resources.nvidia.com/en-us-dgx-systems/dgx-h200-datasheet (NVIDIA DGX H200 data sheet)';
const B200_GUIDE = 'https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html (NVIDIA DGX B200 User Guide, Introduction)';
const B200_SHEET = 'https://resources.nvidia.com/en-us-dgx-systems/dgx-b200-datasheet (NVIDIA DGX B200 data sheet)';

/** The rear I/O shared by DGX H100, H200 and B200 (per their data sheets). */
function dgxRearPorts(storageNic: string): CatalogPortGroup[] {
  return [
    {
      // OSFP cages 1..4, each carrying two 400G ConnectX-7 ports (one per GPU); NVIDIA labels them
      // OSFP1P1..OSFP4P2, named osfp1/1..osfp4/2 here.
      names: cagePorts(1, 4, 2, (c, s) => `osfp${c}/${s}`),
      formFactor: 'OSFP',
      speedGbps: 400,
      lanes: 4,
      face: 'rear',
      breakouts: [{ count: 2, speedGbps: 200 }],
      role: 'compute fabric (ConnectX-7, one 400G port per GPU)',
    },
    {
      names: ['slot1/1', 'slot1/2', 'slot2/1', 'slot2/2'],
      formFactor: 'QSFP112',
      speedGbps: 400,
      lanes: 4,
      face: 'rear',
      role: `storage and in-band management (${storageNic})`,
    },
    { names: ['host-10g'], formFactor: 'RJ45', speedGbps: 10, lanes: 1, face: 'rear', role: 'host OS 10GBASE-T' },
    { names: ['bmc'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'BMC out-of-band management', mgmtOnly: true },
  ];
}

export const DGX_TYPES: BuiltinDeviceType[] = [
  {
    slug: 'nvidia-dgx-h100',
    manufacturer: 'NVIDIA',
    model: 'DGX H100',
    role: 'server',
    uHeight: 8,
    isFullDepth: true,
    maxPowerW: 10200,
    typicalPowerW: null,
    weightKg: 130.45,
    airflow: 'front-to-rear',
    coolingKind: 'air',
    psuCount: 6,
    psuRatingW: 3300,
    psuRedundancy: 'N+2',
    portGroups: dgxRearPorts('2x dual-port ConnectX-7 VPI'),
    sources: {
      uHeight: H100_GUIDE,
      coolingKind: `${H100_GUIDE} (air: 1,105 CFM front-to-back)`,
      psu: `${H100_GUIDE} (6 x 3.3 kW PSUs, 4+2 redundant)`,
      isFullDepth: `${H100_GUIDE} (897.1 mm deep)`,
      maxPowerW: `${H100_GUIDE} (10.2 kW max; 6 x 3.3 kW PSUs, 4+2 redundant)`,
      weightKg: `${H100_GUIDE} (130.45 kg max)`,
      airflow: `${H100_GUIDE} (1,105 CFM front-to-back)`,
      ports: `${H100_SHEET}: 4x OSFP serving 8x single-port ConnectX-7 VPI up to 400 Gb/s; 2x dual-port QSFP112 ConnectX-7 VPI up to 400 Gb/s; 10 Gb/s onboard NIC with RJ45; BMC RJ45`,
    },
    gaps: [
      'typicalPowerW: NVIDIA publishes only the maximum (~10.2 kW); secondary sources quote 6.5-8.5 kW typical, not used.',
      'Dual-port 100 GbE in-band management NIC (slot 3) not modelled: its cage is not stated.',
    ],
  },
  {
    slug: 'nvidia-dgx-h200',
    manufacturer: 'NVIDIA',
    model: 'DGX H200',
    role: 'server',
    uHeight: 8,
    isFullDepth: true,
    maxPowerW: 10200,
    typicalPowerW: null,
    weightKg: 130.45,
    airflow: 'front-to-rear',
    coolingKind: 'air',
    psuCount: 6,
    psuRatingW: 3300,
    psuRedundancy: 'N+2',
    portGroups: dgxRearPorts('2x dual-port ConnectX-7 VPI'),
    sources: {
      uHeight: `${H100_GUIDE}: DGX H100 and H200 share one chassis (8U)`,
      coolingKind: `${H100_GUIDE}: shared chassis, air-cooled front-to-back`,
      psu: `${H100_GUIDE}: shared chassis, 6 x 3.3 kW PSUs, 4+2 redundant`,
      isFullDepth: `${H100_GUIDE} (897.1 mm deep)`,
      maxPowerW: `${H100_GUIDE} (10.2 kW max)`,
      weightKg: `${H100_GUIDE} (130.45 kg max)`,
      airflow: `${H100_GUIDE} (front-to-back)`,
      ports: `${H200_SHEET}: 4x OSFP serving 8x single-port ConnectX-7 VPI up to 400 Gb/s; 2x dual-port QSFP112 ConnectX-7 VPI`,
    },
    gaps: ['typicalPowerW: not published by NVIDIA.', 'Dual-port 100 GbE in-band management NIC (slot 3) not modelled: its cage is not stated.'],
  },
  {
    slug: 'nvidia-dgx-b200',
    manufacturer: 'NVIDIA',
    model: 'DGX B200',
    role: 'server',
    uHeight: 10,
    isFullDepth: true,
    maxPowerW: 14300,
    typicalPowerW: null,
    weightKg: 142.4,
    airflow: 'front-to-rear',
    coolingKind: 'air',
    psuCount: 6,
    psuRatingW: 3300,
    psuRedundancy: 'N+1',
    portGroups: dgxRearPorts('2x dual-port BlueField-3 DPU'),
    sources: {
      uHeight: `${B200_GUIDE} (10U)`,
      coolingKind: `${B200_GUIDE} (air: 1,550 CFM)`,
      psu: `${B200_GUIDE} (6 x 3.3 kW PSUs, 3,300 W each at 200-240 V; configured for 5+1 redundancy)`,
      isFullDepth: `${B200_GUIDE} (897.1 mm deep)`,
      maxPowerW: `${B200_GUIDE} (14.3 kW max; 6 x 3.3 kW PSUs, 5+1 redundant)`,
      weightKg: `${B200_GUIDE} (142.4 kg max)`,
      airflow: `${B200_GUIDE} gives 1,550 CFM but no direction; front-to-rear as on DGX H100`,
      ports: `${B200_SHEET}: 4x OSFP serving 8x single-port ConnectX-7 VPI up to 400 Gb/s; 2x dual-port QSFP112 BlueField-3 DPU up to 400 Gb/s; 10 Gb/s onboard NIC with RJ45; BMC RJ45`,
    },
    gaps: [
      'typicalPowerW: not published by NVIDIA.',
      'Dual-port 100 GbE in-band management NIC (slot 3) not modelled: its cage is not stated.',
      'airflow direction not stated in the B200 user guide.',
    ],
  },
];
