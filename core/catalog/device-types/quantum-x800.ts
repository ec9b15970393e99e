// NVIDIA Quantum-X800 XDR InfiniBand switches: the pluggable Q3400-RA (72 twin-port OSFP cages)
// and the co-packaged-optics Q3450-LD, whose 144 ports take fibre directly (no transceivers) and
// whose lasers sit in field-replaceable external laser modules. The port side is the front face.
import { cagePorts, numbered } from '../ports.js';
import type { BuiltinDeviceType } from '../types.js';

const XDR = 'https://networking-docs.nvidia.com/xdrswitcheshw/introduction (NVIDIA Quantum-X800 XDR switch systems)';
const XDR_REV =
  'https://docs.nvidia.com/networking/display/XDRSwitchesHWUM/Document-Revision-History (Q32xx/Q34xx user manual: rev 1.2 "Updated FNM - Fabric Network Management Port under Interfaces"; rev 1.3, Nov 2025, adds the Q3401-RD and Q3450-LD)';
const X800_PAGE = 'https://www.nvidia.com/en-us/networking/products/infiniband/quantum-x800/';
const DTL_Q3400 = 'netbox-community/devicetype-library device-types/Nvidia/Q3400-RA.yaml (fnm1: infiniband-xdr, "In-band fabric node management (UFM)"; secondary)';
const DTL_Q3400_AT = 'netbox-community/devicetype-library device-types/Nvidia/Q3400-RA.yaml at edd51b5 (part 920-9B36F-00RX-8S0, 4U; secondary)';
const X800_DATASHEET_NOTE =
  'NVIDIA Quantum-X800 data sheet (Dell OEM copy, delltechnologies.com) as quoted by a public research note, "Supplementary / Complementary Research Pass - round 4 (2026-09-22)", section R4-C "Quantum-X800 XDR - switch spec depth" (docs/RAG/etape6_phaseA_vendors_dc.md; it also cites gpusmith.com, verified 2026-07-10): "Q3400-RA (4U) ... ~2,900 W typical (up to ~7,000 W with active cables); 200-240 V AC" (secondary)';
const X800_AIR = 'Converge Digest Quantum-X800 Q3400-RA summary: "Cooling: Air-cooled" (secondary)';
const LAMBDA_Q3450 =
  'Lambda blog on the Q3450-LD, as summarised at https://aissential.tech/articles/38c9e11f-5c69-4365-b113-96e5c40fc32b (4U, liquid-cooled, 48 V DC busbar, 144 x 800G InfiniBand, 115.2 Tb/s; secondary)';
const WEDOANY_Q3450 =
  'https://en.wedoany.com/shortnews/193917.html (Q3450-LD: 4U, 144 x 800G, 115.2 Tb/s, four ASICs, liquid cooling with two internal loops and four UDQ4 couplings, fibre-array connections, 18 detachable light-source modules feeding the MPO ports; secondary)';
const NV_CPO_BLOG =
  'https://developer.nvidia.com/blog/?p=104786 (NVIDIA Technical Blog, A. Seyedi, co-packaged optics: about 9 W per port with CPO against about 30 W with pluggable optics)';
// NVIDIA's own switch-platform support package (hw-management, for NVOS/SONiC and third-party OSes):
// per-system PSU count and fan direction, and the kernel patches NVIDIA wrote for these systems.
const HW_MGMT = 'https://github.com/Mellanox/hw-mgmt at cd56aa9 (2026-08-21; read 2026-12-06)';
const HW_MGMT_Q3400 =
  `${HW_MGMT}: usr/usr/bin/hw-management.sh, "HI158)\t# Q3400" (README lists Q3400): "psu_count=8", "hotplug_psus=8", "# Only reverse fans are supported" then "echo C2P > $config_path/system_flow_capability" (Documentation/Thermal_Monitoring_for_NVIDIA_Systems_with_third_party_OS.md: "0=reverse (C2P), 1=forward (P2C)")`;
