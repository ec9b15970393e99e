// Audit: compare the plan with what is on the floor (see docs/audit.md). Sources are passed as
// text, or base64 for spreadsheets (XLSX), so the UI can send what the user picked.
import { z } from 'zod';
import { AUDIT_CLASSES, AUDIT_FORMATS, type AuditResult } from '../audit/types.js';
import { idSchema } from '../model/schemas.js';
import type { EditResult } from './edit.js';
import { method, type FileResult } from './define.js';

export const auditSourceSchema = z.union([
  z.strictObject({ name: z.string().min(1), text: z.string() }),
  /** A spreadsheet (.xlsx) or any file, base64-encoded. */
  z.strictObject({ name: z.string().min(1), base64: z.string() }),
]);
export type AuditSourceArg = z.infer<typeof auditSourceSchema>;

export const auditFormatSchema = z.enum(['auto', ...AUDIT_FORMATS]);

const endViewSchema = z.object({
  host: z.string(),
  port: z.string(),
  deviceId: idSchema.nullable(),
  portId: idSchema.nullable(),
});

const plannedViewSchema = z.object({
  cableId: idSchema,
  label: z.string(),
  a: endViewSchema,
  b: endViewSchema,
  mediaId: z.string().nullable(),
  lengthMm: z.number().nullable(),
});

const foundViewSchema = z.object({
  a: endViewSchema,
  b: endViewSchema,
  source: z.string(),
  line: z.number().int(),
  cableType: z.string().nullable(),
  lengthMm: z.number().nullable(),
  label: z.string().nullable(),
  rate: z.string().nullable().optional(),
});

export const auditItemSchema = z.object({
  class: z.enum(AUDIT_CLASSES),
  planned: z.array(plannedViewSchema).max(2),
  found: z.array(foundViewSchema).max(2),
  detail: z.string(),
});

const count = z.number().int().nonnegative();
export const auditResultSchema = z.object({
  matched: count,
  missing: count,
  unexpected: count,
  miswired: count,
  swapped: count,
  wrongMedia: count,
  wrongLength: count,
  wrongSpeed: count.default(0),
  unaudited: count,
  items: z.array(auditItemSchema),
  sources: z.array(z.object({ name: z.string(), format: z.enum(AUDIT_FORMATS), links: count })),
  unreadable: z.array(z.object({ name: z.string(), reason: z.string() })).default([]),
  wave: z.number().int().positive().nullable().default(null),
  warnings: z.array(z.string()),
});

export interface AuditAcceptResult extends EditResult {
  /** Items turned into plan changes, and the ones that could not be (with the reason). */
  applied: number;
  skipped: { index: number; reason: string }[];
}

/** The report as a file (see FileResult). */
export type AuditReportFile = FileResult;

export const auditApi = {
  /** Parses the as-built sources and diffs them against the open project's cables. */
  'audit.run': method<AuditResult>()(
    z.strictObject({
      sources: z.array(auditSourceSchema).min(1),
      format: auditFormatSchema.default('auto'),
      /** A UFM HCA mapping file (`port,hca-name`) for InfiniBand host adapters; default mlx5_0 = port 1. */
      hcaMap: z.strictObject({ name: z.string().min(1), text: z.string() }).optional(),
      /** Audit only this bring-up wave (the numbering of the bring-up export). */
      wave: z.number().int().positive().optional(),
    }),
    { progress: true },
  ),
  /** The bring-up waves of the open project, for the wave filter. */
  'audit.waves': method<{ wave: number; name: string; cables: number }[]>()(z.strictObject({})),
  /** "Accept as-built into the plan" for the given items, as ONE undoable edit. */
  'audit.accept': method<AuditAcceptResult>()(z.strictObject({ items: z.array(auditItemSchema).min(1) })),
  /** An audit report of a result as CSV, XLSX or PDF: a download, or saved where the user chose (desktop). */
  'audit.report': method<AuditReportFile>()(z.strictObject({ format: z.enum(['csv', 'xlsx', 'pdf']), result: auditResultSchema })),
};
