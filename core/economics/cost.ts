// The network cost of a fabric, split the way a buyer compares architectures: switches, optics,
// cables and trunks, in total and per GPU. Prices come from the catalog (built-in defaults with
// their sources, or the project's own price list); a type or media without a price is never
// given one: it is named in `missing` and the cost is marked incomplete.
import type { DeviceType, Media } from '../model/entities.js';

export interface CostSplit {
  switchesUsd: number;
  opticsUsd: number;
  cablesUsd: number;
  /** Structured-cabling trunks (each an assembly: base + per metre of its ordered length) and trunk panels; 0 for direct cabling. */
  trunksUsd: number;
  totalUsd: number;
  /** The same split divided by the GPUs, USD. */
  perGpu: { switches: number; optics: number; cables: number; trunks: number; total: number };
  /** The servers at their unit price, for the network's share of the cluster; not in totalUsd. */
  serversUsd: number | null;
  /** False when a price is unknown: then `missing` says which. */
  complete: boolean;
  /** What has no price and is left out, e.g. "switch my-leaf (netbox import)". */
  missing: string[];
  /** Priced items whose price is an estimate (not a quote): id, unit price and where it comes from. */
  estimates: PriceNote[];
}

export interface PriceNote {
  id: string;
  /** Per item; for a made assembly priced per metre, its base per assembly. */
  usd: number;
  /** A made assembly's price per metre of ordered length, on top of `usd` per assembly. */
  perMUsd?: number;
  source: string;
}

export interface CostInputs {
  gpus: number;
  switchType: DeviceType;
  switches: number;
  /** An explicit switch price for this comparison (the user's; not an estimate). */
  switchPriceUsd?: number;
  serverType: DeviceType;
  servers: number;
  opticsUsd: number;
  cablesUsd: number;
  /** Media used whose price is unknown, and media used at all (for the estimate notes). */
  unpricedMedia: ReadonlySet<string>;
  usedMedia: readonly Media[];
  /** Structured cabling: the trunks' price (per assembly) and the panels they land on. */
  trunksUsd?: number;
  panels?: { type: DeviceType; count: number };
}

const ORIGIN: Record<DeviceType['origin'], string> = { builtin: 'built-in', netbox: 'netbox import', user: "user's type" };
const round2 = (v: number) => Math.round(v * 100) / 100;

function note(id: string, usd: number, source: string | null | undefined, perMUsd?: number | null): PriceNote {
  return { id, usd, ...(perMUsd != null ? { perMUsd } : {}), source: source ?? 'estimate (no source recorded)' };
}

export function costSplit(c: CostInputs): CostSplit {
  const missing: string[] = [];
  const estimates: PriceNote[] = [];
  const switchPrice = c.switchPriceUsd ?? c.switchType.unitCostUsd ?? null;
  if (switchPrice === null) missing.push(`switch ${c.switchType.slug} (${ORIGIN[c.switchType.origin]})`);
  else if (c.switchPriceUsd === undefined && c.switchType.costEstimate) estimates.push(note(c.switchType.slug, switchPrice, c.switchType.costSource));
  for (const id of [...c.unpricedMedia].sort()) missing.push(`media ${id}`);
  const panelPrice = c.panels ? (c.panels.type.unitCostUsd ?? null) : null;
  if (c.panels && c.panels.count > 0 && panelPrice === null) missing.push(`panel ${c.panels.type.slug} (${ORIGIN[c.panels.type.origin]})`);
  else if (c.panels && c.panels.count > 0 && c.panels.type.costEstimate) estimates.push(note(c.panels.type.slug, panelPrice!, c.panels.type.costSource));
  for (const m of [...c.usedMedia].sort((a, b) => a.id.localeCompare(b.id))) {
    if (m.unitCostUsd != null && m.costEstimate) estimates.push(note(m.id, m.unitCostUsd, m.costSource, m.assembly?.costPerMUsd));
  }
  const switchesUsd = Math.round((switchPrice ?? 0) * c.switches);
  const opticsUsd = Math.round(c.opticsUsd);
  const cablesUsd = Math.round(c.cablesUsd);
  const trunksUsd = Math.round(c.trunksUsd ?? 0);
  const totalUsd = switchesUsd + opticsUsd + cablesUsd + trunksUsd;
  const per = (v: number) => (c.gpus > 0 ? round2(v / c.gpus) : 0);
  const serverPrice = c.serverType.unitCostUsd ?? null;
  return {
    switchesUsd,
    opticsUsd,
    cablesUsd,
    trunksUsd,
    totalUsd,
    perGpu: { switches: per(switchesUsd), optics: per(opticsUsd), cables: per(cablesUsd), trunks: per(trunksUsd), total: per(totalUsd) },
    serversUsd: serverPrice === null ? null : Math.round(serverPrice * c.servers),
    complete: missing.length === 0,
    missing,
    estimates,
  };
}
