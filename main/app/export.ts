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
import { EXPORT_FORMATS } from '../export/registry.js';
import type { ExportFormat, ExportOptions, ExportSource } from '../export/types.js';
import { deliverFile, type ChooseSavePath } from './deliver.js';
import { writeOutputFile, writeOutputFolder } from './output-file.js';
import type { ProjectDb } from './project.js';

export type { ExportOptions } from '../export/types.js';
export { checkOutputTarget } from './output-file.js';

/** The exporters' port onto the project file: db/'s readers. */
export function exportSource(db: ProjectDb): ExportSource {
  return {
    snapshot: () => loadSnapshot(db),
    schedule: () => readScheduleSource(db),
    layoutJson: () => formatLayout(exportLayout(db)),
  };
}

export function exportFormatNames(): string[] {
  return Object.keys(EXPORT_FORMATS);
}

/** Every format with what the UI offers for it. */
export function exportFormats(): ExportFormatInfo[] {
  return Object.entries(EXPORT_FORMATS).map(([name, f]) => ({ name, description: f.description, folder: !!f.folder, fileName: f.fileName, mime: f.mime }));
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
  const src = exportSource(db);
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
    await format.write(exportSource(db), out, opts);
    if (!format.folder) return readFileSync(out);
    const zip = new JSZip();
    for (const f of filesUnder(out)) zip.file(f.split('\\').join('/'), readFileSync(join(out, f)));
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * export.run: with `choose` (the desktop app's save dialog) the file is written where the user
 * chose (a folder format as its .zip); without, the bytes come back as base64 for a download.
 */
export async function runExport(db: ProjectDb, name: string, opts: ExportOptions, choose?: ChooseSavePath): Promise<ExportRunResult> {
  const format = exportFormat(name);
  return deliverFile(
    {
      fileName: format.fileName,
      mime: format.mime,
      bytes: () => exportBytes(db, name, opts),
      ...(format.folder ? {} : { writeTo: (path: string) => writeExport(db, name, path, opts) }),
    },
    choose,
    opts.projectPath,
  );
}
