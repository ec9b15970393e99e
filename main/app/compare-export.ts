// The architecture comparison as a file (workbook or chart): written to a path for the CLI, saved
// where the user chose (desktop), or returned as bytes for the page to download (the page never
// names a path).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompareExportResult } from '../../core/api/fabric.js';
import type { CompareInputsIn } from '../../core/fabric/inputs.js';
import type { CompareSet, VaryAxis } from '../../core/economics/vary.js';
import { COMPARE_FORMATS, writeCompare, type CompareFormat } from '../export/compare.js';
import { deliverFile, type ChooseSavePath } from './deliver.js';
import { compareFabrics } from './fabric.js';
import { writeOutputFile } from './output-file.js';
import type { ProjectDb } from './project.js';

export { COMPARE_FORMATS, compareFormatOf, type CompareFormat } from '../export/compare.js';

/** Writes the comparison at outPath (never over the project or any project or SQLite file). */
export async function writeComparison(set: CompareSet, format: CompareFormat, outPath: string, project: string | null = null): Promise<void> {
  await writeOutputFile(outPath, project, (tmp) => writeCompare(set, format, tmp));
}

async function comparisonBytes(set: CompareSet, format: CompareFormat): Promise<Buffer> {
  const temp = mkdtempSync(join(tmpdir(), 'trayline-compare-'));
  try {
    const out = join(temp, COMPARE_FORMATS[format].fileName);
    await writeCompare(set, format, out);
    return readFileSync(out);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export async function comparisonFile(
  db: ProjectDb | null,
  inputs: CompareInputsIn,
  vary: readonly VaryAxis[],
  format: CompareFormat,
  choose?: ChooseSavePath,
  project: string | null = null,
): Promise<CompareExportResult> {
  const set = compareFabrics(db, inputs, vary);
  const info = COMPARE_FORMATS[format];
  return deliverFile(
    { fileName: info.fileName, mime: info.mime, bytes: () => comparisonBytes(set, format), writeTo: (path) => writeComparison(set, format, path, project) },
    choose,
    project,
  );
}
