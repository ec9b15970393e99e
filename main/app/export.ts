// Exporting: every format of main/export/registry.ts, to a path (the CLI's --out, the desktop
// app's save dialog) or back to the caller as bytes (a folder format as a .zip) for the browser
// to download. Every write goes through output-file.ts: never over the project (or any project
// or SQLite file), always whole or not at all; a new format gets that for free.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { ExportFormatInfo, ExportRunResult } from '../../core/api/export.js';
import { ApiError } from '../../core/model/errors.js';
import { exportLayout, formatLayout } from '../../db/layout-export.js';
import { readScheduleSource } from '../../db/schedule-source.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { hallSnapshot } from '../../core/export/hall-scope.js';
import { hallIdByName, hallNames } from '../../db/halls.js';
import { EXPORT_FORMATS } from '../export/registry.js';
import { uiTextOf } from '../export/ui-text.js';
import type { ExportFormat, ExportOptions, ExportSource } from '../export/types.js';
import { deliverFile, type ChooseSavePath } from './deliver.js';
import { writeOutputFile, writeOutputFolder } from './output-file.js';
import type { ProjectDb } from './project.js';

export type { ExportOptions } from '../export/types.js';
export { checkOutputTarget } from './output-file.js';

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
    const ui = uiTextOf(name, f);
    return { name, description: f.description, title: f.title, uiDescription: ui.description, scope: ui.scope, folder: !!f.folder, fileName: f.fileName, mime: f.mime };
  });
}

/** The format called `name`; a bad-input error listing the formats otherwise. */
export function exportFormat(name: string): ExportFormat {
  // Own keys only: "__proto__" or "constructor" is not a format.
  const f = Object.hasOwn(EXPORT_FORMATS, name) ? EXPORT_FORMATS[name] : undefined;
  if (!f) throw new ApiError('bad-input', `unknown format ${JSON.stringify(name)}: one of ${exportFormatNames().join(', ')}`, 'format');
  return f;
}

/**
 * Writes format `name` at outPath (a folder for folder formats), refusing the project and any
 * project or SQLite file, through a temporary file renamed into place.
 */
export async function writeExport(db: ProjectDb, name: string, outPath: string, opts: ExportOptions): Promise<void> {
  const format = exportFormat(name);
  const src = exportSource(db, opts.choices?.hall);
  const write = (p: string) => format.write(src, p, opts);
  if (format.folder) await writeOutputFolder(outPath, opts.projectPath, write);
  else await writeOutputFile(outPath, opts.projectPath, write);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

/** The export's bytes: the file, or a folder format's files as a .zip. */
export async function exportBytes(db: ProjectDb, name: string, opts: ExportOptions): Promise<Buffer> {
  const format = exportFormat(name);
  const temp = mkdtempSync(join(tmpdir(), 'trayline-export-'));
  try {
    const out = join(temp, format.folder ? 'out' : format.fileName);
    await format.write(exportSource(db, opts.choices?.hall), out, opts);
    if (!format.folder) return readFileSync(out);
    const zip = new JSZip();
    for (const f of filesUnder(out)) zip.file(f.split('\\').join('/'), readFileSync(join(out, f)));
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The suggested file name: a hall's export says which hall ("Hall 2-cable-schedule.xlsx"). */
function fileNameOf(format: ExportFormat, hall: string | undefined): string {
  const safe = hall?.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return safe ? `${safe}-${format.fileName}` : format.fileName;
}

/**
 * export.run: with `choose` (the desktop app's save dialog) the file is written where the user
 * chose (a folder format as its .zip); without, the bytes come back as base64 for a download.
 */
export async function runExport(db: ProjectDb, name: string, opts: ExportOptions, choose?: ChooseSavePath): Promise<ExportRunResult> {
  const format = exportFormat(name);
  return deliverFile(
    {
      fileName: fileNameOf(format, opts.choices?.hall),
      mime: format.mime,
      bytes: () => exportBytes(db, name, opts),
      ...(format.folder ? {} : { writeTo: (path: string) => writeExport(db, name, path, opts) }),
    },
    choose,
    opts.projectPath,
  );
}
