// NVIDIA DGX B300 (AC-powered, air-cooled 10U system): 8 OSFP cages, each one single-port 800G
// ConnectX-8 (one per GPU), 2 dual-port QSFP112 BlueField-3 DPUs for storage and in-band
// management, and a BMC port. Unlike DGX B200 the network ports are on the front of the chassis.
import type { BuiltinDeviceType } from '../types.js';

const B300_PAGE =
  'https://www.nvidia.com/en-us/data-center/dgx-b300/ (NVIDIA DGX B300 product page: "Rack Units 10U", "Power Consumption ~14 kW", "8x OSFP ports serving 8x single-port NVIDIA ConnectX-8 VPI", "2x dual-port QSFP112 NVIDIA BlueField-3 DPU"; as transcribed in public research notes)';
const B300_GUIDE =
  'https://docs.nvidia.com/dgx/dgxb300-user-guide/introduction-to-dgxb300.html (NVIDIA DGX B300 User Guide, Introduction: 14.5 kW system power; power table "15 kW system max"; 12 x 3.2 kW PSUs; as transcribed in public research notes, page not opened here)';
const B300_RA =
  'https://docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300-xdr/latest/dgx-superpod-architecture.html (DGX SuperPOD B300 XDR RA: four DGX B300 per standard AC rack, ~56 kW per rack)';
const B300_FRONT = 'https://vengineer.hatenablog.com/entry/2025/12/06/080000 (figures of the DGX B300 User Guide: the 8 x 800G ports and the BlueField-3 slots on the front; secondary)';
const B300_AIR = 'public DGX B300 architecture notes: "the air-cooled DGX B300 ... 10 RU" (the system is offered air- and liquid-cooled; secondary)';
const CX8_SPLIT = 'https://docs.nvidia.com/dgx/dgx-os-7-user-guide/system_configurations.html (DGX OS 7: ConnectX-8 port splitting)';

export const DGX_B300: BuiltinDeviceType = {
  slug: 'nvidia-dgx-b300',
  manufacturer: 'NVIDIA',
  model: 'DGX B300',
  role: 'server',
  uHeight: 10,
  isFullDepth: true,
  maxPowerW: 15000,
  typicalPowerW: null,
  weightKg: null,
  airflow: 'front-to-rear',
  coolingKind: 'air',
  psuCount: 12,
  psuRatingW: 3200,
  portGroups: [
    {
      names: Array.from({ length: 8 }, (_, i) => `osfp${i + 1}`),
      formFactor: 'OSFP',
      speedGbps: 800,
      lanes: 4,
      face: 'front',
      role: 'compute fabric (ConnectX-8, one 800G port per GPU)',
      // "8x OSFP ports serving 8x single-port NVIDIA ConnectX-8" (B300_PAGE): no twin-port module fits
      singlePort: true,
    },
    {
      names: ['slot1/1', 'slot1/2', 'slot2/1', 'slot2/2'],
      formFactor: 'QSFP112',
      speedGbps: 400,
      lanes: 4,
      face: 'front',
      role: 'storage and in-band management (2x dual-port BlueField-3 DPU)',
    },
    { names: ['bmc'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'BMC out-of-band management', mgmtOnly: true },
  ],
  sources: {
    uHeight: B300_PAGE,
    isFullDepth: `${B300_RA} (standard EIA racks, as DGX B200)`,
    maxPowerW: `${B300_GUIDE}; product page ~14 kW: ${B300_PAGE}; ${B300_RA}`,
    airflow: `${B300_AIR}; front-to-rear as on the other DGX systems`,
    coolingKind: B300_AIR,
    psu: B300_GUIDE,
    ports: `${B300_PAGE}; faces: ${B300_FRONT}`,
  },
  gaps: [
    'typicalPowerW: NVIDIA gives ~14 kW (product page) and 14.5 kW (user guide) consumption, not a typical draw; the 15 kW maximum is used.',
    'weightKg: not in the sources used.',
    'psuRedundancy: not stated in the sources used (12 x 3.2 kW PSUs).',
    'BMC port: face and speed as on DGX B200 (1 GbE RJ45), not confirmed for B300; other management ports (host NIC) not modelled.',
    `ConnectX-8 port splitting (2 x 400G, ${CX8_SPLIT}) is not modelled as a breakout: the media chooser would then take 400G optics for an 800G link.`,
    'The figures come from transcriptions of NVIDIA pages (the pages were not opened here): check them against the DGX B300 user guide.',
  ],
};
