// NetBox interface, front-port and rear-port type slugs -> Trayline form factor, speed and lanes.
// Explicit entries cover the types AI-cluster gear uses (and the ones NetBox spells irregularly);
// everything else of the form `<speed>base-<media>-<cage>` is read by pattern. The table is
// documented in docs/catalog.md. Source of the slugs: netbox-community/netbox,
// netbox/dcim/choices.py (InterfaceTypeChoices, PortTypeChoices).

export interface PortMapping {
  formFactor: string;
  speedGbps: number;
  lanes: number;
}

/** Maximum electrical lanes and the lane rate a cage generation runs at, Gb/s. */
const CAGES: Record<string, { formFactor: string; maxLanes: number; laneGbps: number }> = {
  sfp: { formFactor: 'SFP', maxLanes: 1, laneGbps: 1 },
  sfpp: { formFactor: 'SFP+', maxLanes: 1, laneGbps: 10 },
  sfp28: { formFactor: 'SFP28', maxLanes: 1, laneGbps: 25 },
  sfp56: { formFactor: 'SFP56', maxLanes: 1, laneGbps: 50 },
  sfp112: { formFactor: 'SFP112', maxLanes: 1, laneGbps: 100 },
  sfpdd: { formFactor: 'SFP-DD', maxLanes: 2, laneGbps: 50 },
  qsfpp: { formFactor: 'QSFP+', maxLanes: 4, laneGbps: 10 },
  qsfp28: { formFactor: 'QSFP28', maxLanes: 4, laneGbps: 25 },
  qsfp56: { formFactor: 'QSFP56', maxLanes: 4, laneGbps: 50 },
  qsfp112: { formFactor: 'QSFP112', maxLanes: 4, laneGbps: 100 },
  qsfpdd: { formFactor: 'QSFP-DD', maxLanes: 8, laneGbps: 50 },
  qsfpdd800: { formFactor: 'QSFP-DD800', maxLanes: 8, laneGbps: 100 },
  qsfpdd1600: { formFactor: 'QSFP-DD1600', maxLanes: 8, laneGbps: 200 },
  osfp: { formFactor: 'OSFP', maxLanes: 8, laneGbps: 100 },
  'osfp-rhs': { formFactor: 'OSFP-RHS', maxLanes: 8, laneGbps: 100 },
  osfp1600: { formFactor: 'OSFP1600', maxLanes: 8, laneGbps: 200 },
  cfp: { formFactor: 'CFP', maxLanes: 10, laneGbps: 10 },
  cfp2: { formFactor: 'CFP2', maxLanes: 8, laneGbps: 25 },
  cfp4: { formFactor: 'CFP4', maxLanes: 4, laneGbps: 25 },
  cfp8: { formFactor: 'CFP8', maxLanes: 16, laneGbps: 25 },
  x2: { formFactor: 'X2', maxLanes: 4, laneGbps: 3.125 },
  xfp: { formFactor: 'XFP', maxLanes: 1, laneGbps: 10 },
  xenpak: { formFactor: 'XENPAK', maxLanes: 4, laneGbps: 3.125 },
  gbic: { formFactor: 'GBIC', maxLanes: 1, laneGbps: 1 },
};

