// Auditing an installed hall against the plan: read the as-built sources (files, folders, or what
// the UI sent), diff them with the project's cables, accept differences into the plan as one
// undoable edit, and write the report.
import { writeFileSync } from 'node:fs';
import type { AuditAcceptResult, AuditReportFile, AuditSourceArg } from '../../core/api/audit.js';
import { acceptOps } from '../../core/audit/accept.js';
import { runAudit, type AuditOptions } from '../../core/audit/run.js';
import { planWaves } from '../../core/audit/scope.js';
import { parseHcaMap } from '../../core/ib/ports.js';
import type { AuditFormat, AuditItem, AuditResult, AuditSource } from '../../core/audit/types.js';
import { ApiError } from '../../core/model/errors.js';
import { readAuditPlan } from '../../db/audit-plan.js';
import { applyEdit } from '../../db/edits.js';
import { REPORT_MIME, writeReport, type ReportFormat } from '../audit/report.js';
import { decodeSources, readSourcePaths } from '../audit/sources.js';
import { deliverFile, type ChooseSavePath } from './deliver.js';
import { writeOutputFile } from './output-file.js';
import type { ProjectDb } from './project.js';

export { summaryLines, writeReport, type ReportFormat } from '../audit/report.js';

export type Progress = (phase: string, done: number, total: number) => void;

/** Diffs the project's cables with as-built sources already read. */
export function auditProject(db: ProjectDb, sources: AuditSource[], format: AuditFormat | 'auto', opts: AuditOptions = {}): AuditResult {
  return runAudit(readAuditPlan(db), sources, format, opts);
}

/** The bring-up waves of the project, for the wave filter. */
export function auditWaves(db: ProjectDb): ReturnType<typeof planWaves> {
  return planWaves(readAuditPlan(db));
}

/** Host adapter names from a UFM HCA mapping file (`port,hca-name`). */
export function readHcaMap(name: string, text: string): string[] {
  return parseHcaMap(name, text);
}

/** Reads files and folders named on the command line as as-built sources. */
export function readAuditPaths(paths: string[]): Promise<AuditSource[]> {
  return readSourcePaths(paths);
}

/** audit.run: sources as the API carries them (text or base64), an optional HCA mapping file and wave. */
export async function auditFromApi(
  db: ProjectDb,
  args: { sources: AuditSourceArg[]; format: AuditFormat | 'auto'; hcaMap?: { name: string; text: string }; wave?: number },
  progress: Progress = () => {},
): Promise<AuditResult> {
  progress('read', 0, 2);
  const decoded = await decodeSources(args.sources);
  const map = args.hcaMap ? parseHcaMap(args.hcaMap.name, args.hcaMap.text) : null;
  progress('diff', 1, 2);
  const result = auditProject(db, decoded, args.format, { hcaMap: map, ...(args.wave !== undefined ? { wave: args.wave } : {}) });
  progress('diff', 2, 2);
  return result;
}

/** "Accept as-built into the plan" for the given items, as one undoable edit. */
export function acceptAsBuilt(db: ProjectDb, items: AuditItem[]): AuditAcceptResult {
  const plan = acceptOps(readAuditPlan(db), items);
  if (plan.ops.length === 0) {
    const why = plan.skipped.map((s) => `item ${s.index + 1}: ${s.reason}`).join('; ');
    throw new ApiError('refused', `nothing to accept: ${why}`, 'items');
  }
  const n = plan.applied;
  const out = applyEdit(db, { label: `Accept as-built (${n} ${n === 1 ? 'difference' : 'differences'})`, ops: plan.ops });
  return { ...out, applied: plan.applied, skipped: plan.skipped };
}

/** The report of a result as a file: a download, or saved where the user chose (desktop). */
export async function auditReport(format: ReportFormat, result: AuditResult, choose?: ChooseSavePath, project: string | null = null): Promise<AuditReportFile> {
  return deliverFile({ fileName: `audit-report.${format}`, mime: REPORT_MIME[format], bytes: () => writeReport(result, format) }, choose, project);
}

/** `trayline audit --report PATH`: the report at PATH, never over the project or any project or SQLite file. */
export async function writeReportFile(result: AuditResult, format: ReportFormat, path: string, project: string): Promise<void> {
  const data = await writeReport(result, format);
  await writeOutputFile(path, project, (tmp) => writeFileSync(tmp, data));
}
