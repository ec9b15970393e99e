// What the audit works on: links as a source reports them, links as the plan has them, and the
// differences between the two. Names are kept as written; matching uses names.ts.
import type { Id } from '../model/entities.js';

/** One end of a link as a source names it. */
export interface End {
  host: string;
  port: string;
  /** The source did not name the port (LLDP gave a MAC address or a number): match on host only. */
  unnamed?: boolean;
}

/** A link an as-built source reports. For LLDP, `a` is the local end. */
export interface FoundLink {
  a: End;
  b: End;
  /** File name (or source name) and 1-based line (row for spreadsheets) the link came from. */
  source: string;
  line: number;
  /** Cable type or media as the source writes it (NetBox type such as "smf-os2", or a media id). */
  cableType: string | null;
  lengthMm: number | null;
  label: string | null;
}

export interface ParsedSource {
  links: FoundLink[];
  /** Hosts whose neighbours the source lists (LLDP); null when the source claims to be complete. */
  surveyed: string[] | null;
  warnings: string[];
}

/** Rows of a spreadsheet already read on the Node side (XLSX): 1-based row numbers. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export type AuditSource = { name: string; text: string } | { name: string; rows: SheetRow[] };

export const AUDIT_FORMATS = ['lldpd-json', 'p2p', 'netbox-csv', 'eos', 'nxos', 'junos', 'cumulus'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface EndView {
  host: string;
  port: string;
  deviceId: Id | null;
  portId: Id | null;
}

export interface PlannedView {
  cableId: Id;
  label: string;
  a: EndView;
  b: EndView;
  mediaId: string | null;
  lengthMm: number | null;
}

export interface FoundView {
  a: EndView;
  b: EndView;
  source: string;
  line: number;
  cableType: string | null;
  lengthMm: number | null;
  label: string | null;
}

export const AUDIT_CLASSES = ['missing', 'unexpected', 'miswired', 'swapped', 'wrong-media', 'wrong-length'] as const;
export type AuditClass = (typeof AUDIT_CLASSES)[number];

/** One difference. Missing has no found link, unexpected no planned one, a swap two of each. */
export interface AuditItem {
  class: AuditClass;
  planned: PlannedView[];
  found: FoundView[];
  detail: string;
}

export interface AuditCounts {
  matched: number;
  missing: number;
  unexpected: number;
  /** Miswired items, swaps included (a swap counts once). */
  miswired: number;
  swapped: number;
  wrongMedia: number;
  wrongLength: number;
  /** Planned links neither of whose hosts any LLDP source covers: not judged. */
  unaudited: number;
}

export interface AuditResult extends AuditCounts {
  items: AuditItem[];
  sources: { name: string; format: AuditFormat; links: number }[];
  warnings: string[];
}
