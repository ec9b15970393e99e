// The trunk schedule: one row per trunk (a cable between two panels' rear ports, or the legs of one
// trunk assembly), with what the contractor orders and pulls: fibre count, connector and polarity,
// both panels (rack, U, rear port), routed and ordered length, the trays it runs through and the
// links it carries.
import type { Cable, Device, Id } from '../model/entities.js';
import { mOrNull } from '../model/units.js';
import { panelId, portPart } from './labels.js';
import { describeRoute, naturalKey, type Cell, type ScheduleColumn } from './schedule.js';
import { connectorEnds, orderedMmOf, type StructuredIndex, type TrunkAssembly } from './structured-index.js';

const END = (e: 'A' | 'B'): ScheduleColumn[] => [
  { header: `${e} rack`, width: 10 },
  { header: `${e} U`, width: 6 },
  { header: `${e} panel`, width: 18 },
  { header: `${e} port`, width: 10 },
];

export const TRUNK_COLUMNS: ScheduleColumn[] = [
  { header: 'trunk', width: 16 },
  { header: 'trunk id', width: 30 },
  { header: 'media id', width: 26 },
  { header: 'fibres', width: 8 },
  { header: 'fibre type', width: 10 },
  { header: 'connector A', width: 18 },
  { header: 'connector B', width: 18 },
  { header: 'polarity', width: 9 },
  ...END('A'),
  ...END('B'),
  { header: 'positions', width: 10 },
  { header: 'links carried', width: 12 },
  { header: 'routed length (m)', width: 12 },
  { header: 'ordered length (m)', width: 12 },
  { header: 'leg lengths (m)', width: 30 },
  { header: 'route', width: 40 },
  { header: 'status', width: 10 },
  { header: 'links', width: 80 },
];

export const TRUNK_HEADERS = TRUNK_COLUMNS.map((c) => c.header);

export interface TrunkRow {
  trunk: TrunkAssembly;
  cells: Cell[];
  /** For the summary: fibres and ordered metres (a multi-leg trunk: its legs' total; null: not routed yet). */
  mediaId: string | null;
  fibres: number | null;
  orderedM: number | null;
  /** A multi-leg trunk: each leg's ordered metres in leg order (each made to its own length); null otherwise. */
  legsOrderedM: number[] | null;
}

/** A multi-leg trunk's legs, "1: 8.788 -> 9; 2: 10.122 -> 11" (leg: routed -> ordered, m); null for one cable. */
function legLengths(legs: Cable[]): string | null {
  if (legs.length < 2) return null;
  return legs.map((c, i) => `${c.leg ?? i + 1}: ${mOrNull(c.routedMm) ?? '?'} -> ${mOrNull(orderedMmOf(c)) ?? '?'}`).join('; ');
}

/** Sum of lengths, or null when one is unknown. */
function total(mm: (number | null)[]): number | null {
  return mm.some((x) => x === null) ? null : mm.reduce<number>((a, b) => a + b!, 0);
}

/** The TIA-606 id of one end: panel id and port ("AJ05-40:T1"); several legs on one panel as a range ("AJ05-40:T1-T4"). */
function endId(s: StructuredIndex, ports: Id[]): string {
  const places = ports.map((p) => s.index.place(p));
  if (places.some((p) => !p)) return '?';
  const ids = places.map((p) => panelId(s.index.cabinetId(p!.rack), p!.device.u));
  const parts = places.map((p) => portPart(p!.port.name));
  if (ids.every((x) => x === ids[0])) return `${ids[0]}:${parts.length > 1 ? `${parts[0]}-${parts[parts.length - 1]}` : parts[0]}`;
  return ids.map((x, i) => `${x}:${parts[i]}`).join(',');
}

/** Rear positions the trunk joins: per leg, the smaller of its two rear ports' positions. */
function positions(s: StructuredIndex, legs: Cable[]): number {
  return legs.reduce((n, c) => n + Math.min(s.channels.positionsOf(c.aPortId), s.channels.positionsOf(c.bPortId)), 0);
}

/** "3: leaf-a01:2/1 - spine-b01:2/1": the position at the A end, then the link's end on the A side first. */
function carried(s: StructuredIndex, t: TrunkAssembly): string {
  const aRears = new Set(t.legs.map((c) => c.aPortId));
  const rows: { pos: number; text: string }[] = [];
  for (const l of t.links) {
    if (l.b === null) continue;
    let pos = 0;
    let aSideFirst = true;
    for (let k = 0, i = 0; k < l.panels.length; k += 4, i++) {
      if (!aRears.has(l.panels[k + 1]!)) continue;
      pos = l.panels[k + 2]!;
      // the pass at the trunk's A end comes before the trunk in the channel when link.a is on the A side
      const next = s.cables.get(l.cables[i + 1]!);
      aSideFirst = !!next && t.legs.includes(next);
    }
    const [x, y] = aSideFirst ? [l.a, l.b] : [l.b, l.a];
    rows.push({ pos, text: `${pos}: ${s.portName(x)} - ${s.portName(y)}` });
  }
  return rows.sort((p, q) => p.pos - q.pos).map((r) => r.text).join('; ');
}

