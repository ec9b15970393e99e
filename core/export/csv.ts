// CSV for every export (cable schedule, BOM, labels, NetBox, UFM, bring-up, audit report): RFC 4180
// lines, and formula injection neutralised. The schedule streams 100,000+ rows; csv-stringify took
// 1.9 s of CPU for 100,000 x 25 cells here against 0.3 s for csvLine, so the hot path encodes its
// own lines (tests read them back with csv-parse). Small tables use csv-stringify through
// stringifyCsv, with the same neutralisation. No other file may import csv-stringify
// (test/unit/architecture checks it), so a new CSV writer cannot skip it.
import { stringify, type Options } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

/** A signed plain number ("-3", "+1.5e3") is data, not a formula, and stays as it is. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
 * carriage return) gets a single quote in front, so Excel, LibreOffice and Google Sheets show it
 * as text: OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection,
 * read 2026-12): "prepend each cell field with a single quote". The quote is visible in the
 * file (a NetBox import of it keeps it): a label like "=cmd|' /C calc'!A0" is never a safe one.
 */
export function neutralizeFormula(v: string): string {
  const c = v.charCodeAt(0);
  // = + - @ \t \r
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return v;
  return PLAIN_NUMBER.test(v) ? v : `'${v}`;
}

export function csvField(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = neutralizeFormula(v);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly CsvCell[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) s += (i ? ',' : '') + csvField(cells[i]);
  return s + '\n';
}

/** csv-stringify with every text cell neutralised (see neutralizeFormula). */
export function stringifyCsv(rows: unknown[], options: Options = {}): string {
  return stringify(rows, { ...options, cast: { ...options.cast, string: (v: string) => neutralizeFormula(v) } });
}
