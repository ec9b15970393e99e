// Imports devicetype-library YAML files into a project's catalog: every file is converted and
// validated first, files that fail are listed with their reason and skipped, and the rest are
// written in one transaction (all or nothing), updating existing types by slug.
import type { DeviceType } from '../core/model/entities.js';
import { convertNetboxFile, type NetboxFile } from '../core/catalog/netbox/convert.js';
import type { NetboxImportSummary } from '../core/catalog/netbox/summary.js';
import { readDeviceTypes, upsertDeviceType } from './catalog.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';

export type ImportProgress = (phase: string, done: number, total: number) => void;

/** Keeps an existing figure where the file gives none: an import fills or changes, never erases. */
function merge(next: Omit<DeviceType, 'id'>, prev: DeviceType | undefined, gaps: string[]): Omit<DeviceType, 'id'> {
  if (!prev) return next;
  const out = { ...next };
  for (const k of ['maxPowerW', 'typicalPowerW', 'weightKg', 'airflow', 'psuCount', 'psuRatingW', 'psuRedundancy'] as const) {
    if (k === 'maxPowerW' && isSummedPsuRating(prev, next)) {
      gaps.push(`maxPowerW: the earlier import's ${String(prev.maxPowerW)} W was the sum of PSU ratings, not a draw: dropped`);
      continue;
    }
    if (out[k] == null && prev[k] != null) {
      (out as Record<string, unknown>)[k] = prev[k];
      gaps.push(`${k}: not in the file; kept the existing value ${String(prev[k])}`);
    }
  }
  if (out.ports.length === 0 && prev.ports.length > 0) out.ports = prev.ports;
  return out;
}

/**
 * Trayline once summed NetBox's maximum_draw into maxPowerW. When a re-import shows that figure is
 * exactly the PSU count times the PSU rating, it was never a draw: it is not kept. A figure the
 * user entered is always kept.
 */
function isSummedPsuRating(prev: DeviceType, next: Omit<DeviceType, 'id'>): boolean {
  if (prev.maxPowerW == null || next.psuCount == null || next.psuRatingW == null) return false;
  if (/^maxPowerW: entered by the user$/m.test(prev.source)) return false;
  return prev.maxPowerW === Math.round(next.psuCount * next.psuRatingW);
}

/** Reports about a hundred steps per phase at most, and always the last one. */
function throttled(progress: ImportProgress): ImportProgress {
  return (phase, done, total) => {
    const step = Math.max(1, Math.floor(total / 100));
    if (done === total || done % step === 0) progress(phase, done, total);
  };
}

export function importNetboxFiles(db: Db, files: NetboxFile[], onProgress: ImportProgress = () => {}): NetboxImportSummary {
  const progress = throttled(onProgress);
  const summary: NetboxImportSummary = { imported: 0, updated: 0, skipped: [], types: [] };
  const converted: { file: string; type: Omit<DeviceType, 'id'>; gaps: string[] }[] = [];
  const fileOfSlug = new Map<string, string>();
  files.forEach((f, i) => {
    const r = convertNetboxFile(f);
    if (!r.ok) summary.skipped.push({ file: f.name, reason: r.reason });
    else if (fileOfSlug.has(r.deviceType.slug)) {
      summary.skipped.push({ file: f.name, reason: `slug "${r.deviceType.slug}" is also defined by ${fileOfSlug.get(r.deviceType.slug)}; the first file wins` });
    } else {
      fileOfSlug.set(r.deviceType.slug, f.name);
      converted.push({ file: f.name, type: r.deviceType, gaps: r.gaps });
    }
    progress('validate', i + 1, files.length);
  });

  const write = () => writeTransaction(db, () => {
    const existing = new Map(readDeviceTypes(db).map((t) => [t.slug, t]));
    converted.forEach((c, i) => {
      // A built-in type is Trayline's sourced data: an imported file with the same slug becomes
      // a separate type beside it (and a re-import updates that one) instead of replacing it.
      if (existing.get(c.type.slug)?.origin === 'builtin') {
        const slug = `${c.type.slug}-netbox`;
        c.gaps.unshift(`slug "${c.type.slug}" is a built-in type; imported beside it as "${slug}"`);
        c.type = { ...c.type, slug };
      }
      const type = merge(c.type, existing.get(c.type.slug), c.gaps);
      const { created } = upsertDeviceType(db, { ...type, gaps: c.gaps });
      if (created) summary.imported++;
      else summary.updated++;
      summary.types.push({ file: c.file, slug: type.slug, model: type.model, action: created ? 'imported' : 'updated', ports: type.ports.length, gaps: c.gaps });
      progress('write', i + 1, converted.length);
    });
  });
  write();
  return summary;
}
