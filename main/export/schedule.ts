// Cable schedule as CSV (streamed in chunks: 100,000 rows never sit in memory as text) and as XLSX pull
// sheets (exceljs's streaming writer: one sheet per row or pod plus a summary sheet).
import { freeName } from '../../core/model/names.js';
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine } from '../../core/export/csv.js';
import ExcelJS from 'exceljs';
import { SCHEDULE_COLUMNS, SCHEDULE_HEADERS, scheduleRow } from '../../core/export/schedule.js';
import { exportOptions, writeAtomically } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';

const PROGRESS_EVERY = 5000;

export async function writeScheduleCsv(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const { progress } = exportOptions(opts);
  const sched = src.schedule();
  const total = sched.total;
  // Lines go out in chunks as the rows are read: memory stays flat however many cables there are.
  // (Plain synchronous writes: measured faster here than a stream pipeline, and SQLite's cursor
  // is synchronous anyway.)
  await writeAtomically(outPath, async (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      const out = new FileLines(fd);
      let done = 0;
      out.add(csvLine(SCHEDULE_HEADERS));
      for (const c of sched.rows()) {
        out.add(csvLine(scheduleRow(sched.index, c)));
        if (++done % PROGRESS_EVERY === 0) progress('cables', done, total);
      }
      out.flush();
    } finally {
      closeSync(fd);
    }
  });
  progress('cables', total, total);
}

/**
 * Text lines encoded into one reused buffer and written when it fills. Appending lines to a string
 * chunk instead kept every line's pieces (hundreds of thousands of small strings) alive until the
 * chunk was written, and the garbage collector copied them over and over: a third of the time.
 */
export class FileLines {
  private buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  constructor(private readonly fd: number) {}

  add(line: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + 3 * line.length > this.buf.length) {
      this.flush();
      if (3 * line.length > this.buf.length) this.buf = Buffer.allocUnsafe(3 * line.length);
    }
    this.used += this.buf.write(line, this.used);
  }

  flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buf, at, this.used - at);
    this.used = 0;
  }
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique regardless of case. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || 'Sheet';
  const out = freeName(base, (x) => taken.has(x.toLowerCase()), (n) => `${base.slice(0, 31 - String(n).length - 3)} (${n})`);
  taken.add(out.toLowerCase());
  return out;
}

function lastColumn(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** A streamed sheet with its header row frozen, filtered and committed. */
export function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: { header: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.autoFilter = `A1:${lastColumn(columns.length)}1`;
  ws.getRow(1).commit();
  return ws;
}

export const SUMMARY_COLUMNS = [
  { header: 'pull sheet', width: 24 },
  { header: 'cables', width: 10 },
  { header: 'routed', width: 10 },
  { header: 'not routed', width: 11 },
  { header: 'routed length (m)', width: 17 },
  { header: 'ordered length (m)', width: 18 },
];

export async function writeScheduleXlsx(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const { progress, project, date } = exportOptions(opts);
  const sched = src.schedule();
  const total = sched.total;
  await writeAtomically(outPath, async (tmp) => {
    // No cell styles: exceljs looks a style up for every cell, which took ~40% of the time on
    // 100,000 rows. The header stands out by the frozen pane and the filter buttons instead.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: false });
    wb.creator = 'Trayline';
    wb.title = `${project} cable schedule`;
    const taken = new Set<string>();
    const summary = addSheet(wb, sheetName('Summary', taken), SUMMARY_COLUMNS);
    const sheets = sched.sheets();
    for (const s of sheets) summary.addRow([s.name, s.cables, s.routed, s.unrouted, s.routedM, s.orderedM]).commit();
    const sum = (k: 'cables' | 'routed' | 'unrouted' | 'routedM' | 'orderedM') => sheets.reduce((n, s) => n + s[k], 0);
    summary.addRow(['Total', sum('cables'), sum('routed'), sum('unrouted'), sum('routedM'), sum('orderedM')]).commit();
    summary.addRow([]).commit();
    summary.addRow([`${project} · exported ${date} · one sheet per row or pod, by the row of each cable's A end`]).commit();
    summary.commit();
    let done = 0;
    let sheet: string | null = null;
    let ws: ReturnType<typeof addSheet> | undefined;
    // Rows arrive in pull-sheet order: a new sheet starts where the sheet name changes.
    for (const c of sched.rows()) {
      if (!ws || sheet !== c.sheet) {
        ws?.commit();
        sheet = c.sheet;
        ws = addSheet(wb, sheetName(c.sheet, taken), SCHEDULE_COLUMNS);
      }
      ws.addRow(scheduleRow(sched.index, c)).commit();
      if (++done % PROGRESS_EVERY === 0) progress('cables', done, total);
    }
    ws?.commit();
    progress('cables', total, total);
    await wb.commit();
  });
}
