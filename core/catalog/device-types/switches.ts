// Fabric switches. The port side is modelled as the front face (the NetBox convention for
// switches); "front-to-rear" airflow therefore means port-side intake (NVIDIA's P2C parts).
import { cagePorts, numbered } from '../ports.js';
import type { BuiltinDeviceType } from '../types.js';

const QM97 = 'https://docs.nvidia.com/networking/display/qm97x0pub (NVIDIA QM97X0 NDR switch systems user manual)';
const QM97_SPECS = 'https://networking-docs.nvidia.com/qm97x0hw/specifications';
const SN5000 = 'https://networking-docs.nvidia.com/sn5000hw/Specifications';
const SN5000_SHEET = 'https://nvdam.widen.net/s/mmvbnpk8qk/networking-ethernet-switches-sn5000-datasheet-us (NVIDIA Spectrum-4 SN5000 data sheet)';
const XDR = 'https://networking-docs.nvidia.com/xdrswitcheshw/introduction (NVIDIA Quantum-X800 XDR switch systems)';
const X800_PAGE = 'https://www.nvidia.com/en-us/networking/products/infiniband/quantum-x800/';
const ARISTA_7060X6 = 'https://www.arista.com/assets/data/pdf/Datasheets/7060X6-Datasheet.pdf (Arista 7060X6 series data sheet)';

