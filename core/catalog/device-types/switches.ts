// Fabric switches. The port side is modelled as the front face (the NetBox convention for
// switches). NVIDIA's default P2C parts ("power-to-connector": air enters at the PSU side and
// leaves at the port side) are therefore "rear-to-front"; C2P parts are "front-to-rear".
import { cagePorts, numbered } from '../ports.js';
import type { BuiltinDeviceType } from '../types.js';

/** An 800G OSFP cage split as 2 x 400G, 4 x 200G or 8 x 100G (the switches' documented breakouts). */
export const OSFP_800G_BREAKOUTS = [
  { count: 2, speedGbps: 400 },
  { count: 4, speedGbps: 200 },
  { count: 8, speedGbps: 100 },
];

const QM97 = 'https://docs.nvidia.com/networking/display/QM97X0PUB/Interfaces (NVIDIA QM97X0 user manual, Interfaces)';
const P2C = 'P2C = power-to-connector airflow (NVIDIA part suffix F; R = C2P): https://networking-docs.nvidia.com/qm97x0hw/specifications';
const QM97_SPECS = 'https://networking-docs.nvidia.com/qm97x0hw/specifications';
const SN5000 = 'https://networking-docs.nvidia.com/sn5000hw/Specifications';
// NVIDIA's mlx-platform kernel patches (upstream Linux, carried in NVIDIA's hw-management package):
// each new system's commit message lists its fans and PSUs.
const HW_MGMT = 'https://github.com/Mellanox/hw-mgmt at cd56aa9 (2026-08-21; read 2026-12-06)';
const SN5600_PATCH = `NVIDIA's Linux patch "platform: mellanox: Introduce support for next-generation 800GB/s switch" (V. Pasternak, 2023-02-08, https://lore.kernel.org/r/20230208063331.15560-5-vadimp@nvidia.com; ${HW_MGMT}: recipes-kernel/linux/linux-6.1/0004-platform-mellanox-Introduce-support-for-next-generat.patch): "SN5600 ... Air-cooled with 3 + 1 redundant fan units. - 1 + 1 redundant 3000W or 3600W PSUs."`;
const SN5610_PATCH = `NVIDIA's Linux patch "platform: mellanox: mlx-platform: Add support for new Nvidia system" (V. Pasternak, 2025-04-21, https://lore.kernel.org/r/20250421092051.7687-5-vadimp@nvidia.com; ${HW_MGMT}: recipes-kernel/linux/linux-6.12/0035-platform-mellanox-mlx-platform-Add-support-for-new-N.patch): "Add support for SN5640 and SN5610 Nvidia switches ... Both equipped with: - Air-cooled with 4 + 1 redundant fan units. - 2 + 2 redundant 2000W PSUs."; ${HW_MGMT}: usr/usr/bin/hw-management.sh, sn5640_specific() (used for "HI172)\t# SN5610 (HI172)"): "psu_count=4"`;
const ARISTA_7060X6 = 'https://www.arista.com/assets/data/pdf/Datasheets/7060X6-Datasheet.pdf (Arista 7060X6 series data sheet)';
// (secondary: the data sheet's figures as a public switch catalog transcribes them, with the page and table it read)
const ARISTA_7060X6_TABLE =
  'Arista 7060X6 data sheet, p. 5, "Model Comparison", 7060X6-64PE, as transcribed in https://github.com/Babia7/InfraLens at 4785952 (data/switches/7060X6.ts, read 2026-12-07; its 7060X6-32PE row: 348 W / 1,136 W, 13.2 kg)';
