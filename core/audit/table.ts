// Tabular input (CSV with any of NetBox's delimiters, JSON or YAML lists of objects, or rows read
// from a spreadsheet) as records keyed by a normalised header, each with its source line.
// (csv-parse's Node build under Node, its browser build elsewhere: package.json "imports". The
// browser build carries a Buffer written in JavaScript, which took twice as long: 13 MB of NetBox
// cables 1.5 s against 0.75 s)
import { parse as parseCsv } from '#csv-parse-sync';
import * as yaml from 'js-yaml';
import { lineAt, lineCounter, sourceError } from './errors.js';
import { fmtLimit, jsonTooDeep, LIMITS } from '../model/limits.js';
import type { SheetRow } from './types.js';

export interface TableRecord {
  line: number;
  /** Value by normalised column name (see normHeader). */
  get(column: string): string;
}

export interface Table {
  /** Normalised header names in file order, and as written (for messages). */
  columns: string[];
  written: Map<string, string>;
  records: TableRecord[];
}

/** "Side A Device", "side_a_device" and "SIDE-A-DEVICE" -> "sideadevice". */
export function normHeader(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The delimiter NetBox-style CSV uses (comma, semicolon, tab or pipe), judged on the first lines. */
export function detectDelimiter(firstLines: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => [d, firstLines.split(d).length - 1] as const);
  counts.sort((x, y) => y[1] - x[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * Reads a table from text. `isHeader` picks the header row among the first rows, so that title
 * rows above the header (common in hand-made sheets) are skipped.
 */
export function readTable(file: string, text: string, isHeader: (cols: string[]) => boolean = () => true): Table {
  const t = text.replace(/^\uFEFF/, '');
  const first = t.trimStart()[0];
  if (first === '[' || first === '{') return objectsTable(file, t, parseJsonSource(file, t));
  if (/\.ya?ml$/i.test(file)) {
    let data: unknown;
    try {
      data = yaml.load(t);
    } catch (e) {
      const mark = (e as { mark?: { line?: number } }).mark;
      throw sourceError(file, mark?.line !== undefined ? mark.line + 1 : null, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    return objectsTable(file, t, data);
  }
  const firstLines = t.split(/\r?\n/, 10).join('\n');
  // Before the parser builds a record per row (about 3 KB each: 1,000,000 rows took 3 GB).
  // A quoted cell over several lines counts each of them, so the bound errs on the safe side.
  if (linesOver(t, LIMITS.tableRows + 1)) throw sourceError(file, null, `more than ${fmtLimit(LIMITS.tableRows)} rows: split the file`);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(t, {
      delimiter: detectDelimiter(firstLines),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? null;
    throw sourceError(file, line, `not valid CSV: ${(e as Error).message}`);
  }
  return rowsTable(
    file,
    rows.map((r) => ({ line: r.info.lines, cells: r.record })),
    isHeader,
  );
}

/** Whether `text` has more than `max` lines, counted without splitting it. */
function linesOver(text: string, max: number): boolean {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++n > max) return true;
  return false;
}

/** Spreadsheet rows (already read) as a table. */
export function rowsTable(file: string, rows: SheetRow[], isHeader: (cols: string[]) => boolean = () => true): Table {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  // Without a recognisable header in the first rows, the first row is the header: the caller
  // then names the columns it lacks.
  const h = Math.max(0, nonEmpty.slice(0, 20).findIndex((r) => isHeader(r.cells.map(normHeader))));
  if (nonEmpty.length === 0) throw sourceError(file, 1, 'the file is empty');
  if (nonEmpty.length > LIMITS.tableRows + 1) throw sourceError(file, null, `more than ${fmtLimit(LIMITS.tableRows)} rows: split the file`);
  const header = nonEmpty[h]!.cells;
  const columns = header.map(normHeader);
  const written = new Map(columns.map((c, i) => [c, header[i]!.trim()]));
  const index = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c && !index.has(c)) index.set(c, i);
  });
  const records = nonEmpty.slice(h + 1).map((r) => ({
    line: r.line,
    get: (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : (r.cells[i] ?? '').trim();
    },
  }));
  return { columns, written, records };
}

/** JSON text of an input file, refused with one line naming the line when deeper than LIMITS.jsonDepth or not JSON. */
export function parseJsonSource(file: string, text: string): unknown {
  const deep = jsonTooDeep(text);
  if (deep !== null) throw sourceError(file, deep, `nested more than ${LIMITS.jsonDepth} levels deep`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw sourceError(file, jsonErrorLine(text, e as Error), `not valid JSON: ${(e as Error).message}`);
  }
}

/** The line a JSON.parse error points at, from its "position N" or "line N" wording. */
export function jsonErrorLine(text: string, e: Error): number | null {
  const line = /line (\d+)/.exec(e.message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/.exec(e.message);
  if (pos) return lineAt(text, Number(pos[1]));
  // V8 without positions quotes the text around the bad token: find that excerpt in the text.
  const tok = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(e.message);
  if (tok) {
    const at = text.indexOf(tok[3]!);
    if (at >= 0) {
      const from = tok[2] ? Math.min(10, tok[3]!.length - 1) : 0;
      const inSnippet = tok[3]!.indexOf(tok[1]!, from);
      return lineAt(text, at + (inSnippet >= 0 ? inSnippet : from));
    }
  }
  if (/Unexpected end of JSON input/.test(e.message)) return lineAt(text, text.trimEnd().length);
  // Older V8 messages carry no position: JSON is YAML, and the YAML parser says where it broke.
  try {
    yaml.load(text);
  } catch (y) {
    const mark = (y as { mark?: { line?: number } }).mark;
    if (mark?.line !== undefined) return mark.line + 1;
  }
  return null;
}

/** A list of objects (NetBox JSON/YAML import, or the REST API's `results`) as a table. */
function objectsTable(file: string, text: string, data: unknown): Table {
  const list = Array.isArray(data) ? data : (data as { results?: unknown })?.results;
  if (!Array.isArray(list)) throw sourceError(file, 1, 'expected a list of objects (or an object with "results")');
  if (list.length > LIMITS.tableRows) throw sourceError(file, null, `more than ${fmtLimit(LIMITS.tableRows)} items: split the file`);
  const columns: string[] = [];
  const written = new Map<string, string>();
  // Objects carry no line numbers: find each one's first key in the text, in order.
  let cursor = 0;
  const lineOf = lineCounter(text);
  const records = list.map((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw sourceError(file, null, `item ${i + 1} is not an object`);
    const values = new Map<string, string>();
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      const c = normHeader(k);
      if (!written.has(c)) {
        written.set(c, k);
        columns.push(c);
      }
      values.set(c, scalar(v));
    }
    const firstKey = Object.keys(item as object)[0];
    let line = i + 1;
    if (firstKey !== undefined) {
      const at = text.indexOf(firstKey, cursor);
      if (at >= 0) {
        line = lineOf(at);
        cursor = at + firstKey.length;
      }
    }
    return { line, get: (column: string) => values.get(column) ?? '' };
  });
  return { columns, written, records };
}

/** NetBox's REST API nests related objects ({id, name, display, ...}): take their name. */
function scalar(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'value', 'slug', 'display', 'model']) if (typeof o[k] === 'string' || typeof o[k] === 'number') return String(o[k]);
    return '';
  }
  return String(v).trim();
}

/** Length with its unit in a cell or a column header ("3 m", "10ft", "Length (cm)") in mm. */
export function lengthToMm(value: string, unit = 'm'): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  const u = (m[2] || unit || 'm').toLowerCase();
  const f = UNIT_MM[u];
  return f === undefined ? null : Math.round(n * f);
}

const UNIT_MM: Record<string, number> = { mm: 1, cm: 10, m: 1000, km: 1_000_000, in: 25.4, ft: 304.8, mi: 1_609_344 };
