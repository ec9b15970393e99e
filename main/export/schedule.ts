// Cable schedule as CSV (streamed: 100,000 rows never sit in memory as text) and as XLSX pull
// sheets (exceljs's streaming writer: one sheet per row or pod plus a summary sheet).
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { pullSheets, SCHEDULE_COLUMNS, SCHEDULE_HEADERS, scheduleRow, summarise, type Cell } from '../../core/export/schedule.js';
import type { Db } from '../../db/open.js';
import { exportContext, writeAtomically } from './context.js';
import type { ExportOptions } from './formats.js';

const PROGRESS_EVERY = 5000;

export async function writeScheduleCsv(db: Db, outPath: string, opts: ExportOptions): Promise<void> {
  const { index, progress } = exportContext(db, opts);
  const sheets = pullSheets(index);
  const total = index.snap.cables.length;
  function* rows(): Generator<Cell[]> {
    let done = 0;
    for (const s of sheets) {
      for (const c of s.cables) {
        yield scheduleRow(index, c);
        if (++done % PROGRESS_EVERY === 0) progress('cables', done, total);
      }
    }
    progress('cables', total, total);
  }
  await writeAtomically(outPath, (tmp) =>
    pipeline(Readable.from(rows()), stringify({ header: true, columns: SCHEDULE_HEADERS }), createWriteStream(tmp)),
  );
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique regardless of case. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base.slice(0, 31 - String(n).length - 3)} (${n})`;
  taken.add(out.toLowerCase());
  return out;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function lastColumn(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: { header: string; width: number; metres?: boolean }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.metres ? { style: { numFmt: '0.00' } } : {}) }));
  ws.autoFilter = `A1:${lastColumn(columns.length)}1`;
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.commit();
  return ws;
}

export const SUMMARY_COLUMNS = [
  { header: 'pull sheet', width: 24 },
  { header: 'cables', width: 10 },
  { header: 'routed', width: 10 },
  { header: 'not routed', width: 11 },
  { header: 'routed length (m)', width: 17, metres: true },
  { header: 'ordered length (m)', width: 18, metres: true },
];

export async function writeScheduleXlsx(db: Db, outPath: string, opts: ExportOptions): Promise<void> {
  const { index, progress, project, date } = exportContext(db, opts);
  const sheets = pullSheets(index);
  const total = index.snap.cables.length;
  await writeAtomically(outPath, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    wb.creator = 'Trayline';
    wb.title = `${project} cable schedule`;
    const taken = new Set<string>();
    const summary = addSheet(wb, sheetName('Summary', taken), SUMMARY_COLUMNS);
    const sums = sheets.map((s) => summarise(s.name, s.cables));
    for (const s of sums) summary.addRow([s.name, s.cables, s.routed, s.unrouted, s.routedM, s.orderedM]).commit();
    const all = summarise('Total', index.snap.cables);
    const totalRow = summary.addRow([all.name, all.cables, all.routed, all.unrouted, all.routedM, all.orderedM]);
    totalRow.font = { bold: true };
    totalRow.commit();
    summary.addRow([]).commit();
    summary.addRow([`${project} · exported ${date} · one sheet per row or pod, by the row of each cable's A end`]).commit();
    summary.commit();
    let done = 0;
    for (const s of sheets) {
      const ws = addSheet(wb, sheetName(s.name, taken), SCHEDULE_COLUMNS);
      for (const c of s.cables) {
        ws.addRow(scheduleRow(index, c)).commit();
        if (++done % PROGRESS_EVERY === 0) progress('cables', done, total);
      }
      ws.commit();
    }
    progress('cables', total, total);
    await wb.commit();
  });
}
