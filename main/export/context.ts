// What every Trayline export starts from: the project as plain data with its lookups, the
// validated choices (label size, racks, hall, revision, date, site), and safe file writing.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ApiError, describeZodError } from '../../core/model/errors.js';
import { exportChoicesSchema, type ExportChoices } from '../../core/api/export.js';
import type { Hall, Rack } from '../../core/model/entities.js';
import { ProjectIndex } from '../../core/export/project-index.js';
import type { ExportOptions, ExportSource } from './types.js';


export interface ExportContext {
  index: ProjectIndex;
  choices: ExportChoices;
  /** Project name for titles: the file name without extension. */
  project: string;
  date: string;
  progress: ExportOptions['progress'];
}

/** The validated choices, without reading the project (for exports that read it their own way). */
export function exportOptions(opts: ExportOptions): Omit<ExportContext, 'index'> {
  const parsed = exportChoicesSchema.safeParse(opts.choices ?? {});
  if (!parsed.success) {
    const { message, where } = describeZodError(parsed.error, 'options');
    throw new ApiError('bad-input', message, where);
  }
  const project = basename(opts.projectPath, extname(opts.projectPath)) || 'project';
  return {
    choices: parsed.data,
    project,
    date: parsed.data.date ?? new Date().toISOString().slice(0, 10),
    progress: opts.progress,
  };
}

export function exportContext(src: ExportSource, opts: ExportOptions): ExportContext {
  const o = exportOptions(opts);
  return { ...o, index: new ProjectIndex(src.snapshot()) };
}

/** The racks named by --racks, in the order given; an unknown name is an error naming it. */
export function selectedRacks(ctx: ExportContext): Rack[] {
  const names = ctx.choices.racks;
  if (!names) return [];
  const byName = new Map(ctx.index.snap.racks.map((r) => [r.name, r]));
  return names.map((n, i) => {
    const r = byName.get(n);
    if (!r) throw new ApiError('bad-input', `options.racks[${i}]: no rack named ${JSON.stringify(n)}`, `options.racks[${i}]`);
    return r;
  });
}

/** The hall to draw: --hall, else the hall of the selected racks, else the first. */
export function chosenHalls(ctx: ExportContext, racks: Rack[], all: boolean): Hall[] {
  const halls = ctx.index.snap.halls;
  if (ctx.choices.hall) {
    const h = halls.find((x) => x.name === ctx.choices.hall);
    if (!h) throw new ApiError('bad-input', `options.hall: no hall named ${JSON.stringify(ctx.choices.hall)} (halls: ${halls.map((x) => x.name).join(', ') || 'none'})`, 'options.hall');
    return [h];
  }
  if (halls.length === 0) throw new ApiError('bad-input', 'the project has no hall to draw', 'halls');
  if (racks.length) return halls.filter((h) => racks.some((r) => r.hallId === h.id));
  return all ? halls : [halls[0]!];
}

/**
 * Writes through a temporary sibling and renames it into place, so a failed or interrupted
 * export never leaves a half-written file where the user expects the result.
 */
export async function writeAtomically(outPath: string, write: (tmpPath: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.partial`);
  try {
    await write(tmp);
    renameSync(tmp, outPath);
  } catch (e) {
    rmSync(tmp, { force: true, recursive: true });
    throw e;
  }
}

/** The same for a folder of files: all are written aside, then moved in. */
export async function writeFolderAtomically(outDir: string, write: (tmpDir: string) => Promise<string[]>): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const tmp = join(outDir, `.trayline-${process.pid}.partial`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    const files = await write(tmp);
    for (const f of files) {
      mkdirSync(dirname(join(outDir, f)), { recursive: true });
      renameSync(join(tmp, f), join(outDir, f));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
