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
  // DSFP MSA (dsfpmsa.org): a dual SFP, two electrical lanes (100G = 2 x 50G PAM4).
  dsfp: { formFactor: 'DSFP', maxLanes: 2, laneGbps: 50 },
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
  'osfp1600-rhs': { formFactor: 'OSFP1600-RHS', maxLanes: 8, laneGbps: 200 },
  cfp: { formFactor: 'CFP', maxLanes: 10, laneGbps: 10 },
  cfp2: { formFactor: 'CFP2', maxLanes: 8, laneGbps: 25 },
  cfp4: { formFactor: 'CFP4', maxLanes: 4, laneGbps: 25 },
  cfp8: { formFactor: 'CFP8', maxLanes: 16, laneGbps: 25 },
  // CDFP MSA: 16 electrical lanes of 25G for 400G.
  cdfp: { formFactor: 'CDFP', maxLanes: 16, laneGbps: 25 },
  // CXP (SFF-8642, InfiniBand Annex A6): 12 lanes; 100GE uses 10 of them at 10G.
  cxp: { formFactor: 'CXP', maxLanes: 12, laneGbps: 10 },
  // Cisco CPAK: CAUI-10 host interface, 10 x 10G.
  cpak: { formFactor: 'CPAK', maxLanes: 10, laneGbps: 10 },
  x2: { formFactor: 'X2', maxLanes: 4, laneGbps: 3.125 },
  xfp: { formFactor: 'XFP', maxLanes: 1, laneGbps: 10 },
  xenpak: { formFactor: 'XENPAK', maxLanes: 4, laneGbps: 3.125 },
  gbic: { formFactor: 'GBIC', maxLanes: 1, laneGbps: 1 },
};

/** Types NetBox names irregularly, or that have no speed in the slug (InfiniBand). */
export const EXPLICIT_INTERFACE_TYPES: Record<string, PortMapping> = {
  '100base-tx': { formFactor: 'RJ45', speedGbps: 0.1, lanes: 1 },
  '1000base-t': { formFactor: 'RJ45', speedGbps: 1, lanes: 1 },
  '1000base-tx': { formFactor: 'RJ45', speedGbps: 1, lanes: 1 },
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

/**
 * NetBox types Trayline knows but does not map to a data-centre port: no pluggable cage and no
 * fabric use. Each keeps its port with form factor "unknown" and the reason in the type's gaps.
 */
const NOT_MAPPED: [RegExp, string][] = [
  [/^\d+(\.\d+)?(g|t)?base-k[rxp]\d*$/, 'backplane Ethernet: no front-panel cage'],
  [/^(ieee802\.1[15]|other-wireless)/, 'wireless: not a cabled port'],
  [/^(gsm|cdma|lte|4g|5g)$/, 'cellular: not a cabled port'],
  [/^sonet-/, 'SONET: the cage is not given'],
  [/^(t1|e1|t3|e3)$/, 'serial WAN circuit: not a fabric port'],
  [/^xdsl$/, 'xDSL (ATM): not a fabric port'],
  [/^(docsis|moca)$/, 'coaxial: not a fabric port'],
  [/^(bpon|epon|10g-epon|gpon|xg-pon|xgs-pon|ng-pon2|25g-pon|50g-pon)$/, 'PON: not a fabric port'],
  [/^(cisco|juniper|extreme)-/, 'vendor stacking port: proprietary cable, not modelled'],
  [/^other$/, 'NetBox type "other" names no cage or speed'],
];

const CAGED = /^(\d+(?:\.\d+)?)(g|t)?base-x-([a-z0-9]+(?:-rhs)?)$/;
const FIBRE_CHANNEL = /^(\d+)gfc-([a-z0-9]+)$/;
// A PMD name (optics or copper medium, no cage): 400gbase-dr4, 100gbase-sr1.2, 400gbase-sr4_2.
const PMD = /^(\d+(?:\.\d+)?)(g|t)?base-([a-z]+?)(\d+)?(?:[-_.][a-z0-9.]+)?$/;

/** What Trayline makes of a NetBox interface type. */
export type InterfaceTypeClass =
  | { kind: 'port'; mapping: PortMapping }
  /** The type names the optics or medium (PMD) but not the cage: speed and lanes only. */
  | { kind: 'pmd'; mapping: PortMapping }
  | { kind: 'virtual' }
  | { kind: 'not-mapped'; reason: string }
  | { kind: 'unknown' };

function gbps(n: string, unit: string | undefined): number {
  // "1000base" is in Mb/s, "10gbase" in Gb/s, "1.6tbase" in Tb/s.
  const v = Number(n);
  return unit === 't' ? v * 1000 : unit === 'g' ? v : v / 1000;
}

function caged(cage: string, speedGbps: number): PortMapping | null {
  const c = CAGES[cage];
  return c ? { formFactor: c.formFactor, speedGbps, lanes: Math.max(1, Math.min(c.maxLanes, Math.ceil(speedGbps / c.laneGbps))) } : null;
}

export function classifyInterfaceType(type: string): InterfaceTypeClass {
  const t = type.trim().toLowerCase();
  if (VIRTUAL_INTERFACE_TYPES.has(t)) return { kind: 'virtual' };
  const explicit = EXPLICIT_INTERFACE_TYPES[t];
  if (explicit) return { kind: 'port', mapping: explicit };
  for (const [re, reason] of NOT_MAPPED) if (re.test(t)) return { kind: 'not-mapped', reason };
  let m = CAGED.exec(t);
  if (m) {
    const mapping = caged(m[3]!, gbps(m[1]!, m[2]));
    return mapping ? { kind: 'port', mapping } : { kind: 'unknown' };
  }
  m = FIBRE_CHANNEL.exec(t);
  if (m) {
    const mapping = caged(m[2]!, Number(m[1]));
    return mapping ? { kind: 'port', mapping } : { kind: 'unknown' };
  }
  m = PMD.exec(t);
  if (m) {
    const speedGbps = gbps(m[1]!, m[2]);
    if (m[3] === 't' && !m[4]) return { kind: 'port', mapping: { formFactor: 'RJ45', speedGbps, lanes: 1 } };
    // The digit counts lanes (sr4, dr8, cr10) except on 1 Gb/s and slower, where it is a reach (lx10, bx10).
    const lanes = m[4] && speedGbps > 1 ? Number(m[4]) : 1;
    return { kind: 'pmd', mapping: { formFactor: 'unknown', speedGbps, lanes } };
  }
  return { kind: 'unknown' };
}

/** Maps a NetBox interface type slug; null when the type gives no speed (e.g. "other", wireless). */
export function mapInterfaceType(type: string): PortMapping | null {
  const c = classifyInterfaceType(type);
  return c.kind === 'port' || c.kind === 'pmd' ? c.mapping : null;
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
  if (t === 'cs' || t === 'sn' || t === 'mdc') return { formFactor: t.toUpperCase(), speedGbps: 0, lanes: 2 };
  // Simplex fibre connectors: one fibre each.
  if (/^(mu|lsh|lx5|fc)(-|$)/.test(t)) return { formFactor: t.split('-')[0]!.toUpperCase(), speedGbps: 0, lanes: 1 };
  if (t === 'splice') return { formFactor: 'splice', speedGbps: 0, lanes: 1 };
  return null;
}
