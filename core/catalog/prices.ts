// Default prices of the built-in catalog: one entry per device type slug or media id, each with
// where the figure comes from and its date. Applied when the catalog is built (catalog/index.ts),
// so a new project is seeded with them; a project's own price list (catalog set-price) wins.
//
// No vendor publishes list prices for these parts, so every figure is an estimate: a reseller
// listing, a reported price or a vendor's published price table, and where no figure exists for
// a part, a figure derived from the nearest class that has one, the derivation said in words.
// The full table with sources is in docs/economics.md.
//
// This is the one home of default prices: the media and device type files carry none. A made
// assembly (trunk, harness, jumper: media with an `assembly` spec) is priced per assembly; the
// catalog build writes `usd` (and `perMUsd`) into its spec, which media choice, compare and the
// BOM price from (routing/link.ts assemblyCostUsd): base + per metre x ordered metres, never a
// per-piece price times metres.

export interface BuiltinPrice {
  /**
   * USD per item. For a made-to-length assembly (`perMUsd` set) the base of one assembly (its
   * terminated, tested connectors); for made-to-length fibre without an assembly spec (the older
   * TRUNK-MPO12-*F-OM4/OS2 entries), USD per metre.
   */
  usd: number;
  /** Made-to-length assemblies only: USD per metre of ordered length, added to `usd` per assembly. */
  perMUsd?: number;
  source: string;
  /** The date the source gives (publication or archive capture); "undated" says so. */
  date: string;
  /** True unless the figure is the vendor's own list price. */
  estimate: boolean;
}

const READ = 'undated; read 2026-12-05';

// ---- sources (each used by several entries)
const DELTA_DGX_H100 =
  'Delta Computer reseller listing "NVIDIA DGX H100 640GB", EUR 306,403.66 (web.archive.org/web/20231211031623/https://www.deltacomputer.com/nvidia-dgx-h100-640gb.html), converted by Epoch AI to USD 41,197.50 per GPU x 8 (github.com/epoch-research/training-cost-trends, data/Hardware prices.csv)';
const SHEET_2024 =
  '"H100 cluster cost" sheet, prices as of Aug 2024 (docs.google.com/spreadsheets/d/1Ft3RbeZ-w43kYSiLfYc1vxO41mK5lmJpcPC9GOYHAWc): 64-port 400 Gb/s InfiniBand switch USD 36k, the FS.com listing (web.archive.org/web/20240822234224/https://www.fs.com/products/206473.html); NVIDIA-branded about USD 50k';
const VENGINEER = 'reported DGX B200 price "$515K" (vengineer.hatenablog.com/entry/2025/03/16/080000)';
const TWEAKTOWN =
  'TweakTown citing UDN: one NVL72 cabinet costs about NTD 96 million, about USD 3 million (tweaktown.com/news/98001/nvidia-dgx-gb200-ai-servers-expected-to-sell-40-000-in-2025-mass-production-2h-2024)';
const LUXOPTX =
  'LuxOptX, "800G Optical Module Cost Analysis: TCO Optimization for AI Data Centers" (luxoptx.com/blogs/news/800g-optical-module-cost-analysis-tco-optimization-for-ai-data-centers), vendor price table';
const LUX_400 = `${LUXOPTX}: 400G QSFP-DD USD 600-800; midpoint`;
const LUX_DR8 = `${LUXOPTX}: 800G OSFP-DR8 USD 1,100-1,400 (volume); midpoint`;
const LUX_FR4 = `${LUXOPTX}: 800G OSFP-FR4 USD 1,500-1,900; midpoint`;
const LUX_LPO = `${LUXOPTX}: 800G LPO USD 700-900; midpoint`;
const LUX_SWITCH = `${LUXOPTX}: "64-port 800G switch costs USD 150,000-250,000"; low end`;
const LUX_PANEL = `${LUXOPTX}: patch panels USD 500-1,500 per 48-port panel; midpoint`;
const LUX_LC = `${LUXOPTX}: LC duplex USD 20-50 per cable; midpoint`;
const LUX_MPO = `${LUXOPTX}: MPO-16 trunk cables USD 50-150 per cable; midpoint, applied to MPO patch cords`;
/** 800G 2 km class over 500 m class (LuxOptX midpoints 1,700 / 1,250): the premium of the longer-reach optics. */
const REACH_PREMIUM = 1700 / 1250;
const PMR_100G = 'pmarketresearch.com, "100G QSFP28 SR4 Optical Module Market": "$150-$250 price point"; midpoint';
const CREDO_AEC =
  'imdsolution.com, "The Purple Cable Revolution: How Credo\'s $500 AECs Became AI\'s Unsung Heroes": Credo AECs "priced around $500 each"';
