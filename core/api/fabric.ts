// Fabric generation: live counts for the wizard (preview), writing a generated fabric into the
// project (generate, with progress), and the side-by-side comparison of architectures (compare).
import { z } from 'zod';
import { compareInputsSchema, fabricInputsSchema } from '../fabric/inputs.js';
import type { FabricSummary } from '../fabric/plan.js';
import type { RuleCounts } from '../checks/session.js';
import { method } from './define.js';

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

/** A comparison row: the architecture's summary, or why it cannot be built from these inputs. */
export type FabricCompareRow = FabricSummary | { arch: FabricSummary['arch']; error: string; field: string };

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
  'fabric.compare': method<FabricCompareRow[]>()(z.object({ inputs: compareInputsSchema })),
};
