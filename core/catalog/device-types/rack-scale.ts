// Rack-scale NVIDIA systems: a GB200 or GB300 NVL72 is one device that fills a whole rack (18
// compute trays, 9 NVLink switch trays, 8 power shelves) and forms one NVLink domain of 72 GPUs.
// Both are liquid cooled (the GPUs, CPUs, NICs and NVLink switches; the rest is air cooled).
import type { BuiltinDeviceType } from '../types.js';

const GB200_RA = 'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/dgx-superpod-architecture.html';
const GB200_FABRICS =
  'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/network-fabrics.html (DGX GB200 rack: 18 compute trays and 9 NVLink switch trays, one NVLink domain of 72 GPUs)';
const GB200_STH = 'https://www.servethehome.com/nvidia-gb200-nvl72-and-dgx-gb200-nvl72 (ServeTheHome, via media.json rack_power: 120 kW, 1.36 t; secondary)';
const POWER_SHELF = 'https://docs.nvidia.com/base-command-manager/product-manuals/nvidia-mission-control/powershelf.md (NVL72 power shelves, 1U each)';
const GB300_RA =
  'https://docs.nvidia.com/enterprise-reference-architectures/nvl72-ai-factory/latest/components.html (NVIDIA GB300 NVL72 Enterprise RA: liquid cooled MGX rack; 9 NVSwitch trays for all 72 Blackwell Ultra GPUs; 2 SN2201 OOB switches; 8 power shelves of 33 kW, each with six 5.5 kW PSUs; full rack requiring up to 142 kW; compute tray: 4 GPUs, 2 Grace CPUs, 4 ConnectX-8)';
const GB300_INTROL = 'https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters (GB300 NVL72: about 132 kW from 8 power shelves, about 1.36 t; secondary)';
const GB300_NIC = 'NVIDIA Quantum-X800 cluster guidance: GB300 compute-tray NIC cage takes an 800 Gb/s single-port OSFP DR4 (as cited in public NVL72 design notes; secondary)';

/** 18 compute trays x 4 NIC ports, one per GPU: tray1/cx1 .. tray18/cx4. */
const trayPorts = () => Array.from({ length: 18 }, (_, t) => [1, 2, 3, 4].map((p) => `tray${t + 1}/cx${p}`)).flat();