/** A passive DAC over a same-speed 2 km optic: Cisco QDD-400-CU3M= USD 1,200 vs 400G QSFP-DD FR4 USD 4,500 (itmall.sale reseller page). */
const DAC_RATIO = 1200 / 4500;
const DAC = (fr: number, speed: string) =>
  `derived: a passive DAC costs ${DAC_RATIO.toFixed(3)} of a same-speed FR4-class optic (Cisco QDD-400-CU3M= USD 1,200 vs 400G FR4 USD 4,500+, support.itmall.sale/qdd-400-cu3m-technical-insights-and-deployment-strategies-for-next-gen-data-centers) x the ${speed} FR4-class price USD ${fr}`;
const COSTOWL =
  'CostOwl, "How Much Does Fiber Optic Cabling Installation Cost?" (costowl.com/b2b/cabling-wiring/cabling-fiber-optic-cabling-cost/): USD 1-6 per foot installed depending on the fibre count';

/** Per metre of a made-to-length trunk: the high end, as a pre-terminated MPO trunk carries factory terminations that bulk installed cable does not. */
const TRUNK_PER_M = `per metre: ${COSTOWL}; USD 6/ft (high end) = USD 19.69/m`;
const TRUNK_144_PER_M = `per metre, derived: six times the fibres of the 24-fibre trunk at six times its price per metre (${TRUNK_PER_M})`;
const IFACTORY_B300 =
  'iFactory, "NVIDIA DGX B200 vs B300: Blackwell System Comparison" (W. Jackes, ifactoryapp.com/sap-integration/on-prem-ai/nvidia-dgx-b200-b300-blackwell-systems): DGX B300 "$300K-$350K full 8-GPU system (2026)"; midpoint';
const AWESOME_GB300 =
  'awesomeagents.ai, "NVIDIA GB300 NVL72 - Blackwell Ultra Rack" (awesomeagents.ai/hardware/nvidia-gb300-nvl72): "an estimated $3-4 million per rack"; midpoint';
/** Trayline's own planning figures from the structured-cabling catalog: no public MPO trunk or harness price list was found. */
const TRAYLINE_STRUCTURED =
  'Trayline planning figure set with the structured-cabling catalog (USD at 2025 levels), not a quote: no public MPO trunk or harness price list found';
const STRUCTURED_TRUNK = `${TRAYLINE_STRUCTURED}; per assembly: base = USD 45 per terminated and tested MPO connector (both ends), plus per metre USD 0.05 per fibre of OS2 cable, 0.10 of OM4; for scale, ${LUXOPTX} gives MPO-16 trunk cables (one connector each end) at USD 50-150 per cable`;
const STRUCTURED_HARNESS = `${TRAYLINE_STRUCTURED}; per harness in a stock length; for scale, ${LUXOPTX} gives MPO trunk cables at USD 50-150 per cable`;
const STRUCTURED_DATE = '2026-12-05';

const cents = (v: number) => Math.round(v * 100) / 100;
const est = (usd: number, source: string, date: string): BuiltinPrice => ({ usd: cents(usd), source, date, estimate: true });
/** An estimate for a made-to-length assembly: base per assembly plus USD per metre. */
const estAssembly = (base: number, perM: number, source: string, date: string): BuiltinPrice => ({ ...est(base, source, date), perMUsd: cents(perM) });
const r5 = (v: number) => Math.round(v / 5) * 5;

// Class prices used by several entries (USD).
const P400 = 700;
const P400_FR = r5(P400 * REACH_PREMIUM);
const P200 = P400 / 2;
const P200_FR = r5(P400_FR / 2);
const P100 = 200;
const P800_DR = 1250;
const P800_FR = 1700;
const P800_LPO = 800;
const P1600 = 2 * P800_DR;
const SWITCH_64x800 = 150_000;

