// Bill of materials: cable assemblies by media and stock length, transceiver modules (counted
// by the one rule of economics/modules.ts: a twin-port module serving two ports is one module),
// devices by type; with unit and extended cost where the catalog has a price, whether that price
// is an estimate, and power where it has one. A made assembly (trunk, harness, jumper) is priced
// per assembly of its ordered length (base + per metre); other made-to-length fibre per metre.
// Structured cabling gets its own sections: trunks by fibre count and ordered length, jumpers and
// harnesses by stock length (the legs of one harness are one piece, at its longest leg's length;
// a multi-leg trunk is one piece whose legs are each made to their own ordered length), and patch
// panels and cassettes apart from the active devices.
// Unknown figures stay unknown (null), and totals say how many lines they leave out.
import { mmFromM, mOrNull } from '../model/units.js';
import { deviceDrawW } from '../model/power.js';
import type { Cable, DeviceType, Media, Port } from '../model/entities.js';
import { assemblyShare, ModuleCount } from '../economics/modules.js';
import { assemblyCostUsd, multiLegCostUsd } from '../routing/link.js';
import { roleOfEnds } from './cable-role.js';
import type { ProjectIndex } from './project-index.js';

/** Where a unit price comes from, as the BOM prints it. */
export type PriceBasis = 'estimate' | 'price list' | null;

function basisOf(x: { costEstimate?: boolean; costSource?: string | null } | undefined, unit: number | null): PriceBasis {
  if (unit === null || !x) return null;
  return x.costEstimate ? 'estimate' : 'price list';
}

/** cable: port to port; trunk: between panels' rear ports; jumper: to a panel port; harness: a breakout assembly. */
export type CableSection = 'cable' | 'trunk' | 'jumper' | 'harness';

export interface MediaLine {
  section: CableSection | 'transceiver';
  mediaId: string;
  name: string;
  kind: Media['kind'] | 'unknown';
  /** Fibres of a trunk (its fibre count); null otherwise. */
  fibres: number | null;
  /** Ordered (stock) length; for a multi-leg trunk its legs' total; null for cables not routed yet. */
  lengthM: number | null;
  /** A multi-leg trunk's legs, each at its own ordered length, in leg order; null otherwise. */
  legLengthsM: number[] | null;
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
  /** panel: patch panels and cassettes (devices with front and rear ports); device: the rest. */
  section: 'device' | 'panel';
  /** For a panel: adapter panel (the same connector front and rear) or cassette (the connector changes: fibre inside). */
  panelKind: 'adapter panel' | 'cassette' | null;
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
  /** What one draws (core/model/power.ts: maximum, typical where no maximum is published), W. */
  drawEachW: number | null;
  totalDrawW: number | null;
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
  /** Direct cables, trunks, jumpers and harnesses (see each line's section). */
  cables: MediaLine[];
  transceivers: MediaLine[];
  /** Active devices and panels (see each line's section). */
  devices: DeviceLine[];
  totals: BomTotals;
}

const ENDS_PER_CABLE = 2;

