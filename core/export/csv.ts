// RFC 4180 CSV lines for the cable schedule. The schedule streams 100,000+ rows; csv-stringify
// took 1.9 s of CPU for 100,000 x 25 cells here against 0.3 s for this, so the hot path encodes
// its own lines (tests read them back with csv-parse). Small tables use csv-stringify.
export type CsvCell = string | number | null | undefined;

export function csvField(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(cells: readonly CsvCell[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) s += (i ? ',' : '') + csvField(cells[i]);
  return s + '\n';
}
