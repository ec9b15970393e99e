// Generic passive and power equipment. Generic entries describe a
// configuration Trayline offers as a starting point (their figures are design defaults, named
// as such), not one vendor's product.
import { numbered } from '../ports.js';
import type { BuiltinDeviceType } from '../types.js';

const EIA_310 = 'EIA/ECA-310-E: 1U = 44.45 mm (1.75 in) rack unit';

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
      { names: numbered('F', 1, 24), kind: 'front-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'front', role: 'MPO-12 adapter, front', rear: numbered('R', 1, 24).map((port) => ({ port, position: 1 })) },
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
      { names: numbered('F', 1, 48), kind: 'front-port', formFactor: 'LC', speedGbps: 0, lanes: 2, face: 'front', role: 'LC duplex adapter, front', rear: numbered('R', 1, 48).map((port) => ({ port, position: 1 })) },
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
];
