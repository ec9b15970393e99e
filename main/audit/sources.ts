// As-built sources from disk or from the UI: files, folders of per-host files (lldpd JSON named
// <host>.json), and spreadsheets (XLSX, read here because core stays free of file formats
// that need Node).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { ApiError } from '../../core/model/errors.js';
import type { AuditSourceArg } from '../../core/api/audit.js';
import type { AuditSource, SheetRow } from '../../core/audit/types.js';
import { fmtLimit, LIMITS } from '../../core/model/limits.js';

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
    for (const f of files) {
      out.push(
        await readOne(f, () => {
          const size = statSync(f).size;
          if (size > LIMITS.fileBytes) throw new Error(`${fmtLimit(Math.round(size / 1024 / 1024))} MB, over the ${fmtLimit(LIMITS.fileBytes / 1024 / 1024)} MB an input file may have`);
          return readFileSync(f);
        }),
      );
    }
  }
  return out;
}

/**
 * One file as a source; a file that cannot be read (permissions, a damaged workbook, binary
 * content) becomes an unreadable source with the reason, so the rest of a folder is still audited.
 */
async function readOne(name: string, read: () => Buffer): Promise<AuditSource> {
  let data: Buffer;
  try {
    data = read();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { name, unreadable: code ? `cannot read the file (${code})` : `cannot read the file: ${(e as Error).message}` };
  }
  // a workbook is a zip ("PK\x03\x04"), whatever its file is called
  if (isSheet(name) || data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      return { name, rows: await sheetRows(name, data) };
    } catch (e) {
      return { name, unreadable: (e as Error).message.replace(`${name}: `, '') };
    }
  }
  if (data.subarray(0, 8000).includes(0)) return { name, unreadable: 'a binary file, not a text capture or sheet' };
  return { name, text: data.toString('utf8') };
}

/** Sources as the API receives them: text, or base64 (spreadsheets, or text files the UI encoded). */
export async function decodeSources(sources: AuditSourceArg[]): Promise<AuditSource[]> {
  const out: AuditSource[] = [];
  for (const s of sources) {
    if ('text' in s) out.push(s);
    else out.push(await readOne(s.name, () => Buffer.from(s.base64, 'base64')));
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