function line(section: MediaLine['section'], m: Media | undefined, id: string, lengthM: number | null, count: number, powerEach: number | null, legsM: number[] | null = null): MediaLine {
  // A made assembly is priced per assembly of its ordered length (the routing engine's cost rule);
  // a multi-leg trunk per assembly of its legs' lengths.
  const made = !m?.assembly ? null : legsM ? multiLegCostUsd(m, legsM.map(mmFromM)) : assemblyCostUsd(m, lengthM === null ? null : mmFromM(lengthM));
  const unit = made !== null ? round2(made) : (m?.unitCostUsd ?? null);
  // Other made-to-length fibre is priced per metre; unknown length: unknown cost.
  const perMetre = made === null && m?.kind === 'fiber' && m.lengthsM.length === 0;
  const each = unit === null ? null : perMetre ? (lengthM === null ? null : unit * lengthM) : unit;
  return {
    section,
    mediaId: id,
    name: m?.name ?? id,
    kind: m?.kind ?? 'unknown',
    fibres: section === 'trunk' ? (m?.lanes ?? null) : null,
    lengthM,
    legLengthsM: legsM,
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
  const assemblies = new Map<string, { section: CableSection; id: string; mm: number | null; shares: number }>();
  // the legs of one made assembly (harness, multi-leg trunk) are one piece
  const madeOnce = new Map<string, { section: CableSection; id: string; legs: { leg: number; mm: number | null }[] }>();
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
      const section = sectionOf(m, pa?.kind, pb?.kind);
      if (c.assemblyId != null) {
        const made = madeOnce.get(c.assemblyId);
        const leg = { leg: c.leg ?? 1, mm };
        if (!made) madeOnce.set(c.assemblyId, { section, id: c.mediaId, legs: [leg] });
        else made.legs.push(leg);
        continue;
      }
      add(assemblies, section, c.mediaId, mm, share);
    }
    for (const [o, portId] of [[c.opticA, c.aPortId], [c.opticB, c.bPortId]] as const) {
      if (!o) continue;
      const m = index.media.get(o);
      const port = index.ports.get(portId);
      if (m && port) modules.addEnd(m, port);
      else unknownOptics.set(o, (unknownOptics.get(o) ?? 0) + 1);
    }
  }
  const multiLeg = new Map<string, { section: CableSection; id: string; legsMm: number[]; count: number }>();
  for (const made of madeOnce.values()) {
    const legsMm = made.legs.sort((x, y) => x.leg - y.leg).map((l) => l.mm);
    // a multi-leg trunk: each leg made to its own ordered length (routing rounds each up to the maker's step)
    if (made.section === 'trunk' && legsMm.length > 1 && legsMm.every((mm) => mm !== null)) {
      const key = `${made.id}\u0000${legsMm.join(',')}`;
      const l = multiLeg.get(key);
      if (l) l.count++;
      else multiLeg.set(key, { section: made.section, id: made.id, legsMm: legsMm as number[], count: 1 });
      continue;
    }
    // a harness (stock lengths), or legs not all routed: one piece at the longest leg's length
    const known = legsMm.filter((mm): mm is number => mm !== null);
    add(assemblies, made.section, made.id, known.length === legsMm.length ? Math.max(...known) : null, 1);
  }
  const optics = new Map(Object.entries(modules.byId()));
  for (const [o, n] of unknownOptics) optics.set(o, (optics.get(o) ?? 0) + n);
  const cableLines = [...assemblies.values()]
    .map((a) => {
      const m = index.media.get(a.id);
      const each = m?.powerW == null ? null : m.powerW * ENDS_PER_CABLE;
      return line(a.section, m, a.id, mOrNull(a.mm), Math.ceil(a.shares - 1e-9), each);
    })
    .concat(
      [...multiLeg.values()].map((a) => {
        const legsM = a.legsMm.map((mm) => mOrNull(mm)!);
        return line(a.section, index.media.get(a.id), a.id, mOrNull(a.legsMm.reduce((x, y) => x + y, 0)), a.count, null, legsM);
      }),
    )
    .sort((x, y) => SECTIONS.indexOf(x.section) - SECTIONS.indexOf(y.section) || (x.fibres ?? 0) - (y.fibres ?? 0) || x.mediaId.localeCompare(y.mediaId) || (x.lengthM ?? Infinity) - (y.lengthM ?? Infinity));
  const opticLines = [...optics.entries()]
    .map(([id, n]) => {
      const m = index.media.get(id);
      return line('transceiver', m, id, null, n, m?.powerW ?? null);
    })
    .sort((x, y) => x.mediaId.localeCompare(y.mediaId));

  const byType = new Map<number, number>();
  for (const d of index.snap.devices) byType.set(d.typeId, (byType.get(d.typeId) ?? 0) + 1);
  const deviceLines = [...byType.entries()]
    .map(([typeId, count]): DeviceLine => {
      const t: DeviceType | undefined = index.types.get(typeId);
      const p = deviceDrawW(t);
      const unit = t?.unitCostUsd ?? null;
      const panelKind = t ? panelKindOf(t) : null;
      return {
        section: panelKind ? 'panel' : 'device',
        panelKind,
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
        drawEachW: p,
        totalDrawW: p === null ? null : p * count,
      };
    })
    .sort((x, y) => (x.section === y.section ? 0 : x.section === 'device' ? -1 : 1) || x.slug.localeCompare(y.slug));

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
      devicePowerW: deviceLines.reduce((s, l) => s + (l.totalDrawW ?? 0), 0),
      linesWithoutPower: [...mediaLines.map((l) => l.totalPowerW), ...deviceLines.map((l) => l.totalDrawW)].filter((p) => p === null).length,
    },
  };
}