/** MPO-12 trunk (type B, made to length): 2 x legs connectors at USD 45, fibres x 0.05 (OS2) or 0.10 (OM4) per metre. */
const TRUNK_B = (fibres: number, fiber: 'OS2' | 'OM4'): BuiltinPrice => estAssembly(2 * (fibres / 12) * 45, fibres * (fiber === 'OS2' ? 0.05 : 0.1), STRUCTURED_TRUNK, STRUCTURED_DATE);
const TRUNKS_B: Record<string, BuiltinPrice> = Object.fromEntries(
  [24, 48, 96, 144, 288, 576].flatMap((n) => (['OS2', 'OM4'] as const).map((f) => [`TRUNK-MPO12-${n}F-${f}-B`, TRUNK_B(n, f)])),
);
const PANEL_PER_PORT = (ports: number, what: string) => `derived: ${LUX_PANEL}, x ${ports}/48 ports (${what})`;
/** Q3400 switch-side optics a co-packaged Q3450-LD replaces: 72 twin-port 1.6T (2 x 800G DR4) modules. */
const Q3450_OPTICS = 72 * P1600;

const FR_DERIVED = (base: string) => `derived: ${base} x ${REACH_PREMIUM.toFixed(2)}, the 2 km over 500 m premium of the 800G classes in the same LuxOptX table`;
const PER_GBPS = (what: string) => `derived: per Gb/s of the ${what}`;