const XDR_PATCH =
  `${HW_MGMT}: recipes-kernel/linux/linux-6.12/0053-platform-mellanox-mlx-platform-Add-support-for-new-X.patch (NVIDIA, 2025-08-04), the SKU HI158 system: "QM3000 is a 115.2Tbps switch based on Nvidia Quantum-3 ASIC ... The system supports 72 OSFP cages and fits into standard 4U racks", "72 OSFP ports or 144 aggregated XDR ports", "Air-cooled with 9 + 1 redundant fan units", "4 + 4 redundant 2000W PSUs" (QM3000 is the driver's name for this 72-cage 4U system; the Q3400-RA is that system)`;
const HW_MGMT_Q3450 =
  `${HW_MGMT}: usr/usr/bin/hw-management.sh, "HI175|HI178)\t# Q3450/Q3451": "psu_count=0", "hotplug_psus=0", "hotplug_fans=2", "# Only reverse fans are supported" then "echo C2P > $config_path/system_flow_capability"; recipes-kernel/linux/linux-6.12/9009-platform-mellanox-mlx-platform-Add-support-for-Q3450.patch (NVIDIA, 2025-08-05): "Q3450-LD Features: ... Hybrid liquid and air cooling - Air cooling with 2 dual-rotor fan units - 54V DC input from the external power source"`;
const LAMBDA_CPO_POWER =
  'Lambda, blog post on the NVIDIA Photonics co-packaged-optics switch (Q3450-LD) in its cluster, linked by NVIDIA as https://nvda.ws/4unLcML (about June 2026; read 2026-12-07 through a proxy copy): "NVIDIA Photonics CPO switch: 3.95 kW. Standard switch: 7.0 kW. 3.05 kW savings per switch", measured on early engineering samples; restated by https://www.technetbooks.com/2026/06/lambda-analyzes-copackaged-optics-in.html ("operates at 3.95 kW per switch") (secondary: an operator, not NVIDIA)';
const TPU_CPO =
  'https://www.techpowerup.com/forums/posts/5479274 (Quantum 3450-LD: 144 x 800 Gb/s on four Quantum-X CPO sockets, liquid-cooled; continuous-wave laser sources inside the chassis; secondary)';

