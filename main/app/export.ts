// Exporting: every format of main/export/registry.ts, to a path (the CLI, export.run with an
// outPath) or back to the caller as bytes (a folder format as a .zip) for the browser to download.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import type { ExportFormatInfo, ExportRunResult } from '../../core/api/export.js';
import { ApiError } from '../../core/model/errors.js';
import { exportLayout, formatLayout } from '../../db/layout-export.js';
import { readScheduleSource } from '../../db/schedule-source.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { EXPORT_FORMATS } from '../export/registry.js';
import { uiTextOf } from '../export/ui-text.js';
import { hallSnapshot } from '../../core/export/hall-scope.js';
import { hallIdByName, hallNames } from '../../db/halls.js';
import type { ExportFormat, ExportOptions, ExportSource } from '../export/types.js';
import type { ProjectDb } from './project.js';

export type { ExportOptions } from '../export/types.js';

/**
 * The exporters' port onto the project file: db/'s readers, for the whole project or one hall
 * (by name; the layout JSON stays whole, as a re-importable document).
 */
export function exportSource(db: ProjectDb, hall?: string): ExportSource {
  const hallId = hall === undefined ? null : hallIdByName(db, hall);
  if (hall !== undefined && hallId === null) {
    throw new ApiError('bad-input', `options.hall: no hall named ${JSON.stringify(hall)} (halls: ${hallNames(db).join(', ') || 'none'})`, 'options.hall');
  }
  return {
    snapshot: () => (hallId === null ? loadSnapshot(db) : hallSnapshot(loadSnapshot(db), hallId)),
    schedule: () => readScheduleSource(db, hallId),
    layoutJson: () => formatLayout(exportLayout(db)),
  };
}

export function exportFormatNames(): string[] {
  return Object.keys(EXPORT_FORMATS);
}

/** Every format with what the UI offers for it. */
export function exportFormats(): ExportFormatInfo[] {
  return Object.entries(EXPORT_FORMATS).map(([name, f]) => {
    const ui = uiTextOf(name, f.description);
    return { name, description: f.description, title: ui.title, uiDescription: ui.description, scope: ui.scope, folder: !!f.folder, fileName: f.fileName, mime: f.mime };
  });
}

/** The format called `name`; a bad-input error listing the formats otherwise. */
export function exportFormat(name: string): ExportFormat {
  const f = EXPORT_FORMATS[name];
  if (!f) throw new ApiError('bad-input', `unknown format ${JSON.stringify(name)}: one of ${exportFormatNames().join(', ')}`, 'format');
  return f;
}

/** Writes format `name` at outPath (a folder for folder formats). */
export async function writeExport(db: ProjectDb, name: string, outPath: string, opts: ExportOptions): Promise<void> {
  await exportFormat(name).write(exportSource(db, opts.choices?.hall), outPath, opts);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** The suggested file name: a hall's export says which hall ("Hall 2-cable-schedule.xlsx"). */
function fileNameOf(format: ExportFormat, hall: string | undefined): string {
  const safe = hall?.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return safe ? `${safe}-${format.fileName}` : format.fileName;
}

/** export.run: writes at outPath when given, else returns the bytes as base64. */
export async function runExport(db: ProjectDb, name: string, outPath: string | undefined, opts: ExportOptions): Promise<ExportRunResult> {
  const format = exportFormat(name);
  const src = exportSource(db, opts.choices?.hall);
  const fileName = fileNameOf(format, opts.choices?.hall);
  if (outPath) {
    await format.write(src, outPath, opts);
    const bytes = format.folder ? filesUnder(outPath).reduce((s, f) => s + statSync(join(outPath, f)).size, 0) : statSync(outPath).size;
    return { fileName, mime: format.mime, bytes, base64: null, path: outPath };
  }
  const temp = mkdtempSync(join(tmpdir(), 'trayline-export-'));
  try {
    const out = join(temp, format.folder ? 'out' : format.fileName);
    await format.write(src, out, opts);
    let data: Buffer;
    if (format.folder) {
      const zip = new JSZip();
      for (const f of filesUnder(out)) zip.file(relative(out, join(out, f)).split('\\').join('/'), readFileSync(join(out, f)));
      data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    } else data = readFileSync(out);
    return { fileName, mime: format.mime, bytes: data.length, base64: data.toString('base64'), path: null };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