export const BUILTIN_PRICES: Readonly<Record<string, BuiltinPrice>> = {
  // ---- servers
  'nvidia-dgx-h100': est(329_580, DELTA_DGX_H100, '2023-12-11'),
  'nvidia-dgx-h200': est(329_580, `no DGX H200 price found; floor = the DGX H100 listing (same chassis, CPUs and NICs; the H200 GPUs cost more): ${DELTA_DGX_H100}`, '2023-12-11'),
  'nvidia-dgx-b200': est(515_000, VENGINEER, '2025-03-16'),
  'nvidia-gb200-nvl72': est(3_000_000, TWEAKTOWN, '2024-05-02'),
  'nvidia-dgx-b300': est(325_000, IFACTORY_B300, '2026-05-01'),
  'nvidia-gb300-nvl72': est(3_500_000, AWESOME_GB300, READ),
  // ---- switches
  'nvidia-qm9700': est(36_000, SHEET_2024, '2024-08-22'),
  'nvidia-sn5600': est(SWITCH_64x800, LUX_SWITCH, READ),
  'nvidia-sn5610': est(SWITCH_64x800, LUX_SWITCH, READ),
  'arista-7060x6-64pe': est(SWITCH_64x800, LUX_SWITCH, READ),
  'nvidia-q3400': est((SWITCH_64x800 * 144) / 64, `derived: ${LUX_SWITCH}, x 144/64 ports for 144 x 800G`, READ),
  'nvidia-q3450-ld': est(
    (SWITCH_64x800 * 144) / 64 + Q3450_OPTICS,
    `derived: no Quantum-X Photonics price found; the Q3400 figure (same 144 x 800G XDR ports: ${LUX_SWITCH}, x 144/64 = USD 337,500) plus the switch-side optics its co-packaged optics replace (72 twin-port 1.6T 2 x DR4 modules at USD 2,500, per Gb/s of ${LUX_DR8}: USD 180,000); any CPO premium or saving is not in a source`,
    READ,
  ),
  // ---- passive
  'generic-mpo-patch-panel-1u': est(1000, LUX_PANEL, READ),
  'generic-lc-patch-panel-1u': est(1000, LUX_PANEL, READ),
  'generic-mpo12-trunk-panel-1u': est(1000, `${LUX_PANEL} (48 MPO-12 adapters)`, READ),
  'generic-mpo12-trunk-panel-2u': est(2000, PANEL_PER_PORT(96, '96 MPO-12 adapters'), READ),
  'generic-mpo12-trunk-panel-4u': est(4000, PANEL_PER_PORT(192, '192 MPO-12 adapters'), READ),
  'fs-fhd-1ufce-4x-fhd-1mtp12lcdos2a': est(
    1000,
    `floor: no FS.com listing found in the sources searched; ${LUX_PANEL} (4 cassettes give 48 LC duplex ports; cassettes carry fibre inside and cost more than adapter panels)`,
    READ,
  ),
  'generic-mpo16-2xmpo8-cassette-1u': est(500, `floor: no cassette price found; ${PANEL_PER_PORT(24, '24 MPO-8 fronts; conversion cassettes carry fibre inside and cost more than adapter panels')}`, READ),

  // ---- 100G
  '100GBASE-SR4': est(P100, PMR_100G, READ),
  '100GBASE-SR4-OM4': est(P100, PMR_100G, READ),
  '100GBASE-DR': est(P100, `no single-lambda 100G figure found; the 100G QSFP28 class figure: ${PMR_100G}`, READ),
  '100GBASE-FR1': est(P100, `no single-lambda 100G figure found; the 100G QSFP28 class figure: ${PMR_100G}`, READ),
  '100G-DR-LPO': est(P800_LPO / 8, `${PER_GBPS('800G LPO module (one of its 8 lanes)')}: ${LUX_LPO}`, READ),
  '100G-QSFP28-AOC': est(2 * P100, `upper bound: a transceiver pair with integrated fibre, 2 x the 100G class: ${PMR_100G}`, READ),
  '100GBASE-CR4-DAC': est(r5(DAC_RATIO * P100), DAC(P100, '100G'), READ),
  // ---- 200G
  '200GBASE-DR4': est(P200, `${PER_GBPS('400G class')}: ${LUX_400}`, READ),
  '200GBASE-FR4': est(P200_FR, `${PER_GBPS('400G 2 km class')}; ${FR_DERIVED(LUX_400)}`, READ),
  'NVIDIA-HDR-200G-AOC': est(2 * P200, `upper bound: a transceiver pair with integrated fibre, 2 x the 200G figure (${PER_GBPS('400G class')}: ${LUX_400})`, READ),
  '200GBASE-CR4-DAC': est(r5(DAC_RATIO * P200_FR), DAC(P200_FR, '200G'), READ),
  '200GBASE-CR2-DAC': est(r5(DAC_RATIO * P200_FR), DAC(P200_FR, '200G'), READ),
  // ---- 400G
  '400GBASE-SR8': est(P400, LUX_400, READ),
  '400GBASE-SR8-OM3': est(P400, LUX_400, READ),
  '400GBASE-SR4.2-OM5': est(P400, LUX_400, READ),
  '400GBASE-SR4.2-OM3': est(P400, LUX_400, READ),
  '400GBASE-SR4.2-OM4': est(P400, LUX_400, READ),
  '400GBASE-SR4': est(P400, LUX_400, READ),
  '400GBASE-SR4-OM3': est(P400, LUX_400, READ),
  '400GBASE-SR4-OM5': est(P400, LUX_400, READ),
  '400GBASE-DR4': est(P400, LUX_400, READ),
  'NVIDIA-MMA4Z00-NS400-SR4': est(P400, LUX_400, READ),
  'NVIDIA-MMS4X00-NS400-DR4': est(P400, LUX_400, READ),
  '400GBASE-DR4-2': est(P400_FR, FR_DERIVED(LUX_400), READ),
  '400GBASE-FR4': est(P400_FR, FR_DERIVED(LUX_400), READ),
  '400GBASE-LR4-6': est(P400_FR, `floor: no 6-10 km figure found; the 400G 2 km class, ${FR_DERIVED(LUX_400)}`, READ),
  '400GBASE-LR8': est(P400_FR, `floor: no 10 km figure found; the 400G 2 km class, ${FR_DERIVED(LUX_400)}`, READ),
  '400G-QSFP-DD-AOC': est(2 * P400, `upper bound: a transceiver pair with integrated fibre, 2 x ${LUX_400}`, READ),
  '400GBASE-CR4-DAC': est(r5(DAC_RATIO * P400_FR), DAC(P400_FR, '400G'), READ),
  // ---- 800G
  '800GBASE-SR8': est(P800_DR, `ceiling: no 800G SR8 figure found; ${LUX_DR8}`, READ),
  '800GBASE-SR8-OM3': est(P800_DR, `ceiling: no 800G SR8 figure found; ${LUX_DR8}`, READ),
  'NVIDIA-MMA4Z00-NS-2xSR4': est(P800_DR, `ceiling: no 800G SR8 figure found; ${LUX_DR8}`, READ),
  '800GBASE-DR8': est(P800_DR, LUX_DR8, READ),
  'NVIDIA-MMS4X00-NS-2xDR4-100m': est(P800_DR, LUX_DR8, READ),
  'NVIDIA-MMS4X00-NM-2xDR4-500m': est(P800_DR, LUX_DR8, READ),
  'NVIDIA-XDR-800G-DR4-OSFP224': est(P800_DR, LUX_DR8, READ),
  '800GBASE-DR8-2': est(P800_FR, LUX_FR4, READ),
  '800G-2xFR4': est(P800_FR, LUX_FR4, READ),
  '800G-LPO-DR8': est(P800_LPO, LUX_LPO, READ),
  '800G-LRO-DR8': est(P800_DR, `ceiling: no LRO figure found (DSP on transmit only); ${LUX_DR8}`, READ),
  '800G-AEC': est(500, CREDO_AEC, '2025-10-17'),
  'NVIDIA-NDR-LACC-MCA4J80': est(500, `ceiling: a linear ACC has a redriver, not the AEC's retimer DSP; ${CREDO_AEC}`, '2025-10-17'),
  '800GBASE-CR8-DAC': est(r5(DAC_RATIO * P800_FR), DAC(P800_FR, '800G'), READ),
  'NVIDIA-NDR-DAC-MCP4Y10': est(r5(DAC_RATIO * P800_FR), DAC(P800_FR, '800G'), READ),
  'NVIDIA-NDR-DAC-splitter-MCP7Y00': est(r5(DAC_RATIO * P800_FR), DAC(P800_FR, '800G'), READ),
  // ---- 1.6T
  'NVIDIA-XDR-1.6T-2xDR4': est(P1600, `${PER_GBPS('800G DR8 class')}: ${LUX_DR8}`, READ),
  '1.6TBASE-DR8': est(P1600, `${PER_GBPS('800G DR8 class')}: ${LUX_DR8}`, READ),
  'NVIDIA-XDR-1.6T-2xFR4': est(2 * P800_FR, `${PER_GBPS('800G FR4 class (two 800G FR4 engines)')}: ${LUX_FR4}`, READ),
  '1.6TBASE-CR8': est(2 * r5(DAC_RATIO * P800_FR), `${PER_GBPS('800G DAC')}; ${DAC(P800_FR, '800G')}`, READ),
  // ---- structured fibre: cords per piece, the older trunks (made to length, no assembly spec) per metre
  'PATCH-LC-OM3': est(35, LUX_LC, READ),
  'PATCH-LC-OM4': est(35, LUX_LC, READ),
  'PATCH-LC-OM5': est(35, LUX_LC, READ),
  'PATCH-LC-OS2': est(35, LUX_LC, READ),
  'PATCH-MPO12-OM3': est(100, LUX_MPO, READ),
  'PATCH-MPO12-OM4': est(100, LUX_MPO, READ),
  'PATCH-MPO12-OS2': est(100, LUX_MPO, READ),
  'PATCH-MPO16-OM4': est(100, LUX_MPO, READ),
  'PATCH-MPO16-OS2': est(100, LUX_MPO, READ),
  'TRUNK-MPO12-24F-OM4': est(19.69, TRUNK_PER_M, '2021-12-08'),
  'TRUNK-MPO12-24F-OS2': est(19.69, TRUNK_PER_M, '2021-12-08'),
  'TRUNK-MPO12-144F-OM4': est(6 * 19.69, TRUNK_144_PER_M, '2021-12-08'),
  'TRUNK-MPO12-144F-OS2': est(6 * 19.69, TRUNK_144_PER_M, '2021-12-08'),
  // ---- structured cabling assemblies: trunks per assembly (base + per metre), harnesses and jumpers per piece
  ...TRUNKS_B,
  'HARNESS-MPO16-2xMPO8-OS2': est(110, STRUCTURED_HARNESS, STRUCTURED_DATE),
  'HARNESS-MPO16-8xLC-OS2': est(160, STRUCTURED_HARNESS, STRUCTURED_DATE),
  'HARNESS-MPO12-4xLC-OS2': est(95, STRUCTURED_HARNESS, STRUCTURED_DATE),
  'HARNESS-MPO16-2xMPO8-OM4': est(120, STRUCTURED_HARNESS, STRUCTURED_DATE),
  'PATCH-MPO12-OS2-A': est(80, `${TRAYLINE_STRUCTURED}; per cord in a stock length: the PATCH-MPO12-OS2 default of the time (USD 80; that cord is now USD 100, ${LUX_MPO})`, STRUCTURED_DATE),
};

/** The price of a built-in id or slug, or undefined for one without a default price. */
export function builtinPrice(idOrSlug: string): BuiltinPrice | undefined {
  return BUILTIN_PRICES[idOrSlug];
}

/** The one line stored as the catalog's cost source: what kind of figure, from where, of when. */
export function priceSourceText(p: BuiltinPrice): string {
  return `${p.estimate ? 'Estimate' : 'List price'} (${p.date}): ${p.source}`;
}
