import type { auditApi } from '../../core/api/audit.js';
import { ApiError } from '../../core/api/define.js';
import { acceptOps } from '../../core/audit/accept.js';
import { runAudit } from '../../core/audit/run.js';
import { planWaves } from '../../core/audit/scope.js';
import { parseHcaMap } from '../../core/ib/ports.js';
import { applyEdit } from '../../db/edits.js';
import { auditPlanData } from '../audit/plan-data.js';
import { REPORT_MIME, writeReport } from '../audit/report.js';
import { decodeSources } from '../audit/sources.js';
import type { Handlers } from './types.js';

export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.run': async (ctx, { sources, format, hcaMap, wave }) => {
    const { db } = ctx.project();
    ctx.progress('read', 0, 2);
    const decoded = await decodeSources(sources);
    const map = hcaMap ? parseHcaMap(hcaMap.name, hcaMap.text) : null;
    ctx.progress('diff', 1, 2);
    const result = runAudit(auditPlanData(db), decoded, format, { hcaMap: map, ...(wave !== undefined ? { wave } : {}) });
    ctx.progress('diff', 2, 2);
    return result;
  },
  'audit.waves': (ctx) => planWaves(auditPlanData(ctx.project().db)),
  'audit.accept': (ctx, { items }) => {
    const { db } = ctx.project();
    const plan = acceptOps(auditPlanData(db), items);
    if (plan.ops.length === 0) {
      const why = plan.skipped.map((s) => `item ${s.index + 1}: ${s.reason}`).join('; ');
      throw new ApiError('refused', `nothing to accept: ${why}`, 'items');
    }
    const n = plan.applied;
    const out = applyEdit(db, { label: `Accept as-built (${n} ${n === 1 ? 'difference' : 'differences'})`, ops: plan.ops });
    return { ...out, applied: plan.applied, skipped: plan.skipped };
  },
  'audit.report': async (_ctx, { format, result }) => {
    const buf = await writeReport(result, format);
    return { fileName: `audit-report.${format}`, mime: REPORT_MIME[format], base64: buf.toString('base64') };
  },
};