export function trunkRow(s: StructuredIndex, t: TrunkAssembly): TrunkRow {
  const c = t.head;
  const m = s.media(c);
  const [ca, cb] = connectorEnds(m);
  // each end lists its legs' rear ports; a multi-leg trunk whose legs reach several panels lists
  // rack, U and panel per leg
  const end = (ports: Id[]): Cell[] => {
    const places = ports.map((x) => s.index.place(x));
    const p = places[0];
    if (!p) return [null, null, null, null];
    const names = ports.map((x) => s.index.ports.get(x)?.name ?? '?').join(', ');
    if (places.every((q) => q?.device.name === p.device.name && q.rack.name === p.rack.name)) return [p.rack.name, p.device.u, p.device.name, names];
    const each = (f: (q: NonNullable<typeof p>) => string | number) => places.map((q) => (q ? f(q) : '?')).join(', ');
    return [each((q) => q.rack.name), each((q) => q.device.u), each((q) => q.device.name), names];
  };
  const aPorts = t.legs.map((x) => x.aPortId);
  const bPorts = t.legs.map((x) => x.bPortId);
  // one cable: its lengths; the legs of a multi-leg trunk are each made to their own length, so the totals
  const multi = t.legs.length > 1;
  const routedMm = multi ? total(t.legs.map((x) => x.routedMm)) : t.head.routedMm;
  const orderedMm = multi ? total(t.legs.map(orderedMmOf)) : orderedMmOf(t.head);
  const legsOrdered = t.legs.map(orderedMmOf);
  const complete = t.links.filter((l) => l.b !== null).length;
  const cells: Cell[] = [
    c.label,
    `${endId(s, aPorts)}/${endId(s, bPorts)}`,
    c.mediaId,
    m?.lanes ?? null,
    s.index.fiberOf(c),
    ca,
    cb,
    s.polarity(c),
    ...end(aPorts),
    ...end(bPorts),
    positions(s, t.legs),
    complete,
    mOrNull(routedMm),
    mOrNull(orderedMm),
    legLengths(t.legs),
    describeRoute(s.index, t.longest.route),
    c.status,
    carried(s, t),
  ];
  return {
    trunk: t,
    cells,
    mediaId: c.mediaId,
    fibres: m?.lanes ?? null,
    orderedM: mOrNull(orderedMm),
    legsOrderedM: multi && legsOrdered.every((x) => x !== null) ? legsOrdered.map((x) => mOrNull(x)!) : null,
  };
}

/** Every trunk with an end in the hall (all halls when null), by A-end rack and label in natural order. */
export function trunkRows(s: StructuredIndex, inHall: ((d: Device) => boolean) | null = null): TrunkRow[] {
  const keep = (id: Id) => {
    const d = s.deviceOf(id);
    return !!d && (inHall === null || inHall(d));
  };
  const rows = s
    .trunks()
    .filter((t) => keep(t.head.aPortId) || keep(t.head.bPortId))
    .map((t) => {
      const d = s.deviceOf(t.head.aPortId);
      return { row: trunkRow(s, t), key: `${naturalKey(d ? s.rackName(d) : '')}\t${naturalKey(t.head.label)}` };
    });
  return rows.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((r) => r.row);
}

export interface TrunkSummaryLine {
  mediaId: string;
  fibres: number | null;
  /** One trunk's ordered metres (a multi-leg trunk: its legs' total). */
  orderedM: number | null;
  /** A multi-leg trunk's legs' ordered metres; null otherwise. */
  legsOrderedM: number[] | null;
  count: number;
}

/** Trunks to order: by media (fibre count, fibre type, connectors) and ordered length. */
export function trunkSummary(rows: TrunkRow[]): TrunkSummaryLine[] {
  const lines = new Map<string, TrunkSummaryLine>();
  for (const r of rows) {
    const key = `${r.mediaId ?? ''}\u0000${r.orderedM ?? ''}\u0000${r.legsOrderedM?.join(',') ?? ''}`;
    const l = lines.get(key);
    if (l) l.count++;
    else lines.set(key, { mediaId: r.mediaId ?? '', fibres: r.fibres, orderedM: r.orderedM, legsOrderedM: r.legsOrderedM, count: 1 });
  }
  return [...lines.values()].sort((x, y) => (x.fibres ?? 0) - (y.fibres ?? 0) || x.mediaId.localeCompare(y.mediaId) || (x.orderedM ?? Infinity) - (y.orderedM ?? Infinity));
}
