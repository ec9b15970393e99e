// The cable schedule: one row per cable with both ends located (hall, row, rack, U, device, port),
// its media and optics, lengths in metres and the trays it runs through. Rows are produced lazily
// so that 100,000 cables stream to a file without building them all at once.
import type { Cable, RouteStep } from '../model/entities.js';
import { mOrNull } from '../model/units.js';
import { placeId } from './labels.js';
import type { PortPlace, ProjectIndex } from './project-index.js';

export type Cell = string | number | null;

export interface ScheduleColumn {
  header: string;
  /** Character width for spreadsheets. */
  width: number;
}

const END_COLUMNS = (end: 'A' | 'B'): ScheduleColumn[] => [
  { header: `${end} hall`, width: 10 },
  { header: `${end} row`, width: 10 },
  { header: `${end} rack`, width: 10 },
  { header: `${end} U`, width: 6 },
  { header: `${end} device`, width: 18 },
  { header: `${end} port`, width: 12 },
  { header: `${end} port id`, width: 18 },
];

export const SCHEDULE_COLUMNS: ScheduleColumn[] = [
  { header: 'cable id', width: 10 },
  { header: 'label', width: 14 },
  ...END_COLUMNS('A'),
  ...END_COLUMNS('B'),
  { header: 'media kind', width: 11 },
  { header: 'media id', width: 26 },
  { header: 'optic A', width: 22 },
  { header: 'optic B', width: 22 },
  { header: 'fibre type', width: 10 },
  { header: 'routed length (m)', width: 12 },
  { header: 'ordered length (m)', width: 12 },
  { header: 'route', width: 40 },
  { header: 'status', width: 12 },
];

export const SCHEDULE_HEADERS = SCHEDULE_COLUMNS.map((c) => c.header);

function endCells(index: ProjectIndex, p: PortPlace | null): Cell[] {
  if (!p) return [null, null, null, null, null, null, null];
  return [p.hall?.name ?? null, p.row?.name ?? null, p.rack.name, p.device.u, p.device.name, p.port.name, placeId(index, p)];
}

/** Tray names in order, consecutive segments of one tray folded: "T-A:0-3 > T-B:1". */
export function describeRoute(index: ProjectIndex, route: RouteStep[] | null): string {
  if (!route || route.length === 0) return '';
  const parts: string[] = [];
  let i = 0;
  while (i < route.length) {
    const tray = route[i]!.trayId;
    let j = i;
    while (j + 1 < route.length && route[j + 1]!.trayId === tray) j++;
    const name = index.trays.get(tray)?.name ?? `tray#${tray}`;
    const lo = route[i]!.seg;
    const hi = route[j]!.seg;
    parts.push(lo === hi ? `${name}:${lo}` : `${name}:${lo}-${hi}`);
    i = j + 1;
  }
  return parts.join(' > ');
}

export function scheduleRow(index: ProjectIndex, { cable: c, a, b }: PlacedCable): Cell[] {
  const media = c.mediaId ? index.media.get(c.mediaId) : undefined;
  return [
    c.id,
    c.label,
    ...endCells(index, a),
    ...endCells(index, b),
    media?.kind ?? null,
    c.mediaId,
    c.opticA,
    c.opticB,
    index.fiberOf(c),
    mOrNull(c.routedMm),
    mOrNull(c.orderedMm ?? c.lengthMm),
    describeRoute(index, c.route),
    c.status,
  ];
}

/** Pull sheets group cables by the row (or pod) of their A end; racks in no row go by hall. */
export function pullSheetOf(a: PortPlace | null): string {
  if (!a) return 'Unplaced';
  if (a.row) return a.row.name;
  return `${a.hall?.name ?? 'Hall'} - no row`;
}

/** A cable with both ends located. */
export interface PlacedCable {
  cable: Cable;
  a: PortPlace | null;
  b: PortPlace | null;
}

/**
 * A key that sorts names in natural order with a plain string comparison ("R2" before "R10"):
 * digit runs are zero-padded. Used in JS and, through a SQL function, by SQLite's ORDER BY.
 */
export function naturalKey(s: string): string {
  return s.toLowerCase().replace(/\d+/g, (d) => d.padStart(12, '0')) + '\u0000' + s;
}

/** Natural order of two names (for short lists; sort long ones by precomputed naturalKey). */
export function naturalCompare(a: string, b: string): number {
  const x = naturalKey(a);
  const y = naturalKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface SheetSummary {
  name: string;
  cables: number;
  routed: number;
  unrouted: number;
  routedM: number;
  orderedM: number;
}

/** A cable of the schedule with the pull sheet it belongs to. */
export interface SheetRow extends PlacedCable {
  sheet: string;
}

/**
 * The cable schedule's data as a reader streams it (db/schedule-source.ts): rows already in
 * pull-sheet order, so 100,000 cables are written as they are read.
 */
export interface ScheduleSource {
  /** Lookups over halls, rows, racks, trays and media only: its snapshot has no devices, ports or cables. */
  index: ProjectIndex;
  /** Pull sheets in order with their counts and lengths. */
  sheets(): SheetSummary[];
  total: number;
  /** Every cable, in pull-sheet order, read as it is consumed. */
  rows(): Generator<SheetRow>;
}
