// Bill of materials: cable assemblies by media and stock length, transceiver modules (counted
// by the one rule of economics/modules.ts: a twin-port module serving two ports is one module),
// devices by type; with unit and extended cost where the catalog has a price, whether that price
// is an estimate, and power where it has one. A made assembly (trunk, harness, jumper) is priced
// per assembly of its ordered length (base + per metre); other made-to-length fibre per metre.
// Unknown figures stay unknown (null), and totals say how many lines they leave out.
import { mmFromM, mOrNull } from '../model/units.js';
import type { Cable, DeviceType, Media } from '../model/entities.js';
import { assemblyShare, ModuleCount } from '../economics/modules.js';
import { assemblyCostUsd } from '../routing/link.js';
import type { ProjectIndex } from './project-index.js';

/** Where a unit price comes from, as the BOM prints it. */
export type PriceBasis = 'estimate' | 'price list' | null;

function basisOf(x: { costEstimate?: boolean; costSource?: string | null } | undefined, unit: number | null): PriceBasis {
  if (unit === null || !x) return null;
  return x.costEstimate ? 'estimate' : 'price list';
}

export interface MediaLine {
  mediaId: string;
  name: string;
  kind: Media['kind'] | 'unknown';
  /** Ordered (stock) length; null for cables not routed yet. */
  lengthM: number | null;
  count: number;
  /**
   * Per item; for a made assembly, one assembly of this length (base + per metre x length); per
   * metre for other made-to-length fibre (then extended = unit x length x count).
   */
  unitCostUsd: number | null;
  extendedCostUsd: number | null;
  priceBasis: PriceBasis;
  priceSource: string | null;
  /** Per item: both ends of an active cable, or one transceiver. */
  powerEachW: number | null;
  totalPowerW: number | null;
}

export interface DeviceLine {
  slug: string;
  manufacturer: string;
  model: string;
  role: string;
  count: number;
  uEach: number;
  unitCostUsd: number | null;
  extendedCostUsd: number | null;
  priceBasis: PriceBasis;
  priceSource: string | null;
  maxPowerEachW: number | null;
  totalMaxPowerW: number | null;
}

export interface BomTotals {
  cables: number;
  unrouted: number;
  noMedia: number;
  /** Cables and transceivers, USD. */
  costUsd: number;
  /** Lines whose cost is unknown and so not in costUsd. */
  linesWithoutCost: number;
  deviceCostUsd: number;
  deviceLinesWithoutCost: number;
  /** Priced lines (media and devices) whose price is an estimate, not a quote. */
  estimatedLines: number;
  mediaPowerW: number;
  devicePowerW: number;
  linesWithoutPower: number;
}

export interface Bom {
  cables: MediaLine[];
  transceivers: MediaLine[];
  devices: DeviceLine[];
  totals: BomTotals;
}

const ENDS_PER_CABLE = 2;

