// Where a rack or CDU stands on Trayline's floor, which NetBox has no field for: the NetBox export
// writes it into the object's comments (a field every NetBox version imports), and the NetBox
// import reads it back, so a hall taken through NetBox comes back in its rows, where it stood and
// turned as it was, rather than laid out anew. One sentence, written and read here only.
import type { Rotation } from '../model/entities.js';
import { rackRect, rectsOverlap } from '../geometry/footprint.js';

export interface FloorPlace {
  /** The rack's row; null for a rack in none (and for a CDU). */
  row: string | null;
  xMm: number;
  yMm: number;
  rotationDeg: Rotation;
}

/** Metres to the millimetre: a place read back is the place written. */
const m = (mm: number) => `${(mm / 1000).toFixed(3)} m`;
const quoted = '("(?:[^"\\\\]|\\\\.)*")';
const STANDS = new RegExp(`Stands with its centre at x (-?\\d+(?:\\.\\d+)?) m, y (-?\\d+(?:\\.\\d+)?) m on the floor of hall ${quoted}, turned (0|90|180|270)°`);
const IN_ROW = new RegExp(`In row ${quoted}\\.`);

/** "Stands with its centre at x 8.175 m, y 1.800 m on the floor of hall "Hall 1", turned 180°" (no full stop). */
export function standsSentence(p: { xMm: number; yMm: number; rotationDeg: number }, hall: string): string {
  return `Stands with its centre at x ${m(p.xMm)}, y ${m(p.yMm)} on the floor of hall ${JSON.stringify(hall)}, turned ${p.rotationDeg}°`;
}

/** A rack's comments: its row, then where it stands. */
export function rackFloorComment(p: { xMm: number; yMm: number; rotationDeg: number }, row: string | null, hall: string): string {
  return `${row === null ? '' : `In row ${JSON.stringify(row)}. `}${standsSentence(p, hall)}.`;
}

/** The place a comment gives; null when it gives none (a rack from another NetBox). */
export function readFloorComment(text: string): FloorPlace | null {
  const s = STANDS.exec(text);
  if (!s) return null;
  const xMm = Math.round(Number(s[1]) * 1000);
  const yMm = Math.round(Number(s[2]) * 1000);
  if (!Number.isFinite(xMm) || !Number.isFinite(yMm) || xMm < 0 || yMm < 0) return null;
  const row = IN_ROW.exec(text);
  return { row: row ? (JSON.parse(row[1]!) as string) : null, xMm, yMm, rotationDeg: Number(s[4]) as Rotation };
}

type Footprint = { at: FloorPlace | null; widthMm: number; depthMm: number };

/** Whether every one has a place and no two of them overlap: then they can stand as written. */
export function standAsWritten(items: readonly Footprint[]): boolean {
  if (!items.every((x) => x.at)) return false;
  const rects = items.map((x) => rackRect({ ...x.at!, widthMm: x.widthMm, depthMm: x.depthMm })).sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length && rects[j]!.x0 < rects[i]!.x1; j++) if (rectsOverlap(rects[i]!, rects[j]!)) return false;
  return true;
}
