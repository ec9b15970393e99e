// Bill of materials: cable assemblies by media and stock length, transceivers per cable end,
// devices by type; with unit and extended cost where the catalog has a price and power where it
// has one. Unknown figures stay unknown (null), and totals say how many lines they leave out.
import { mOrNull } from '../model/units.js';
import type { Cable, Media } from '../model/entities.js';
import type { ProjectIndex } from './project-index.js';

export interface MediaLine {
  mediaId: string;
  name: string;
  kind: Media['kind'] | 'unknown';
  /** Ordered (stock) length; null for cables not routed yet. */
  lengthM: number | null;
  count: number;
  unitCostUsd: number | null;
  extendedCostUsd: number | null;
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
  maxPowerEachW: number | null;
  totalMaxPowerW: number | null;
}

export interface BomTotals {
  cables: number;
  unrouted: number;
  noMedia: number;
  costUsd: number;
  /** Lines whose cost is unknown and so not in costUsd. */
  linesWithoutCost: number;
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
  const unit = m?.unitCostUsd ?? null;
  return {
    mediaId: id,
    name: m?.name ?? id,
    kind: m?.kind ?? 'unknown',
    lengthM,
    count,
    unitCostUsd: unit,
    extendedCostUsd: unit === null ? null : round2(unit * count),
    powerEachW: powerEach,
    totalPowerW: powerEach === null ? null : round2(powerEach * count),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export function buildBom(index: ProjectIndex, cables: readonly Cable[] = index.snap.cables): Bom {
  const assemblies = new Map<string, { id: string; mm: number | null; count: number }>();
  const optics = new Map<string, number>();
  let unrouted = 0;
  let noMedia = 0;
  for (const c of cables) {
    const mm = c.orderedMm ?? c.lengthMm;
    if (c.routedMm === null && mm === null) unrouted++;
    if (c.mediaId === null) noMedia++;
    else {
      const key = `${c.mediaId}\u0000${mm ?? ''}`;
      const a = assemblies.get(key);
      if (a) a.count++;
      else assemblies.set(key, { id: c.mediaId, mm, count: 1 });
    }
    for (const o of [c.opticA, c.opticB]) if (o) optics.set(o, (optics.get(o) ?? 0) + 1);
  }
  const cableLines = [...assemblies.values()]
    .map((a) => {
      const m = index.media.get(a.id);
      const each = m?.powerW == null ? null : m.powerW * ENDS_PER_CABLE;
      return line(m, a.id, mOrNull(a.mm), a.count, each);
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
      const t = index.types.get(typeId);
      const p = t?.maxPowerW ?? null;
      return {
        slug: t?.slug ?? `type#${typeId}`,
        manufacturer: t?.manufacturer ?? '',
        model: t?.model ?? '',
        role: t?.role ?? '',
        count,
        uEach: t?.uHeight ?? 0,
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
      mediaPowerW: round2(mediaLines.reduce((s, l) => s + (l.totalPowerW ?? 0), 0)),
      devicePowerW: deviceLines.reduce((s, l) => s + (l.totalMaxPowerW ?? 0), 0),
      linesWithoutPower: [...mediaLines.map((l) => l.totalPowerW), ...deviceLines.map((l) => l.totalMaxPowerW)].filter((p) => p === null).length,
    },
  };
}

export const BOM_HEADERS = [
  'section', 'item', 'description', 'kind', 'length (m)', 'count', 'unit cost (USD)', 'extended cost (USD)', 'power each (W)', 'total power (W)',
];

/** The BOM as one table (for CSV): a section column says cables, transceivers, devices or total. */
export function bomTable(b: Bom): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const l of b.cables) rows.push(['cable', l.mediaId, l.name, l.kind, l.lengthM, l.count, l.unitCostUsd, l.extendedCostUsd, l.powerEachW, l.totalPowerW]);
  for (const l of b.transceivers) rows.push(['transceiver', l.mediaId, l.name, l.kind, null, l.count, l.unitCostUsd, l.extendedCostUsd, l.powerEachW, l.totalPowerW]);
  for (const l of b.devices) rows.push(['device', l.slug, `${l.manufacturer} ${l.model}`.trim(), l.role, null, l.count, null, null, l.maxPowerEachW, l.totalMaxPowerW]);
  const t = b.totals;
  rows.push(['total', 'media', `${t.cables} cables, ${t.unrouted} not routed, ${t.noMedia} without media; ${t.linesWithoutCost} lines without price`, null, null, null, null, t.costUsd, null, t.mediaPowerW]);
  rows.push(['total', 'devices', `${b.devices.reduce((s, l) => s + l.count, 0)} devices (maximum power)`, null, null, null, null, null, null, t.devicePowerW]);
  rows.push(['total', 'all', `power: ${t.linesWithoutPower} lines without a power figure`, null, null, null, null, t.costUsd, null, round2(t.mediaPowerW + t.devicePowerW)]);
  return rows;
}