export const SWITCH_TYPES: BuiltinDeviceType[] = [
  {
    slug: 'nvidia-qm9700',
    manufacturer: 'NVIDIA',
    model: 'Quantum-2 QM9700',
    partNumber: 'MQM9700-NS2F',
    role: 'switch',
    uHeight: 1,
    isFullDepth: true,
    maxPowerW: 1720,
    typicalPowerW: 747,
    weightKg: null,
    airflow: 'front-to-rear',
    portGroups: [
      {
        // 32 twin-port OSFP cages, each carrying two NDR 400G ports: 1/1, 1/2 ... 32/2.
        names: cagePorts(1, 32),
        formFactor: 'OSFP',
        speedGbps: 400,
        lanes: 4,
        face: 'front',
        breakouts: [{ count: 2, speedGbps: 200 }],
        role: 'InfiniBand NDR (twin-port OSFP cages 1..32)',
      },
      { names: ['mgmt0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management' },
    ],
    sources: {
      uHeight: QM97,
      isFullDepth: QM97,
      maxPowerW: `${QM97_SPECS} (1720 W max with active cables)`,
      typicalPowerW: `${QM97_SPECS} (747 W typical with passive cables)`,
      airflow: `${QM97} (MQM9700-NS2F: P2C, port-side intake)`,
      ports: `${QM97}: 32 OSFP twin-port cages, 64 NDR 400 Gb/s ports, splittable to 128 NDR200`,
    },
    gaps: ['weightKg: not confirmed from an NVIDIA document yet (devicetype-library gives 14.8 kg without source).'],
  },
  {
    slug: 'nvidia-q3400',
    manufacturer: 'NVIDIA',
    model: 'Quantum-X800 Q3400-RA',
    partNumber: '920-9B36F-00RX-8S0',
    role: 'switch',
    uHeight: 4,
    isFullDepth: true,
    maxPowerW: null,
    typicalPowerW: null,
    weightKg: null,
    airflow: 'front-to-rear',
    portGroups: [
      {
        // 72 twin-port OSFP cages carrying 144 XDR 800G ports, named swXpY as in NVOS.
        names: cagePorts(1, 72, 2, (c, s) => `sw${c}p${s}`),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 4,
        face: 'front',
        breakouts: [{ count: 2, speedGbps: 400 }],
        role: 'InfiniBand XDR (twin-port OSFP cages)',
      },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management' },
    ],
    sources: {
      uHeight: XDR,
      isFullDepth: XDR,
      airflow: XDR,
      ports: `${X800_PAGE}; ${XDR}: 144 ports of 800 Gb/s over 72 OSFP cages`,
    },
    gaps: ['maxPowerW, typicalPowerW, weightKg: not found in a primary NVIDIA source; fill in from the data sheet you hold.'],
  },
  {
    slug: 'nvidia-sn5600',
    manufacturer: 'NVIDIA',
    model: 'Spectrum-4 SN5600',
    role: 'switch',
    uHeight: 2,
    isFullDepth: true,
    maxPowerW: null,
    typicalPowerW: 940,
    weightKg: null,
    airflow: 'front-to-rear',
    portGroups: [
      {
        names: numbered('swp', 1, 64),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: [
          { count: 2, speedGbps: 400 },
          { count: 4, speedGbps: 200 },
          { count: 8, speedGbps: 100 },
        ],
        role: '800GbE OSFP',
      },
      { names: ['swp65'], formFactor: 'SFP28', speedGbps: 25, lanes: 1, face: 'front', role: '25GbE SFP28' },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management' },
    ],
    sources: {
      uHeight: SN5000_SHEET,
      isFullDepth: SN5000,
      typicalPowerW: `${SN5000} (940 W typical with passive cables)`,
      airflow: SN5000,
      ports: `${SN5000_SHEET}: 64x 800GbE OSFP plus 1x 25GbE SFP28`,
    },
    gaps: ['maxPowerW: maximum with optics not published in the source used.', 'weightKg: not confirmed from an NVIDIA document.'],
  },
  {
    slug: 'nvidia-sn5610',
    manufacturer: 'NVIDIA',
    model: 'Spectrum-4 SN5610',
    role: 'switch',
    uHeight: 2,
    isFullDepth: true,
    maxPowerW: 2080,
    typicalPowerW: 900,
    weightKg: null,
    airflow: 'front-to-rear',
    portGroups: [
      {
        names: numbered('swp', 1, 64),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: [
          { count: 2, speedGbps: 400 },
          { count: 4, speedGbps: 200 },
          { count: 8, speedGbps: 100 },
        ],
        role: '800GbE OSFP',
      },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management' },
    ],
    sources: {
      uHeight: SN5000_SHEET,
      isFullDepth: SN5000,
      maxPowerW: `${SN5000} (2080 W with 64 optical modules)`,
      typicalPowerW: `${SN5000} (900 W typical with passive cables)`,
      airflow: SN5000,
      ports: `${SN5000_SHEET}: 64x 800GbE OSFP`,
    },
    gaps: ['weightKg: not confirmed from an NVIDIA document.'],
  },
  {
    slug: 'arista-7060x6-64pe',
    manufacturer: 'Arista',
    model: 'DCS-7060X6-64PE',
    role: 'switch',
    uHeight: 2,
    isFullDepth: true,
    maxPowerW: null,
    typicalPowerW: null,
    weightKg: null,
    airflow: 'front-to-rear',
    portGroups: [
      {
        // Arista EOS names OSFP ports Ethernet1/1..Ethernet64/1 (lane suffix /1../8 when broken out).
        names: numbered('Ethernet', 1, 64, '/1'),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: [
          { count: 2, speedGbps: 400 },
          { count: 4, speedGbps: 200 },
          { count: 8, speedGbps: 100 },
        ],
        role: '800GbE OSFP',
      },
      { names: ['Ethernet65', 'Ethernet66'], formFactor: 'SFP+', speedGbps: 10, lanes: 1, face: 'front', role: '10GbE SFP+' },
      { names: ['Management1'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management' },
    ],
    sources: {
      uHeight: ARISTA_7060X6,
      isFullDepth: ARISTA_7060X6,
      airflow: ARISTA_7060X6,
      ports: `${ARISTA_7060X6}: 64x 800G OSFP, 2x SFP+`,
    },
    gaps: ['maxPowerW, typicalPowerW, weightKg: not yet taken from the Arista data sheet.'],
  },
];
