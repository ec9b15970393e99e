// Patch panels and cassettes for structured cabling, with their front-to-rear port maps (NetBox's
// front/rear ports and positions). Trunk-entry panels model the rear of a panel where one trunk's
// legs land as one rear port with a position per leg, so that a trunk is one cable (routed once).
// Densities named "design default" are Trayline's starting points, not one maker's product.
import { numbered, range } from '../ports.js';
import type { BuiltinDeviceType, CatalogPortGroup } from '../types.js';

const EIA_310 = 'EIA/ECA-310-E: 1U = 44.45 mm (1.75 in) rack unit';
const FS_FHD =
  'netbox-community/devicetype-library device-types/FS/FHD-1UFCE.yaml (FS FHD 1U enclosure, 4 cassette bays) and module-types/FS/FHD-1MTP12LCDOS2A.yaml (FHD MTP-LC cassette, OS2, type A, 1x MTP-24 male rear in 12 positions to 12x LC duplex front), commits 4944bd7e and 607d5077';
const DENSITY =
  'Trayline design default: 12 MPO adapters per adapter plate, 4 plates per U (the 4 module bays per 1U of high-density enclosures such as FS FHD-1UFCE, devicetype-library)';

/** Front ports F1..F(entries x per) on rear trunk entries T1..T(entries) of `per` positions each. */
function trunkEntries(entries: number, per: number, front: string, rear: string, fibresPerFront: number): CatalogPortGroup[] {
  return [
    { names: numbered('T', 1, entries), kind: 'rear-port', formFactor: rear, speedGbps: 0, lanes: per * fibresPerFront, face: 'rear', positions: per, role: `trunk entry: ${per} x ${front} legs of one trunk` },
    {
      names: numbered('F', 1, entries * per),
      kind: 'front-port',
      formFactor: front,
      speedGbps: 0,
      lanes: fibresPerFront,
      face: 'front',
      role: `${front} adapter, front`,
      rear: range(0, entries * per - 1).map((i) => ({ port: `T${Math.floor(i / per) + 1}`, position: (i % per) + 1 })),
    },
  ];
}

const PASSIVE = 'passive: draws no power';

/** The fields every passive panel shares: no power, not full depth, weight not sourced. */
function panel(t: Pick<BuiltinDeviceType, 'slug' | 'manufacturer' | 'model' | 'uHeight' | 'portGroups' | 'partNumber' | 'notes'> & { ports: string; uHeight_?: string; gaps?: string[] }): BuiltinDeviceType {
  const { ports, uHeight_, gaps, ...rest } = t;
  return {
    ...rest,
    role: 'patch-panel',
    isFullDepth: false,
    maxPowerW: 0,
    typicalPowerW: 0,
    weightKg: null,
    airflow: 'passive',
    sources: { uHeight: uHeight_ ?? EIA_310, maxPowerW: PASSIVE, typicalPowerW: PASSIVE, ports },
    gaps: gaps ?? ['weightKg: generic panel, no single source.'],
  };
}

function mpoTrunkPanel(u: 1 | 2 | 4): BuiltinDeviceType {
  const adapters = 48 * u;
  return panel({
    slug: `generic-mpo12-trunk-panel-${u}u`,
    manufacturer: 'Generic',
    model: `MPO-12 trunk panel ${u}U, ${adapters}x MPO-12 on ${adapters / 12} trunk entries`,
    uHeight: u,
    // adapters pass MPO to MPO: one mated pair per panel
    portGroups: trunkEntries(adapters / 12, 12, 'MPO-12', 'MPO-12', 12),
    ports: `${DENSITY}; each trunk entry takes the 12 MPO-12 legs of one 144-fibre trunk (rear positions 1-12 = legs 1-12)`,
    notes: 'MPO-12 pass-through adapters: a jumper meets a trunk leg in each adapter (one mated pair).',
  });
}

export const STRUCTURED_TYPES: BuiltinDeviceType[] = [
  mpoTrunkPanel(1),
  mpoTrunkPanel(2),
  mpoTrunkPanel(4),
  panel({
    slug: 'fs-fhd-1ufce-4x-fhd-1mtp12lcdos2a',
    manufacturer: 'FS',
    model: 'FHD-1UFCE with 4x FHD-1MTP12LCDOS2A (MTP-24 to 12x LC duplex, OS2, type A)',
    uHeight: 1,
    partNumber: 'FHD-1UFCE + 4x 57023',
    portGroups: [
      { names: numbered('M', 1, 4, ':1-24'), kind: 'rear-port', formFactor: 'MPO-24', speedGbps: 0, lanes: 24, face: 'rear', positions: 12, role: 'cassette rear MTP-24 (male)' },
      {
        names: range(1, 4).flatMap((m) => range(1, 12).map((p) => `M${m}:${2 * p - 1}-${2 * p}`)),
        kind: 'front-port',
        formFactor: 'LC',
        speedGbps: 0,
        lanes: 2,
        face: 'front',
        role: 'cassette front LC duplex',
        rear: range(1, 4).flatMap((m) => range(1, 12).map((p) => ({ port: `M${m}:1-24`, position: p }))),
      },
    ],
    uHeight_: FS_FHD,
    ports: FS_FHD,
    gaps: ['weightKg: not in the devicetype-library files.'],
    notes: 'Cassettes: fibre inside between the rear MTP and the front LC adapters (two mated pairs per pass). Port names follow the cassette file with {module} = M1..M4.',
  }),
  panel({
    slug: 'generic-mpo16-2xmpo8-cassette-1u',
    manufacturer: 'Generic',
    model: 'MPO-16 to 2x MPO-8 conversion cassettes 1U, 12 rear MPO-16, 24 front MPO-8',
    uHeight: 1,
    portGroups: [
      { names: numbered('R', 1, 12), kind: 'rear-port', formFactor: 'MPO-16', speedGbps: 0, lanes: 16, face: 'rear', positions: 2, role: 'MPO-16 rear (one 800G DR8/SR8 port)' },
      {
        names: numbered('F', 1, 24),
        kind: 'front-port',
        formFactor: 'MPO-12',
        speedGbps: 0,
        lanes: 8,
        face: 'front',
        role: 'MPO-8 (Base-8, MPO-12 body) front: one 400G DR4/SR4 port',
        rear: range(0, 23).map((i) => ({ port: `R${Math.floor(i / 2) + 1}`, position: (i % 2) + 1 })),
      },
    ],
    ports: 'Trayline design default: 12 conversion modules per 1U; each maps one MPO-16 (8 lanes) to two MPO-8 (4 lanes each), the 800G -> 2 x 400G split of 800GBASE-DR8 / 2 x 400GBASE-DR4 (IEEE 802.3df)',
    gaps: ['weightKg: generic cassette, no single source.'],
  }),
];