export const RACK_SCALE_TYPES: BuiltinDeviceType[] = [
  {
    slug: 'nvidia-gb200-nvl72',
    manufacturer: 'NVIDIA',
    model: 'GB200 NVL72 rack',
    role: 'server',
    uHeight: 48,
    isFullDepth: true,
    maxPowerW: 120000,
    typicalPowerW: null,
    weightKg: 1360,
    airflow: 'liquid-cooled (front-to-rear for air-cooled parts)',
    coolingKind: 'liquid',
    psuCount: 48,
    psuRatingW: 5500,
    rackScale: true,
    nvlinkDomainGpus: 72,
    parts: [
      { name: 'compute tray (2 Grace CPUs, 4 Blackwell GPUs)', count: 18 },
      { name: 'NVLink switch tray', count: 9 },
      { name: 'power shelf, 1U, 33 kW (6 x 5.5 kW PSUs)', count: 8 },
    ],
    portGroups: [
      {
        // 18 compute trays x 4 ConnectX-7 400G compute ports (one per Blackwell GPU): 72 ports.
        names: trayPorts(),
        formFactor: 'OSFP',
        speedGbps: 400,
        lanes: 4,
        face: 'rear',
        role: 'compute fabric (ConnectX-7, one 400G port per GPU)',
      },
    ],
    sources: {
      maxPowerW: GB200_STH,
      weightKg: GB200_STH,
      uHeight: `${GB200_RA} (rack-scale system occupying a full rack: 18 compute trays, 9 NVLink switch trays, 8 power shelves of 1U each per ${POWER_SHELF})`,
      coolingKind: `${GB200_RA} (SU of 8 racks, 1.2 MW, hybrid liquid/air cooling: the rack needs liquid cooling)`,
      rackScale: GB200_FABRICS,
      parts: `${GB200_FABRICS}; ${POWER_SHELF}`,
      psu: `48 PSUs of 5.5 kW (8 shelves x 6): ${POWER_SHELF}: "The reference design for an NVIDIA GB200 rack has 8 power shelves, and uses 6 PSUs in each power shelf. Each PSU is rated up to 5.5kW, so that each power shelf is rated up to 33kW." (read 2026-12-06)`,
      ports: `${GB200_RA}: 18 compute trays, 72 GPUs, one 400G ConnectX-7 compute port per GPU`,
    },
    gaps: [
      'uHeight: modelled as a full 48U rack; confirm against your rack drawings.',
      'Storage/in-band (BlueField-3) and management ports not modelled.',
      'maxPowerW and weightKg come from a secondary source (ServeTheHome); NVIDIA gives ~1.2 MW per 8-rack SU. Power shelves are rated 8 x 33 kW, a capacity, not a draw.',
      'typicalPowerW: not published.',
      'psuRedundancy: not stated (8 shelves of 6 x 5.5 kW = 264 kW of PSU capacity for a rack of about 120 kW).',
      'Compute port face not stated in the sources used; modelled on the rear.',
    ],
    notes: 'One NVLink domain of 72 GPUs: the scale-up fabric is inside the rack, only the compute/storage/management NICs are cabled out. Rack envelope 600 x 1068 x 2236 mm (W x D x H, 48U), as Supermicro gives it for its SRS-GB200-NVL72 and SRS-GB300-NVL72 (https://www.supermicro.com/en/products/system/gpu/48u/srs-gb200-nvl72, .../srs-gb300-nvl72; read 2026-12-08 as public notes quote the pages, not reachable here): the racks of a generated hall are 600 x 1200 mm, so its floor load spreads the rack weight over 0.72 m2 rather than 0.64 (about 11% lower).',
  },
  {
    slug: 'nvidia-gb300-nvl72',
    manufacturer: 'NVIDIA',
    model: 'GB300 NVL72 rack',
    role: 'server',
    uHeight: 48,
    isFullDepth: true,
    maxPowerW: 142000,
    typicalPowerW: null,
    weightKg: 1360,
    airflow: 'liquid-cooled (front-to-rear for air-cooled parts)',
    coolingKind: 'liquid',
    psuCount: 48,
    psuRatingW: 5500,
    rackScale: true,
    nvlinkDomainGpus: 72,
    parts: [
      { name: 'compute tray (2 Grace CPUs, 4 Blackwell Ultra GPUs, 4 ConnectX-8)', count: 18 },
      { name: 'NVSwitch tray', count: 9 },
      { name: 'power shelf, 33 kW (6 x 5.5 kW PSUs)', count: 8 },
      { name: 'SN2201 out-of-band switch', count: 2 },
    ],
    portGroups: [
      {
        // 18 compute trays x 4 ConnectX-8 800G ports (one per Blackwell Ultra GPU): 72 ports.
        names: trayPorts(),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 4,
        face: 'rear',
        role: 'compute fabric (ConnectX-8, one 800G port per GPU)',
        // the NIC cage takes a single-port 800G OSFP (GB300_NIC): no twin-port module fits
        singlePort: true,
      },
    ],
    sources: {
      maxPowerW: `${GB300_RA} (up to 142 kW); secondary: ${GB300_INTROL}`,
      weightKg: GB300_INTROL,
      uHeight: `${GB300_RA} (a full MGX rack)`,
      coolingKind: GB300_RA,
      psu: GB300_RA,
      rackScale: GB300_RA,
      parts: GB300_RA,
      ports: `${GB300_RA}; NIC cage: ${GB300_NIC}`,
    },
    gaps: [
      'uHeight: modelled as a full 48U rack; confirm against your rack drawings.',
      'weightKg: secondary source (introl).',
      'typicalPowerW: not published (introl quotes about 132 kW).',
      'psuRedundancy: not stated (8 shelves of 6 x 5.5 kW = 264 kW of PSU capacity for up to 142 kW).',
      'Storage/in-band (BlueField-3) and management ports, and the two in-rack SN2201 switches\' uplinks, not modelled.',
      'Compute port face not stated in the sources used; modelled on the rear.',
    ],
    notes: 'One NVLink domain of 72 GPUs. Powered from the rack DC busbar by the 8 power shelves. Rack envelope 600 x 1068 x 2236 mm (W x D x H, 48U), as Supermicro gives it for its SRS-GB200-NVL72 and SRS-GB300-NVL72 (https://www.supermicro.com/en/products/system/gpu/48u/srs-gb200-nvl72, .../srs-gb300-nvl72; read 2026-12-08 as public notes quote the pages, not reachable here): the racks of a generated hall are 600 x 1200 mm, so its floor load spreads the rack weight over 0.72 m2 rather than 0.64 (about 11% lower).',
  },
];