/** Types NetBox names irregularly, or that have no speed in the slug (InfiniBand). */
export const EXPLICIT_INTERFACE_TYPES: Record<string, PortMapping> = {
  '100base-tx': { formFactor: 'RJ45', speedGbps: 0.1, lanes: 1 },
  '1000base-t': { formFactor: 'RJ45', speedGbps: 1, lanes: 1 },
  '2.5gbase-t': { formFactor: 'RJ45', speedGbps: 2.5, lanes: 1 },
  '5gbase-t': { formFactor: 'RJ45', speedGbps: 5, lanes: 1 },
  '10gbase-t': { formFactor: 'RJ45', speedGbps: 10, lanes: 1 },
  '25gbase-t': { formFactor: 'RJ45', speedGbps: 25, lanes: 1 },
  '10gbase-cx4': { formFactor: 'CX4', speedGbps: 10, lanes: 4 },
  // InfiniBand: NetBox gives the rate only. The cage is the one NVIDIA ships for that rate on
  // switches (NDR/XDR: OSFP; HDR: QSFP56; EDR: QSFP28); the lane count follows the rate.
  'infiniband-sdr': { formFactor: 'QSFP', speedGbps: 10, lanes: 4 },
  'infiniband-ddr': { formFactor: 'QSFP', speedGbps: 20, lanes: 4 },
  'infiniband-qdr': { formFactor: 'QSFP+', speedGbps: 40, lanes: 4 },
  'infiniband-fdr10': { formFactor: 'QSFP+', speedGbps: 40, lanes: 4 },
  'infiniband-fdr': { formFactor: 'QSFP+', speedGbps: 56, lanes: 4 },
  'infiniband-edr': { formFactor: 'QSFP28', speedGbps: 100, lanes: 4 },
  'infiniband-hdr': { formFactor: 'QSFP56', speedGbps: 200, lanes: 4 },
  'infiniband-ndr': { formFactor: 'OSFP', speedGbps: 400, lanes: 4 },
  'infiniband-xdr': { formFactor: 'OSFP', speedGbps: 800, lanes: 4 },
};

/** Interface types that are not a physical port to cable (skipped, not an error). */
export const VIRTUAL_INTERFACE_TYPES = new Set(['virtual', 'bridge', 'lag']);

const PATTERN = /^(\d+(?:\.\d+)?)(g|t)?base-([a-z0-9]+)(?:-([a-z0-9]+(?:-rhs)?))?$/;

/** Maps a NetBox interface type slug; null when the type says nothing usable (e.g. "other"). */
export function mapInterfaceType(type: string): PortMapping | null {
  const t = type.trim().toLowerCase();
  const explicit = EXPLICIT_INTERFACE_TYPES[t];
  if (explicit) return explicit;
  const m = PATTERN.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  // "1000base" is in Mb/s, "10gbase" in Gb/s, "1.6tbase" in Tb/s.
  const speedGbps = m[2] === 't' ? n * 1000 : m[2] === 'g' ? n : n / 1000;
  const media = m[3]!;
  const cage = m[4];
  if (cage && CAGES[cage]) {
    const c = CAGES[cage];
    return { formFactor: c.formFactor, speedGbps, lanes: Math.max(1, Math.min(c.maxLanes, Math.ceil(speedGbps / c.laneGbps))) };
  }
  if (media === 't') return { formFactor: 'RJ45', speedGbps, lanes: 1 };
  return null;
}

/** NetBox front/rear port types -> connector. Fibre count per MPO is not in NetBox: lanes 0. */
export function mapPassivePortType(type: string): PortMapping | null {
  const t = type.trim().toLowerCase();
  if (t === '8p8c' || t === '8p6c' || t === '8p4c' || t === '8p2c') return { formFactor: 'RJ45', speedGbps: 0, lanes: 1 };
  if (t.startsWith('lc')) return { formFactor: 'LC', speedGbps: 0, lanes: 2 };
  if (t.startsWith('sc')) return { formFactor: 'SC', speedGbps: 0, lanes: 2 };
  if (t.startsWith('mpo')) return { formFactor: 'MPO', speedGbps: 0, lanes: 0 };
  if (t.startsWith('mtrj')) return { formFactor: 'MT-RJ', speedGbps: 0, lanes: 2 };
  if (t.startsWith('st')) return { formFactor: 'ST', speedGbps: 0, lanes: 1 };
  if (t === 'cs' || t === 'sn') return { formFactor: t.toUpperCase(), speedGbps: 0, lanes: 2 };
  if (t === 'splice') return { formFactor: 'splice', speedGbps: 0, lanes: 1 };
  return null;
}
