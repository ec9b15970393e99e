// As-built sources from disk or from the UI: files, folders of per-host files (lldpd JSON named
// <host>.json), and spreadsheets (XLSX, read here because core stays free of file formats
// that need Node).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { ApiError } from '../../core/model/errors.js';
import type { AuditSourceArg } from '../../core/api/audit.js';
import type { AuditSource, SheetRow } from '../../core/audit/types.js';

const isSheet = (name: string) => /\.(xlsx|xlsm)$/i.test(name);

/** Files named on the command line; a folder contributes its files (not hidden, sorted). */
export async function readSourcePaths(paths: string[]): Promise<AuditSource[]> {
  const out: AuditSource[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new ApiError('bad-input', `${p}: no such file or folder`, p);
    }
    const files = st.isDirectory()
      ? readdirSync(p)
          .filter((n) => !n.startsWith('.'))
          .sort()
          .map((n) => join(p, n))
          .filter((f) => statSync(f).isFile())
      : [p];
    if (st.isDirectory() && files.length === 0) throw new ApiError('bad-input', `${p}: the folder holds no files`, p);
    for (const f of files) out.push(isSheet(f) ? { name: f, rows: await sheetRows(f, readFileSync(f)) } : { name: f, text: readFileSync(f, 'utf8') });
  }
  return out;
}

/** Sources as the API receives them: text, or base64 (spreadsheets, or text files the UI encoded). */
export async function decodeSources(sources: AuditSourceArg[]): Promise<AuditSource[]> {
  const out: AuditSource[] = [];
  for (const s of sources) {
    if ('text' in s) out.push(s);
    else {
      const buf = Buffer.from(s.base64, 'base64');
      out.push(isSheet(s.name) ? { name: s.name, rows: await sheetRows(s.name, buf) } : { name: s.name, text: buf.toString('utf8') });
    }
  }
  return out;
}

/** The first worksheet with content, as rows of text with their row numbers. */
export async function sheetRows(name: string, data: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new ApiError('bad-input', `${name}: not a readable XLSX workbook (${(e as Error).message})`, name);
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new ApiError('bad-input', `${basename(name)}: the workbook has no rows`, name);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push({ line, cells });
  });
  return rows;
}
