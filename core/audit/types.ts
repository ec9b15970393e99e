// What the audit works on: links as a source reports them, links as the plan has them, and the
// differences between the two. Names are kept as written; matching uses names.ts.
import type { LinkRate } from '../ib/rates.js';
import type { Id } from '../model/entities.js';

/** One end of a link as a source names it. */
export interface End {
  host: string;
  port: string;
  /** The source did not name the port (LLDP gave a MAC address or a number): match on host only. */
  unnamed?: boolean;
  /**
   * The port name came from the neighbour's port description because its port id was a MAC
   * address or an ifIndex: when the plan has no such port, match on the host only.
   */
  described?: boolean;
  /** InfiniBand sources and UFM sheets number ports: the device's n-th IB port (core/ib/ports.ts). */
  portNumber?: number;
  /** A host adapter named by its RDMA device (mlx5_0, HCA-1) and its port on that adapter. */
  hca?: { name: string; port: number };
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
  /** The active width and rate of the link (InfiniBand sources). */
  rate?: LinkRate;
}

export interface ParsedSource {
  links: FoundLink[];
  /** Hosts whose neighbours the source lists (LLDP); null when the source claims to be complete. */
  surveyed: string[] | null;
  /** The source sees only the InfiniBand fabric (ibnetdiscover, ibdiagnet): Ethernet cables are not audited by it. */
  infinibandOnly?: boolean;
  warnings: string[];
}

/** Rows of a spreadsheet already read on the Node side (XLSX): 1-based row numbers. */
export interface SheetRow {
  line: number;
  cells: string[];
}

/** A file as read from disk or the UI; `unreadable` when it could not be read at all (the reason). */
export type AuditSource = { name: string; text: string } | { name: string; rows: SheetRow[] } | { name: string; unreadable: string };

/** A source that was read (text or sheet rows). */
export type ReadSource = Exclude<AuditSource, { unreadable: string }>;

export const AUDIT_FORMATS = ['lldpd-json', 'lldpctl', 'p2p', 'netbox-csv', 'eos', 'nxos', 'junos', 'cumulus', 'ibnetdiscover', 'ibdiagnet-topo'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface EndView {
  host: string;
  port: string;
  deviceId: Id | null;
  portId: Id | null;
}

export interface PlannedView {
  /** The planned cable; for a link through patch panels, the first cable of its channel (the jumper at a). */
  cableId: Id;
  label: string;
  a: EndView;
  b: EndView;
  mediaId: string | null;
  lengthMm: number | null;
  /** A link through patch panels: the cables of its channel from a to b and the panel ports it passes. */
  channel?: { cables: { id: Id; label: string }[]; panels: { device: string; front: string; rear: string; position: number }[] };
}

export interface FoundView {
  a: EndView;
  b: EndView;
  source: string;
  line: number;
  cableType: string | null;
  lengthMm: number | null;
  label: string | null;
  /** The active link rate the source gives ("4xNDR"), InfiniBand sources only. */
  rate?: string | null;
}

export const AUDIT_CLASSES = ['missing', 'unexpected', 'miswired', 'swapped', 'wrong-media', 'wrong-length', 'wrong-speed'] as const;
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
  /** Connected as planned, but the link trained at a lower width or rate than its ports (InfiniBand). */
  wrongSpeed: number;
  /** Planned links neither of whose hosts any LLDP source covers: not judged. */
  unaudited: number;
}

export interface AuditResult extends AuditCounts {
  items: AuditItem[];
  sources: { name: string; format: AuditFormat; links: number }[];
  /** Files that could not be read or parsed, with the reason; the others were still audited. */
  unreadable: { name: string; reason: string }[];
  /** The bring-up wave the audit was limited to (docs/exports.md), or null for the whole plan. */
  wave: number | null;
  warnings: string[];
}

/** Links read from all sources: 0 means nothing was audited, whatever the counts say. */
export const linksRead = (r: Pick<AuditResult, 'sources'>) => r.sources.reduce((n, s) => n + s.links, 0);

/** Differences that make `trayline audit` exit 1; an audit that read no link or skipped a file does too. */
export function hasDifferences(r: AuditResult): boolean {
  return r.missing + r.unexpected + r.miswired + r.wrongMedia + r.wrongLength + r.wrongSpeed > 0 || r.unreadable.length > 0 || linksRead(r) === 0;
}