export const QUANTUM_X800_TYPES: BuiltinDeviceType[] = [
  {
    slug: 'nvidia-q3400',
    manufacturer: 'NVIDIA',
    model: 'Quantum-X800 Q3400-RA',
    partNumber: '920-9B36F-00RX-8S0',
    role: 'switch',
    uHeight: 4,
    isFullDepth: true,
    maxPowerW: 7000,
    typicalPowerW: 2900,
    weightKg: 60,
    airflow: 'front-to-rear',
    coolingKind: 'air',
    psuCount: 8,
    psuRatingW: 2000,
    psuRedundancy: 'N+N',
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
      // The fabric network management port is an XDR port UFM uses in-band: a management port,
      // never one of the 144 fabric ports.
      { names: ['fnm1'], formFactor: 'OSFP', speedGbps: 800, lanes: 4, face: 'front', role: 'FNM: in-band fabric network management (UFM)', mgmtOnly: true },
      { names: ['eth0'], formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', role: 'out-of-band management', mgmtOnly: true },
    ],
    sources: {
      uHeight: XDR,
      isFullDepth: XDR,
      coolingKind: `air: Q3400-RA is the air-cooled model; ${X800_AIR}; NVIDIA: "Air-cooled with 9 + 1 redundant fan units", ${XDR_PATCH}`,
      airflow: `C2P (connector-to-power: in at the port side, out at the PSU side, "front-to-rear" with the port side as the front) is the only fan direction: ${HW_MGMT_Q3400}`,
      typicalPowerW: `${X800_DATASHEET_NOTE}: "~2,900 W typical"`,
      maxPowerW: `${X800_DATASHEET_NOTE}: "up to ~7,000 W with active cables"; ${DTL_Q3400_AT}: 8 power ports of maximum_draw 875 W (8 x 875 = 7,000 W)`,
      weightKg: `${DTL_Q3400_AT}: weight 60 kg (the file gives no source)`,
      psu: `8 PSUs, 4 + 4 redundant, 2000 W each: ${XDR_PATCH}; ${HW_MGMT_Q3400}`,
      ports: `${X800_PAGE}; ${XDR}: 144 ports of 800 Gb/s over 72 OSFP cages; FNM port: ${XDR_REV}; its XDR type: ${DTL_Q3400}`,
    },
    gaps: [
      'maxPowerW, typicalPowerW, weightKg: secondary sources only (NVIDIA\'s specifications page, https://docs.nvidia.com/networking/display/xdrswitcheshwum/specifications, was not readable here); the power figures as a research note quotes the data sheet, the weight as devicetype-library gives it. 8 x 2000 W is the PSU rating, not a draw.',
      'fnm1: face (port side) and cage not stated in the sources used.',
    ],
  },
  {
    slug: 'nvidia-q3450-ld',
    manufacturer: 'NVIDIA',
    model: 'Quantum-X Photonics Q3450-LD',
    role: 'switch',
    uHeight: 4,
    isFullDepth: true,
    maxPowerW: null,
    // (Lambda's "standard switch" beside it draws 7.0 kW: the Q3400-RA's maximum above)
    typicalPowerW: 3950,
    weightKg: null,
    airflow: 'front-to-rear',
    coolingKind: 'liquid',
    psuCount: 0,
    portGroups: [
      {
        // Co-packaged optics: the fibre plugs into the switch; each 800G port is 4 x 200G lanes.
        names: numbered('p', 1, 144),
        formFactor: 'MPO-12',
        speedGbps: 800,
        lanes: 4,
        face: 'front',
        cpo: true,
        role: 'InfiniBand XDR, co-packaged optics (fibre directly, no transceiver)',
      },
    ],
    parts: [
      {
        name: 'external laser source module (detachable light source)',
        count: 18,
        note: 'field-replaceable; feeds the co-packaged optical engines that drive the MPO ports',
      },
    ],
    sources: {
      uHeight: `${LAMBDA_Q3450}; ${WEDOANY_Q3450}`,
      isFullDepth: `${WEDOANY_Q3450} (4U rack switch; depth not stated, full depth assumed like the Q3400)`,
      coolingKind: `liquid: ${LAMBDA_Q3450}; ${TPU_CPO}; NVIDIA: hybrid liquid and air cooling, ${HW_MGMT_Q3450}`,
      airflow: `its 2 fan units blow C2P only (port side in, far side out: "front-to-rear"): ${HW_MGMT_Q3450}`,
      psu: `no PSUs of its own (psu_count=0); 54 V DC from an external source: ${HW_MGMT_Q3450}; 48 V DC busbar per ${LAMBDA_Q3450}`,
      typicalPowerW: `${LAMBDA_CPO_POWER}`,
      parts: `18 detachable light-source modules: ${WEDOANY_Q3450}; lasers in the chassis: ${TPU_CPO}`,
      ports: `144 x 800 Gb/s InfiniBand, MPO: ${WEDOANY_Q3450}; ${TPU_CPO}; manual covering the Q3450-LD: ${XDR_REV}; power per CPO port: ${NV_CPO_BLOG}`,
    },
    gaps: [
      'typicalPowerW: 3,950 W is an operator\'s measurement of early engineering samples (Lambda), which does not say whether it is typical or maximum: kept as typical, the rack power check uses it until a maximum is known. maxPowerW, weightKg: not published in the sources used (NVIDIA gives about 9 W per CPO port, not a system figure; searched again 2026-12-07: documentation, pages, public code and devicetype-library, which has no Q3450 file). NVIDIA\'s figures should be on https://docs.nvidia.com/networking/display/xdrswitcheshwum/specifications (manual rev 1.3 covers it), not readable here.',
      'psuCount 0: NVIDIA\'s hw-management gives no PSUs (DC input from an external source); the rack\'s power shelf is not modelled here.',
      'coolingKind: liquid is kept; NVIDIA calls the cooling hybrid (liquid plus 2 fan units), and Trayline has no hybrid kind.',
      'ports: port names p1..p144 are Trayline\'s (the NVOS names are not in the sources used); MPO-12 per the sources used, NVIDIA\'s interconnect page also lists MMC connectors for CPO switches: confirm the connector.',
      'Management ports are not modelled: not stated in the sources used.',
    ],
    notes: 'Each 800G port carries 4 x 200G lanes; cables from these ports need a fibre assembly only at this end (no transceiver).',
  },
];