const SECTIONS: MediaLine['section'][] = ['cable', 'trunk', 'jumper', 'harness', 'transceiver'];

function add(lines: Map<string, { section: CableSection; id: string; mm: number | null; shares: number }>, section: CableSection, id: string, mm: number | null, share: number): void {
  const key = `${section}\u0000${id}\u0000${mm ?? ''}`;
  const a = lines.get(key);
  if (a) a.shares += share;
  else lines.set(key, { section, id, mm, shares: share });
}

/** A cable's BOM section: a harness by its media, else by the ports at its ends. */
function sectionOf(m: Media | undefined, a: Port['kind'] | undefined, b: Port['kind'] | undefined): CableSection {
  if (m?.assembly?.role === 'harness') return 'harness';
  const role = roleOfEnds(a, b);
  return role === 'direct' ? 'cable' : role;
}

const norm = (ff: string) => ff.trim().toUpperCase().replace(/^MTP/, 'MPO');

/** A device type with front and rear ports is a panel: an adapter panel when front and rear take the same connector, else a cassette. */
export function panelKindOf(t: DeviceType): DeviceLine['panelKind'] {
  const fronts = t.ports.filter((p) => p.kind === 'front-port');
  const rears = t.ports.filter((p) => p.kind === 'rear-port');
  if (!fronts.length && !rears.length) return null;
  const rear = new Map(rears.map((p) => [p.name, norm(p.formFactor)]));
  return fronts.some((f) => f.rearPort && rear.has(f.rearPort) && rear.get(f.rearPort) !== norm(f.formFactor)) ? 'cassette' : 'adapter panel';
}

export const BOM_HEADERS = [
  'section', 'item', 'description', 'kind', 'length (m)', 'count', 'unit cost (USD)', 'extended cost (USD)', 'price basis', 'power each (W)', 'total power (W)', 'price source', 'fibres', 'leg lengths (m)',
];

/** "9; 11": a multi-leg trunk's legs' ordered lengths in leg order. */
export const legLengthsText = (legs: number[] | null): string | null => (legs ? legs.join('; ') : null);

/** The BOM as one table (for CSV): a section column says cable, trunk, jumper, harness, transceiver, device, panel or total. */
export function bomTable(b: Bom): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const l of b.cables) rows.push([l.section, l.mediaId, l.name, l.kind, l.lengthM, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.powerEachW, l.totalPowerW, l.priceSource, l.fibres, legLengthsText(l.legLengthsM)]);
  for (const l of b.transceivers) rows.push(['transceiver', l.mediaId, l.name, l.kind, null, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.powerEachW, l.totalPowerW, l.priceSource, null, null]);
  for (const l of b.devices) rows.push([l.section, l.slug, `${l.manufacturer} ${l.model}`.trim(), l.panelKind ?? l.role, null, l.count, l.unitCostUsd, l.extendedCostUsd, l.priceBasis, l.drawEachW, l.totalDrawW, l.priceSource, null, null]);
  const t = b.totals;
  const est = t.estimatedLines ? `; ${t.estimatedLines} priced lines are estimates, not quotes` : '';
  rows.push(['total', 'media', `${t.cables} cables, ${t.unrouted} not routed, ${t.noMedia} without media; ${t.linesWithoutCost} lines without price`, null, null, null, null, t.costUsd, null, null, t.mediaPowerW, null, null, null]);
  rows.push(['total', 'devices', `${b.devices.reduce((s, l) => s + l.count, 0)} devices (maximum power, typical where no maximum is published); ${t.deviceLinesWithoutCost} lines without price`, null, null, null, null, t.deviceCostUsd, null, null, t.devicePowerW, null, null, null]);
  rows.push(['total', 'all', `power: ${t.linesWithoutPower} lines without a power figure${est}`, null, null, null, null, round2(t.costUsd + t.deviceCostUsd), null, null, round2(t.mediaPowerW + t.devicePowerW), null, null, null]);
  return rows;
}