function line(m: Media | undefined, id: string, lengthM: number | null, count: number, powerEach: number | null): MediaLine {
  // A made assembly is priced per assembly of its ordered length (the routing engine's cost rule).
  const made = m?.assembly ? assemblyCostUsd(m, lengthM === null ? null : mmFromM(lengthM)) : null;
  const unit = made !== null ? round2(made) : (m?.unitCostUsd ?? null);
  // Other made-to-length fibre is priced per metre; unknown length: unknown cost.
  const perMetre = made === null && m?.kind === 'fiber' && m.lengthsM.length === 0;
  const each = unit === null ? null : perMetre ? (lengthM === null ? null : unit * lengthM) : unit;
  return {
    mediaId: id,
    name: m?.name ?? id,
    kind: m?.kind ?? 'unknown',
    lengthM,
    count,
    unitCostUsd: unit,
    extendedCostUsd: each === null ? null : round2(each * count),
    priceBasis: basisOf(m, each),
    priceSource: each === null ? null : (m?.costSource ?? null),
    powerEachW: powerEach,
    totalPowerW: powerEach === null ? null : round2(powerEach * count),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function buildBom(index: ProjectIndex, cables: readonly Cable[] = index.snap.cables): Bom {
  const assemblies = new Map<string, { id: string; mm: number | null; shares: number }>();
  const modules = new ModuleCount();
  const unknownOptics = new Map<string, number>();
  let unrouted = 0;
  let noMedia = 0;
  for (const c of cables) {
    const mm = c.orderedMm ?? c.lengthMm;
    if (c.routedMm === null && mm === null) unrouted++;
    if (c.mediaId === null) noMedia++;
    else {
      // A twin-port assembly joining two pairs of ports is one piece for two cables (the one count rule).
      const m = index.media.get(c.mediaId);
      const pa = index.ports.get(c.aPortId);
      const pb = index.ports.get(c.bPortId);
      const share = m && m.kind !== 'fiber' && pa && pb ? assemblyShare(m, pa, pb) : 1;
      const key = `${c.mediaId}\u0000${mm ?? ''}`;
      const a = assemblies.get(key);
      if (a) a.shares += share;
      else assemblies.set(key, { id: c.mediaId, mm, shares: share });
    }
    for (const [o, portId] of [[c.opticA, c.aPortId], [c.opticB, c.bPortId]] as const) {
      if (!o) continue;
      const m = index.media.get(o);
      const port = index.ports.get(portId);
      if (m && port) modules.addEnd(m, port);
      else unknownOptics.set(o, (unknownOptics.get(o) ?? 0) + 1);
    }
  }
  const optics = new Map(Object.entries(modules.byId()));
  for (const [o, n] of unknownOptics) optics.set(o, (optics.get(o) ?? 0) + n);
  const cableLines = [...assemblies.values()]
    .map((a) => {
      const m = index.media.get(a.id);
      const each = m?.powerW == null ? null : m.powerW * ENDS_PER_CABLE;
      return line(m, a.id, mOrNull(a.mm), Math.ceil(a.shares - 1e-9), each);
    })
    .sort((x, y) => x.mediaId.localeCompare(y.mediaId) || (x.lengthM ?? Infinity) - (y.lengthM ?? Infinity));
  const opticLines = [...optics.entries()]
    .map(([id, n]) => {
      const m = index.media.get(id);
      return line(m, id, null, n, m?.powerW ?? null);
    })
    .sort((x, y) => x.mediaId.localeCompare(y.mediaId));

  const byType = new Map<number, number>();
  for (const d of index.snap.devices) byType.set(d.typeId, (byType.get(d.typeId) ?? 0) + 1);
  const deviceLines: DeviceLine[] = [...byType.entries()]
    .map(([typeId, count]) => {
      const t: DeviceType | undefined = index.types.get(typeId);
      const p = t?.maxPowerW ?? null;
      const unit = t?.unitCostUsd ?? null;
      return {
        slug: t?.slug ?? `type#${typeId}`,
        manufacturer: t?.manufacturer ?? '',
        model: t?.model ?? '',
        role: t?.role ?? '',
        count,
        uEach: t?.uHeight ?? 0,
        unitCostUsd: unit,
        extendedCostUsd: unit === null ? null : round2(unit * count),
        priceBasis: basisOf(t, unit),
        priceSource: unit === null ? null : (t?.costSource ?? null),
        maxPowerEachW: p,
        totalMaxPowerW: p === null ? null : p * count,
      };
    })
    .sort((x, y) => x.slug.localeCompare(y.slug));

  const mediaLines = [...cableLines, ...opticLines];
  return {
    cables: cableLines,
    transceivers: opticLines,
    devices: deviceLines,
    totals: {
      cables: cables.length,
      unrouted,
      noMedia,
      costUsd: round2(mediaLines.reduce((s, l) => s + (l.extendedCostUsd ?? 0), 0)),
      linesWithoutCost: mediaLines.filter((l) => l.extendedCostUsd === null).length,
      deviceCostUsd: round2(deviceLines.reduce((s, l) => s + (l.extendedCostUsd ?? 0), 0)),
      deviceLinesWithoutCost: deviceLines.filter((l) => l.extendedCostUsd === null).length,
      estimatedLines: [...mediaLines, ...deviceLines].filter((l) => l.priceBasis === 'estimate').length,
      mediaPowerW: round2(mediaLines.reduce((s, l) => s + (l.totalPowerW ?? 0), 0)),
      devicePowerW: deviceLines.reduce((s, l) => s + (l.totalMaxPowerW ?? 0), 0),
      linesWithoutPower: [...mediaLines.map((l) => l.totalPowerW), ...deviceLines.map((l) => l.totalMaxPowerW)].filter((p) => p === null).length,
    },
  };
}

export const BOM_HEADERS = [
  'section', 'item', 'description', 'kind', 'length (m)', 'count', 'unit cost (USD)', 'extended cost (USD)', 'price basis', 'power each (W)', 'total power (W)', 'price source',
];

/** The BOM as one table (for CSV): a section column says cables, transceivers, devices or total. */
export function bomTable(b: Bom): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const l of b.cables) rows.push(['cable', l.mediaId, l.name, l.kind, l.lengthM, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.powerEachW, l.totalPowerW, l.priceSource]);
  for (const l of b.transceivers) rows.push(['transceiver', l.mediaId, l.name, l.kind, null, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.powerEachW, l.totalPowerW, l.priceSource]);
  for (const l of b.devices) rows.push(['device', l.slug, `${l.manufacturer} ${l.model}`.trim(), l.role, null, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.maxPowerEachW, l.totalMaxPowerW, l.priceSource]);
  const t = b.totals;
  const est = t.estimatedLines ? `; ${t.estimatedLines} priced lines are estimates, not quotes` : '';
  rows.push(['total', 'media', `${t.cables} cables, ${t.unrouted} not routed, ${t.noMedia} without media; ${t.linesWithoutCost} lines without price`, null, null, null, null, t.costUsd, null, null, t.mediaPowerW, null]);
  rows.push(['total', 'devices', `${b.devices.reduce((s, l) => s + l.count, 0)} devices (maximum power); ${t.deviceLinesWithoutCost} lines without price`, null, null, null, null, t.deviceCostUsd, null, null, t.devicePowerW, null]);
  rows.push(['total', 'all', `power: ${t.linesWithoutPower} lines without a power figure${est}`, null, null, null, null, round2(t.costUsd + t.deviceCostUsd), null, null, round2(t.mediaPowerW + t.devicePowerW), null]);
  return rows;
}
