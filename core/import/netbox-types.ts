// The shapes of a NetBox hall import: its input files, its options, the rows that passed the
// checks, the problems found and the summary of what was written.
import type { CableStatus, DeviceType, Face } from '../model/entities.js';
import type { FloorPlace } from './netbox-floor.js';
import type { Breakout } from '../model/entities.js';

export interface NetboxFileText {
  name: string;
  text: string;
}

export interface NetboxImportInput {
  racks?: NetboxFileText;
  devices?: NetboxFileText;
  cables?: NetboxFileText;
  /** Interfaces beyond the devices' types (breakout sub-ports: swp1s0 under swp1). */
  interfaces?: NetboxFileText;
  /** devicetype-library YAML files, added to the project's catalog. */
  deviceTypes?: NetboxFileText[];
}

export interface NetboxImportOptions {
  tileMm?: number;
  /** Racks per row before a rack group wraps onto the next row. */
  rowLength?: number;
}

export interface RowError {
  file: string;
  line: number | null;
  column: string | null;
  reason: string;
}

export interface NetboxImportSummary {
  deviceTypes: number;
  halls: number;
  rows: number;
  racks: number;
  devices: number;
  cables: number;
  /** CDUs read back from Trayline's own export (role cdu). */
  cdus: number;
  /** The halls racks were placed in (new or grown), in the order placed. */
  hallIds: number[];
  notes: string[];
}

export class NetboxImportError extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map(formatRowError).join('\n'));
    this.name = 'NetboxImportError';
  }
}

export function formatRowError(e: RowError): string {
  return `${e.file}${e.line !== null ? `:${e.line}` : ''}: ${e.column ? `${e.column}: ` : ''}${e.reason}`;
}

export interface RackRow {
  line: number;
  name: string;
  hall: string;
  group: string;
  widthMm: number;
  depthMm: number;
  heightU: number;
  /** Its row and place, from comments Trayline's NetBox export wrote (netbox-floor.ts). */
  at: FloorPlace | null;
}

export interface DeviceRow {
  line: number;
  name: string;
  type: DeviceType;
  rack: string;
  u: number;
  face: Face;
  /** Its ports split by a breakout (a cable on a sub-port: swp1s0), by the port's name. */
  split?: Map<string, Breakout>;
}

export interface CableRow {
  line: number;
  label: string | null;
  a: { device: string; port: string };
  b: { device: string; port: string };
  status: CableStatus;
  lengthMm: number | null;
}
