// Columns of a NetBox table as the import reads them (by normalised name) and names them in
// messages (as the file wrote them).
import type { Table } from '../audit/table.js';

export type RowErr = (file: string, line: number | null, column: string | null, reason: string) => void;

/** A column's name as the file wrote it, for messages. */
export function columnGetter(t: Table) {
  return (c: string) => t.written.get(c) ?? c;
}

/** cols: normalised name -> NetBox's column name, for the message. */
export function requireColumns(file: string, t: Table, cols: Record<string, string>, err: RowErr): void {
  const missing = Object.keys(cols).filter((c) => !t.columns.includes(c));
  if (missing.length) err(file, 1, null, `missing column(s) ${missing.map((c) => cols[c]).join(', ')} (NetBox's import columns)`);
}
