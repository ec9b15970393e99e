// The architecture comparison as a file (workbook or chart): written to a path for the CLI, or
// returned as bytes for the page to download (the page never names a path).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompareInputsIn } from '../../core/fabric/inputs.js';
import type { CompareSet, VaryAxis } from '../../core/economics/vary.js';
import { COMPARE_FORMATS, writeCompare, type CompareFormat } from '../export/compare.js';
import { compareFabrics } from './fabric.js';
import type { ProjectDb } from './project.js';

export { COMPARE_FORMATS, compareFormatOf, type CompareFormat } from '../export/compare.js';

export async function writeComparison(set: CompareSet, format: CompareFormat, outPath: string): Promise<void> {
  await writeCompare(set, format, outPath);
}

export async function comparisonFile(
  db: ProjectDb | null,
  inputs: CompareInputsIn,
  vary: readonly VaryAxis[],
  format: CompareFormat,
): Promise<{ fileName: string; mime: string; bytes: number; base64: string; path: null }> {
  const set = compareFabrics(db, inputs, vary);
  const info = COMPARE_FORMATS[format];
  const temp = mkdtempSync(join(tmpdir(), 'trayline-compare-'));
  try {
    const out = join(temp, info.fileName);
    await writeCompare(set, format, out);
    const data = readFileSync(out);
    return { fileName: info.fileName, mime: info.mime, bytes: data.length, base64: data.toString('base64'), path: null };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
