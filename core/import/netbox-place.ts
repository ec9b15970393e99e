// Where NetBox racks stand on the floor. NetBox racks have no floor position: racks go into rows
// by hall (location, else site), then by rack group, in natural name order, side by side; a group
// longer than rowLength wraps onto the next row; rows are one aisle apart, turned in turn so that
// fronts face fronts across a cold aisle and rears face rears across a hot one (as halls are built,
// and as the aisle rule checks: rows facing the same way put every front in the next row's
// exhaust). Racks added to an existing hall start below its racks, the first new row turned to
// its last row, and the hall grows to fit. An in-row CDU that serves new racks stands at the end
// of the row of the first rack it serves (after the CDUs already there), turned as that row.
import { CDU_FOOTPRINT_MM, rackRect } from '../geometry/footprint.js';
import type { Hall, Id, Rack, Rotation, RowGroup } from '../model/entities.js';
import { standAsWritten, type FloorPlace } from './netbox-floor.js';
import { freeName } from '../model/names.js';
import type { CduRow } from './netbox-cdus.js';
import type { NetboxImportOptions, RackRow } from './netbox-types.js';

const MARGIN_MM = 1200;
const AISLE_MM = 1200;

export interface PlacedRow {
  /** null: racks in no row (as Trayline's NetBox export wrote them). */
  name: string | null;
  /** 0: fronts toward the next row (+y); 180: toward the row before (a CDU at its end turns so). */
  rotationDeg: Rotation;
  racks: { rack: RackRow; xMm: number; yMm: number; rotationDeg: Rotation }[];
}

export interface HallPlacement {
  name: string;
  /** The project's hall of that name, or null for a new hall. */
  hallId: Id | null;
  tileMm: number;
  /** The hall's size after the import (grown to fit). */
  widthMm: number;
  depthMm: number;
  rows: PlacedRow[];
}

export interface RackPlacement {
  halls: HallPlacement[];
  /** Where each in-row CDU that serves new racks stands, by its name in lower case. */
  cdus: Map<string, { xMm: number; yMm: number; rotationDeg: Rotation; asWritten: boolean }>;
  /** Says how the racks were placed (for the import's notes); null when there were none. */
  note: string | null;
}

export function placeNetboxRacks(
  racks: RackRow[],
  project: { halls: readonly Hall[]; racks: readonly Rack[]; rows: readonly RowGroup[] },
  opts: NetboxImportOptions,
  cdus: readonly CduRow[] = [],
): RackPlacement {
  const stood: RackPlacement['cdus'] = new Map();
  if (racks.length === 0) return { halls: [], cdus: stood, note: null };
  const tile = opts.tileMm ?? 600;
  const rowLength = opts.rowLength ?? 20;
  const halls = new Map(project.halls.map((h) => [h.name.toLowerCase(), h]));
  const out: HallPlacement[] = [];
  let rowCount = 0;
  let asWritten = 0;
  for (const [hallName, hallRacks] of groupBy(racks, (r) => r.hall)) {
    const hall = halls.get(hallName.toLowerCase());
    // a new hall whose racks all say where they stood (Trayline's own export) stands as it was
    if (!hall && standAsWritten(hallRacks)) {
      const h = placeAsWritten(hallName, hallRacks, cdus, tile, stood);
      out.push(h);
      asWritten += hallRacks.length;
      continue;
    }
    let y = MARGIN_MM;
    let turn: 0 | 180 = 0;
    if (hall) {
      const mine = project.racks.filter((r) => r.hallId === hall.id);
      if (mine.length) {
        const last = mine.reduce((a, b) => (b.yMm + b.depthMm / 2 > a.yMm + a.depthMm / 2 ? b : a));
        y = last.yMm + last.depthMm / 2 + AISLE_MM;
        // its front toward the new rows (0): the first new row faces it; its rear (180): rear to rear
        turn = last.rotationDeg === 0 ? 180 : 0;
      }
    }
    const size = hall ?? { widthMm: tile, depthMm: tile, tileMm: tile };
    const rowNames = new Set(hall ? project.rows.filter((r) => r.hallId === hall.id).map((r) => r.name.toLowerCase()) : []);
    const rows: PlacedRow[] = [];
    let maxX = 0;
    const groups = [...groupBy(hallRacks, (r) => r.group)].sort(([a], [b]) => naturalCompare(a, b));
    let rowNo = rowNames.size;
    for (const [group, members] of groups) {
      members.sort((a, b) => naturalCompare(a.name, b.name));
      for (let i = 0; i < members.length; i += rowLength) {
        const chunk = members.slice(i, i + rowLength);
        rowNo++;
        const name = freeName(group ? (members.length > rowLength ? `${group} ${i / rowLength + 1}` : group) : `Row ${rowNo}`, (x) => rowNames.has(x.toLowerCase()));
        rowNames.add(name.toLowerCase());
        const depth = Math.max(...chunk.map((r) => r.depthMm));
        let x = MARGIN_MM;
        const placed: PlacedRow['racks'] = [];
        for (const r of chunk) {
          placed.push({ rack: r, xMm: x + r.widthMm / 2, yMm: y + depth / 2, rotationDeg: turn });
          x += r.widthMm;
        }
        rows.push({ name, rotationDeg: turn, racks: placed });
        turn = turn === 0 ? 180 : 0;
        maxX = Math.max(maxX, x);
        y += depth + AISLE_MM;
      }
    }
    maxX = Math.max(maxX, standCdus(rows, cdus, stood));
    rowCount += rows.length;
    out.push({
      name: hallName,
      hallId: hall?.id ?? null,
      tileMm: hall?.tileMm ?? tile,
      widthMm: Math.max(size.widthMm, Math.ceil((maxX + MARGIN_MM) / tile) * tile),
      depthMm: Math.max(size.depthMm, Math.ceil((y - AISLE_MM + MARGIN_MM) / tile) * tile),
      rows,
    });
  }
  const laidOut = racks.length - asWritten;
  const notes = [
    ...(asWritten ? [`${asWritten} rack(s) stand in their rows where their comments say (Trayline's NetBox export writes each rack's row and place on the floor there)`] : []),
    ...(laidOut ? [`NetBox has no floor coordinates: ${laidOut} rack(s) placed in ${rowCount} row(s) by location, rack group and name, turned in turn so fronts face fronts and rears rears across ${AISLE_MM} mm aisles; move them on the floor plan to where they stand`] : []),
  ];
  return { halls: out, cdus: stood, note: notes.join('; ') };
}

