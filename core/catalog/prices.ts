// Default prices of the built-in catalog: one entry per device type slug or media id, each with
// where the figure comes from and its date. Applied when the catalog is built (catalog/index.ts),
// so a new project is seeded with them; a project's own price list (catalog set-price) wins.
//
// No vendor publishes list prices for these parts, so every figure is an estimate: a reseller
// listing, a reported price or a vendor's published price table, and where no figure exists for
// a part, a figure derived from the nearest class that has one, the derivation said in words.
// The full table with sources is in docs/economics.md.

export interface BuiltinPrice {
  /** USD per item; for made-to-length fibre (no stock lengths), USD per metre. */
  usd: number;
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

const est = (usd: number, source: string, date: string): BuiltinPrice => ({ usd: Math.round(usd * 100) / 100, source, date, estimate: true });
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

const FR_DERIVED = (base: string) => `derived: ${base} x ${REACH_PREMIUM.toFixed(2)}, the 2 km over 500 m premium of the 800G classes in the same LuxOptX table`;
const PER_GBPS = (what: string) => `derived: per Gb/s of the ${what}`;

export const BUILTIN_PRICES: Readonly<Record<string, BuiltinPrice>> = {
  // ---- servers
  'nvidia-dgx-h100': est(329_580, DELTA_DGX_H100, '2023-12-11'),
  'nvidia-dgx-h200': est(329_580, `no DGX H200 price found; floor = the DGX H100 listing (same chassis, CPUs and NICs; the H200 GPUs cost more): ${DELTA_DGX_H100}`, '2023-12-11'),
  'nvidia-dgx-b200': est(515_000, VENGINEER, '2025-03-16'),
  'nvidia-gb200-nvl72': est(3_000_000, TWEAKTOWN, '2024-05-02'),
  // ---- switches
  'nvidia-qm9700': est(36_000, SHEET_2024, '2024-08-22'),
  'nvidia-sn5600': est(SWITCH_64x800, LUX_SWITCH, READ),
  'nvidia-sn5610': est(SWITCH_64x800, LUX_SWITCH, READ),
  'arista-7060x6-64pe': est(SWITCH_64x800, LUX_SWITCH, READ),
  'nvidia-q3400': est((SWITCH_64x800 * 144) / 64, `derived: ${LUX_SWITCH}, x 144/64 ports for 144 x 800G`, READ),
  // ---- passive
  'generic-mpo-patch-panel-1u': est(1000, LUX_PANEL, READ),
  'generic-lc-patch-panel-1u': est(1000, LUX_PANEL, READ),

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
  '1.6TBASE-CR8': est(2 * r5(DAC_RATIO * P800_FR), `${PER_GBPS('800G DAC')}; ${DAC(P800_FR, '800G')}`, READ),
  // ---- structured fibre: cords per piece, trunks (made to length) per metre
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
};

/** The price of a built-in id or slug, or undefined for one without a default price. */
export function builtinPrice(idOrSlug: string): BuiltinPrice | undefined {
  return BUILTIN_PRICES[idOrSlug];
}

/** The one line stored as the catalog's cost source: what kind of figure, from where, of when. */
export function priceSourceText(p: BuiltinPrice): string {
  return `${p.estimate ? 'Estimate' : 'List price'} (${p.date}): ${p.source}`;
}
