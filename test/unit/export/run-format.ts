// Runs one registered export format on a fixture project and returns where it wrote.
import { join } from 'node:path';
import type { ExportChoices } from '../../../core/api/export.js';
import { exportFormatNames, writeExport } from '../../../main/app/export.js';
import type { Fixture } from './fixture.js';

export interface ProgressReport {
  phase: string;
  done: number;
  total: number;
}

export async function runFormat(f: Fixture, format: string, choices: Partial<ExportChoices> = {}, name = format): Promise<{ out: string; progress: ProgressReport[] }> {
  if (!exportFormatNames().includes(format)) throw new Error(`format ${format} is not registered`);
  const out = join(f.dir, name);
  const progress: ProgressReport[] = [];
  const opts = { projectPath: f.path, progress: (phase: string, done: number, total: number) => progress.push({ phase, done, total }), choices: { date: '2026-11-30', ...choices } };
  await writeExport(f.db, format, out, opts);
  return { out, progress };
}
