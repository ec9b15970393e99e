// Fabric generation: live counts for the wizard (preview), writing a generated fabric into the
// project (generate, with progress), and the side-by-side comparison of architectures (compare).
import { z } from 'zod';
import { compareInputsSchema, fabricInputsSchema } from '../fabric/inputs.js';
import { varyAxisSchema } from '../economics/vary-axis.js';
import type { CompareSet } from '../economics/vary.js';
import type { FabricSummary } from '../fabric/plan.js';
import type { RuleCounts } from '../checks/session.js';
import { method, type FileResult } from './define.js';

export type { FabricSummary } from '../fabric/plan.js';
export type { FabricInputs, FabricInputsIn, CompareInputsIn } from '../fabric/inputs.js';
export type { FabricWritten } from '../fabric/written.js';
import type { FabricWritten } from '../fabric/written.js';

export interface FabricRouting {
  routed: number;
  unroutable: number;
  /** Cables whose media the routing engine changed after routing the real lengths. */
  mediaChosen: number;
  mediaNotFound: number;
  totalLengthM: number;
}

export interface FabricChecks {
  errors: number;
  warnings: number;
  counts: RuleCounts;
}

export interface FabricGenerateResult {
  summary: FabricSummary;
  written: FabricWritten;
  /** Null when routing was not asked for. */
  routing: FabricRouting | null;
  checks: FabricChecks | null;
  timingsMs: Record<string, number>;
}

export type { CompareRow } from '../economics/compare.js';
export type { CompareSet, CompareCombo } from '../economics/vary.js';
export type { VaryAxis, VaryField } from '../economics/vary-axis.js';

/** The comparison as a file (see FileResult). */
export type CompareExportResult = FileResult;

export const fabricApi = {
  'fabric.preview': method<FabricSummary>()(z.object({ inputs: fabricInputsSchema })),
  'fabric.generate': method<FabricGenerateResult>()(
    z.object({
      inputs: fabricInputsSchema,
      hallName: z.string().min(1).max(200).optional(),
      /** Route, choose media on routed lengths and run the checks after writing (default true). */
      route: z.boolean().default(true),
    }),
    { progress: true },
  ),
  /** The comparison of every architecture, for each combination of the varied inputs (none: one). */
  'fabric.compare': method<CompareSet>()(z.object({ inputs: compareInputsSchema, vary: z.array(varyAxisSchema).max(3).default([]) })),
  /** The same as a file to download: the workbook, or the chart as SVG or PNG. */
  'fabric.compareExport': method<CompareExportResult>()(
    z.object({ inputs: compareInputsSchema, vary: z.array(varyAxisSchema).max(3).default([]), format: z.enum(['compare-xlsx', 'compare-svg', 'compare-png']) }),
  ),
};