/** A new hall's racks and in-row CDUs where their comments put them, in their rows; the hall as
 * large as they need, with a margin (NetBox holds no hall size). */
function placeAsWritten(name: string, racks: readonly RackRow[], cdus: readonly CduRow[], tile: number, stood: RackPlacement['cdus']): HallPlacement {
  const rows: PlacedRow[] = [];
  let maxX = 0;
  let maxY = 0;
  for (const [row, members] of groupBy([...racks], (r) => r.at!.row ?? '\u0000')) {
    // (west to east: a CDU stood at a row's end goes after its last rack)
    const placed = members.map((r) => ({ rack: r, xMm: r.at!.xMm, yMm: r.at!.yMm, rotationDeg: r.at!.rotationDeg })).sort((a, b) => a.xMm - b.xMm);
    rows.push({ name: row === '\u0000' ? null : row, rotationDeg: placed[0]!.rotationDeg, racks: placed });
    for (const p of placed) {
      const f = rackRect({ ...p, widthMm: p.rack.widthMm, depthMm: p.rack.depthMm });
      maxX = Math.max(maxX, f.x1);
      maxY = Math.max(maxY, f.y1);
    }
  }
  // a CDU serving these racks stands where it stood too, unless that is taken (it is then put at
  // a row's end like any other)
  const mine = new Set(racks.map((r) => r.name.toLowerCase()));
  const taken: { at: FloorPlace | null; widthMm: number; depthMm: number }[] = [...racks];
  for (const c of cdus) {
    if (!c.at || stood.has(c.name.toLowerCase()) || !c.racks.some((r) => mine.has(r.toLowerCase()))) continue;
    const w = c.widthMm ?? CDU_FOOTPRINT_MM.widthMm;
    const d = c.depthMm ?? CDU_FOOTPRINT_MM.depthMm;
    const unit = { at: c.at, widthMm: w, depthMm: d };
    if (!standAsWritten([...taken, unit])) continue;
    taken.push(unit);
    stood.set(c.name.toLowerCase(), { xMm: c.at.xMm, yMm: c.at.yMm, rotationDeg: c.at.rotationDeg, asWritten: true });
    const f = rackRect({ ...c.at, widthMm: w, depthMm: d });
    maxX = Math.max(maxX, f.x1);
    maxY = Math.max(maxY, f.y1);
  }
  const rest = cdus.filter((c) => c.placement === 'in-row' && !stood.has(c.name.toLowerCase()) && c.racks.some((r) => mine.has(r.toLowerCase())));
  maxX = Math.max(maxX, standCdus(rows, rest, stood));
  // (a row-end spot that something written already holds: left for the user to place)
  for (const c of rest) {
    const at = stood.get(c.name.toLowerCase());
    const unit = at && { at: { ...at, row: null }, widthMm: c.widthMm ?? CDU_FOOTPRINT_MM.widthMm, depthMm: c.depthMm ?? CDU_FOOTPRINT_MM.depthMm };
    if (unit && standAsWritten([...taken, unit])) taken.push(unit);
    else stood.delete(c.name.toLowerCase());
  }
  const fit = (mm: number) => Math.max(tile, Math.ceil((mm + MARGIN_MM) / tile) * tile);
  return { name, hallId: null, tileMm: tile, widthMm: fit(maxX), depthMm: fit(maxY), rows };
}

/** The in-row CDUs whose first served rack is in these rows, each at that row's end; returns the
 * x the rows reach with them (0 when none stands here). */
function standCdus(rows: readonly PlacedRow[], cdus: readonly CduRow[], stood: RackPlacement['cdus']): number {
  const rowOf = new Map<string, PlacedRow>();
  for (const row of rows) for (const { rack } of row.racks) rowOf.set(rack.name.toLowerCase(), row);
  const end = new Map<PlacedRow, number>();
  let maxX = 0;
  for (const c of cdus) {
    const row = c.placement === 'in-row' && c.racks.length ? rowOf.get(c.racks[0]!.toLowerCase()) : undefined;
    if (!row) continue;
    const last = row.racks[row.racks.length - 1]!;
    const x = end.get(row) ?? last.xMm + last.rack.widthMm / 2;
    const w = c.widthMm ?? CDU_FOOTPRINT_MM.widthMm;
    stood.set(c.name.toLowerCase(), { xMm: x + w / 2, yMm: last.yMm, rotationDeg: row.rotationDeg, asWritten: false });
    end.set(row, x + w);
    maxX = Math.max(maxX, x + w);
  }
  return maxX;
}

export function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(x);
  }
  return m;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