const ARISTA_SONIC_PSU =
  'Arista\'s own platform code, https://github.com/aristanetworks/sonic at 152b69c (2026-08-21; read 2026-12-06): arista/platforms/quicksilver.py, class QuicksilverP, SKU = [\'DCS-7060X6-64PE\'], creates "for psuId, bus in [(1, 11), (2, 12)]" a PsuSlot each (psu1, psu2) taking psus=[ECD1502005]; arista/components/psu/delta.py, "class ECD1502005(DeltaPsu): CAPACITY = 2400", identified as PWR-2421-HV-RED and PWR-2421-HV-BLUE (a platform driver, not the data sheet)';

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
    weightKg: 14.8,
    airflow: 'rear-to-front',
    coolingKind: 'air',
    psuCount: 2,
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
      { names: ['mgmt0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'front', role: 'out-of-band management (port side)', mgmtOnly: true },
    ],
    sources: {
      uHeight: QM97_SPECS,
      isFullDepth: `${QM97_SPECS} (660 mm deep)`,
      weightKg: `${QM97_SPECS} (14.8 kg with 2 PSUs, 13.6 kg with 1)`,
      maxPowerW: `${QM97_SPECS} (1720 W max with active cables)`,
      typicalPowerW: `${QM97_SPECS} (747 W typical with passive cables)`,
      airflow: `MQM9700-NS2F is P2C; ${P2C}`,
      coolingKind: `air: fan airflow P2C per ${QM97_SPECS}`,
      psu: `2 PSUs: ${QM97_SPECS} (weight given with 2 PSUs and with 1)`,
      ports: `${QM97}: 32 OSFP cages, each OSFP port consists of 2 logical InfiniBand ports (64 x NDR 400 Gb/s); RJ45 management on the port side`,
    },
    gaps: ['psuRatingW, psuRedundancy: not stated in the source used.'],
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
    weightKg: 23.5,
    airflow: 'rear-to-front',
    coolingKind: 'air',
    psuCount: 2,
    psuRatingW: 3000,
    psuRedundancy: 'N+N',
    portGroups: [
      {
        names: numbered('swp', 1, 64),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: OSFP_800G_BREAKOUTS,
        role: '800GbE OSFP',
      },
      { names: ['swp65'], formFactor: 'SFP28', speedGbps: 25, lanes: 1, face: 'front', role: '25GbE SFP28' },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management', mgmtOnly: true },
    ],
    sources: {
      uHeight: SN5000,
      isFullDepth: `${SN5000} (720 mm deep)`,
      typicalPowerW: `${SN5000} (940 W typical with passive cables)`,
      weightKg: `${SN5000} (23.5 kg)`,
      airflow: `P2C default part (devicetype-library: rear-to-front); ${SN5000}`,
      coolingKind: `air: fan airflow per ${SN5000}`,
      psu: `${SN5000} (SN5600: dual 3 kW PSUs); 1 + 1 redundant: ${SN5600_PATCH}`,
      ports: `${SN5000}: 64x OSFP 10-800GbE plus 1x SFP28 1/10/25GbE; breakout to 2x400G, 4x200G, 8x100G per https://docs.nvidia.com/networking/display/sn5000/data+interfaces`,
    },
    gaps: [
      'maxPowerW: the SN5000 manual gives typical power only for the SN5600 (each port supports 18 W optics with dual 3 kW PSUs).',
      'psuRatingW: 3000 W is the SN5000 manual\'s; NVIDIA\'s kernel patch also names a 3600 W PSU option.',
    ],
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
    weightKg: 26.9,
    airflow: 'rear-to-front',
    coolingKind: 'air',
    psuCount: 4,
    psuRatingW: 2000,
    psuRedundancy: 'N+N',
    portGroups: [
      {
        names: numbered('swp', 1, 64),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: OSFP_800G_BREAKOUTS,
        role: '800GbE OSFP',
      },
      { names: ['swp65', 'swp66'], formFactor: 'SFP28', speedGbps: 25, lanes: 1, face: 'front', role: '25GbE SFP28' },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management', mgmtOnly: true },
    ],
    sources: {
      uHeight: SN5000,
      isFullDepth: `${SN5000} (775 mm deep)`,
      weightKg: `${SN5000} (26.9 kg)`,
      maxPowerW: `${SN5000} (2080 W with 64 optical modules)`,
      coolingKind: `air: fan airflow per ${SN5000}`,
      typicalPowerW: `${SN5000} (900 W typical with passive cables)`,
      airflow: `P2C default part (devicetype-library: rear-to-front); ${SN5000}`,
      psu: `4 PSUs of 2000 W, 2 + 2 redundant: ${SN5610_PATCH}`,
      ports: `${SN5000}: 64x OSFP 800GbE plus 2x SFP28`,
    },
    gaps: ['Management port face not stated in the source used; modelled on the rear.'],
  },
  {
    slug: 'arista-7060x6-64pe',
    manufacturer: 'Arista',
    model: 'DCS-7060X6-64PE',
    role: 'switch',
    uHeight: 2,
    isFullDepth: true,
    maxPowerW: 2218,
    typicalPowerW: 640,
    weightKg: 20.8,
    airflow: 'front-to-rear',
    coolingKind: 'air',
    psuCount: 2,
    psuRatingW: 2400,
    portGroups: [
      {
        // Arista EOS names OSFP ports Ethernet1/1..Ethernet64/1 (lane suffix /1../8 when broken out).
        names: numbered('Ethernet', 1, 64, '/1'),
        formFactor: 'OSFP',
        speedGbps: 800,
        lanes: 8,
        face: 'front',
        breakouts: OSFP_800G_BREAKOUTS,
        role: '800GbE OSFP',
      },
      { names: ['Ethernet65', 'Ethernet66'], formFactor: 'SFP+', speedGbps: 10, lanes: 1, face: 'front', role: '10GbE SFP+' },
      { names: ['Management1'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management', mgmtOnly: true },
    ],
    sources: {
      uHeight: ARISTA_7060X6,
      isFullDepth: ARISTA_7060X6,
      airflow: ARISTA_7060X6,
      coolingKind: `air: front-to-rear fan airflow per ${ARISTA_7060X6}`,
      typicalPowerW: `${ARISTA_7060X6_TABLE}: "powerDraw": "640W / 2218W" (typical / max)`,
      maxPowerW: `${ARISTA_7060X6_TABLE}: "powerDraw": "640W / 2218W" (typical / max)`,
      weightKg: `${ARISTA_7060X6_TABLE}: "weight": "46 lbs (20.8 kg)"; netbox-community/devicetype-library device-types/Arista/DCS-7060X6-64PE.yaml at 4fd3a67 gives 21 kg (rounded)`,
      psu: `2 PSU slots of 2400 W (PWR-2421-HV): ${ARISTA_SONIC_PSU}`,
      ports: `${ARISTA_7060X6}: 64x 800G OSFP, 2x SFP+; Arista's platform code lists DCS-7060X6-64PE as OSFP 1-64 and SFP 65-66 (https://github.com/aristanetworks/sonic/blob/master/arista/platforms/quicksilver.py)`,
    },
    gaps: [
      'maxPowerW, typicalPowerW, weightKg: from a public copy of the data sheet\'s model comparison table (secondary: the data sheet itself was not readable here). The 2 x 2400 W PSUs are a rating, not a draw.',
      'airflow: front-to-rear is the port-side-intake model; reversed-airflow SKUs exist.',
      'psuRedundancy: not stated in the sources used (2 slots; 1+1 not confirmed).',
      'lpoCapable: no source used here confirms linear-optics (LPO) support on these ports; none is flagged.',
    ],
  },
];
