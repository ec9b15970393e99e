// Generic passive and power equipment, and the GB200 NVL72 rack. Generic entries describe a
// configuration Trayline offers as a starting point (their figures are design defaults, named
// as such), not one vendor's product.
import { numbered } from '../ports.js';
import type { BuiltinDeviceType } from '../types.js';

const EIA_310 = 'EIA/ECA-310-E: 1U = 44.45 mm (1.75 in) rack unit';
const GB200_RA = 'https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/dgx-superpod-architecture.html';
const GB200_STH = 'https://www.servethehome.com/nvidia-gb200-nvl72-and-dgx-gb200-nvl72 (ServeTheHome, via media.json rack_power: 120 kW, 1.36 t; secondary)';

export const PASSIVE_TYPES: BuiltinDeviceType[] = [
  {
    slug: 'generic-mpo-patch-panel-1u',
    manufacturer: 'Generic',
    model: 'MPO patch panel 1U, 24x MPO-12',
    role: 'patch-panel',
    uHeight: 1,
    isFullDepth: false,
    maxPowerW: 0,
    typicalPowerW: 0,
    weightKg: null,
    airflow: 'passive',
    portGroups: [
      // lanes = fibres per connector for passive ports; speed 0 = carries any speed.
      { names: numbered('F', 1, 24), kind: 'front-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'front', role: 'MPO-12 adapter, front' },
      { names: numbered('R', 1, 24), kind: 'rear-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'rear', role: 'MPO-12 adapter, rear' },
    ],
    sources: {
      uHeight: EIA_310,
      maxPowerW: 'passive: draws no power',
      typicalPowerW: 'passive: draws no power',
      ports: 'Trayline design default: 24 MPO-12 adapters per 1U (common 1U loaded panel density), front F1..F24 to rear R1..R24',
    },
    gaps: ['weightKg: generic panel, no single source.'],
  },
  {
    slug: 'generic-lc-patch-panel-1u',
    manufacturer: 'Generic',
    model: 'LC patch panel 1U, 48x LC duplex',
    role: 'patch-panel',
    uHeight: 1,
    isFullDepth: false,
    maxPowerW: 0,
    typicalPowerW: 0,
    weightKg: null,
    airflow: 'passive',
    portGroups: [
      { names: numbered('F', 1, 48), kind: 'front-port', formFactor: 'LC', speedGbps: 0, lanes: 2, face: 'front', role: 'LC duplex adapter, front' },
      { names: numbered('R', 1, 48), kind: 'rear-port', formFactor: 'LC', speedGbps: 0, lanes: 2, face: 'rear', role: 'LC duplex adapter, rear' },
    ],
    sources: {
      uHeight: EIA_310,
      maxPowerW: 'passive: draws no power',
      typicalPowerW: 'passive: draws no power',
      ports: 'Trayline design default: 48 LC duplex adapters (96 fibres) per 1U, front F1..F48 to rear R1..R48',
    },
    gaps: ['weightKg: generic panel, no single source.'],
  },
  {
    slug: 'generic-pdu-3ph-415v-60a',
    manufacturer: 'Generic',
    model: 'PDU 3-phase 415 V 60 A, 0U',
    role: 'pdu',
    uHeight: 0,
    isFullDepth: false,
    maxPowerW: null,
    typicalPowerW: null,
    weightKg: null,
    airflow: 'passive',
    portGroups: [],
    sources: {
      uHeight: 'Trayline design default: vertical 0U PDU mounted in the rack side channel',
      ports: 'Outlets are not modelled as ports; capacity = 415 V x 60 A x sqrt(3) = 43.1 kVA before derating (NetBox three-phase formula, netbox-community/netbox dcim power feed)',
    },
    gaps: [
      'maxPowerW, typicalPowerW: a PDU distributes power; its own draw is small and not modelled.',
      'weightKg: generic, no single source.',
      'unitCostUsd: no public price found for a generic 415 V 60 A three-phase PDU; enter yours (trayline catalog set-price).',
    ],
    notes: 'Input 415 V 3-phase 60 A (e.g. IEC 60309 3P+N+E); 43.1 kVA nominal, 34.5 kVA at 80 % continuous derating.',
  },
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
    portGroups: [
      {
        // 18 compute trays x 4 ConnectX-7 400G compute ports (one per Blackwell GPU): 72 ports.
        names: Array.from({ length: 18 }, (_, t) => [1, 2, 3, 4].map((p) => `tray${t + 1}/cx${p}`)).flat(),
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
      uHeight: `${GB200_RA} (rack-scale system occupying a full rack: 18 compute trays, 9 NVLink switch trays, 8 power shelves of 1U each per https://docs.nvidia.com/base-command-manager/product-manuals/nvidia-mission-control/powershelf.md)`,
      ports: `${GB200_RA}: 18 compute trays, 72 GPUs, one 400G ConnectX-7 compute port per GPU`,
    },
    gaps: [
      'uHeight: modelled as a full 48U rack; confirm against your rack drawings.',
      'Storage/in-band (BlueField-3) and management ports not modelled.',
      'maxPowerW and weightKg come from a secondary source (ServeTheHome); NVIDIA gives ~1.2 MW per 8-rack SU. Power shelves are rated 8 x 33 kW, a capacity, not a draw.',
      'typicalPowerW: not published.',
    ],
  },
];
