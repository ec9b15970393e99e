// The audit report: every difference with both sides, as CSV, XLSX or PDF.
import { stringifyCsv } from '../../core/export/csv.js';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { AuditItem, AuditResult, EndView } from '../../core/audit/types.js';

export type ReportFormat = 'csv' | 'xlsx' | 'pdf';

export const REPORT_MIME: Record<ReportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export const REPORT_HEADERS = ['Class', 'Planned cable', 'Planned A', 'Planned B', 'Found A', 'Found B', 'Source', 'Detail'];

const end = (e: EndView | undefined) => (e ? `${e.host} ${e.port}` : '');

/** One row per planned/found pair; a swap gives two rows, one per cable. */
export function reportRows(items: AuditItem[]): string[][] {
  const rows: string[][] = [];
  for (const it of items) {
    const n = Math.max(it.planned.length, it.found.length, 1);
    for (let i = 0; i < n; i++) {
      const p = it.planned[i];
      const f = it.found[i];
      rows.push([it.class, p?.label ?? '', end(p?.a), end(p?.b), end(f?.a), end(f?.b), f ? `${f.source}:${f.line}` : '', i === 0 ? it.detail : '']);
    }
  }
  return rows;
}

export function summaryLines(r: AuditResult): [string, number][] {
  return [
    ['Matched', r.matched],
    ['Missing (planned, not found)', r.missing],
    ['Unexpected (found, not planned)', r.unexpected],
    ['Miswired (swaps included)', r.miswired],
    ['  of which swapped pairs', r.swapped],
    ['Wrong media', r.wrongMedia],
    ['Wrong length', r.wrongLength],
    ['Wrong speed (trained below the planned rate)', r.wrongSpeed],
    ['Not audited (no source covers either end)', r.unaudited],
  ];
}

export async function writeReport(r: AuditResult, format: ReportFormat): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(stringifyCsv([REPORT_HEADERS, ...reportRows(r.items)]));
  if (format === 'xlsx') return xlsx(r);
  return pdf(r);
}

async function xlsx(r: AuditResult): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trayline';
  const sum = wb.addWorksheet('Summary');
  sum.columns = [{ header: 'Class', width: 44 }, { header: 'Links', width: 10 }];
  for (const [k, v] of summaryLines(r)) sum.addRow([k, v]);
  sum.addRow([]);
  if (r.wave !== null) sum.addRow([`Bring-up wave ${r.wave} only`]);
  for (const s of r.sources) sum.addRow([`Source ${s.name} (${s.format})`, s.links]);
  for (const u of r.unreadable) sum.addRow([`Not read: ${u.name}: ${u.reason}`]);
  for (const w of r.warnings) sum.addRow([`Warning: ${w}`]);
  const ws = wb.addWorksheet('Differences', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = REPORT_HEADERS.map((h, i) => ({ header: h, width: [14, 18, 26, 26, 26, 26, 28, 70][i] }));
  ws.getRow(1).font = { bold: true };
  for (const row of reportRows(r.items)) ws.addRow(row);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REPORT_HEADERS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function pdf(r: AuditResult): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: 'Trayline audit report', Creator: 'Trayline' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text('Audit report: plan against as-built');
    doc.moveDown(0.5).font('Helvetica').fontSize(10);
    for (const [k, v] of summaryLines(r)) doc.text(`${k}: ${v}`);
    if (r.wave !== null) doc.text(`Bring-up wave ${r.wave} only`);
    doc.text(`Sources: ${r.sources.map((s) => `${s.name} (${s.format}, ${s.links} links)`).join('; ')}`);
    for (const u of r.unreadable) doc.text(`Not read: ${u.name}: ${u.reason}`);
    doc.moveDown();
    const widths = [62, 70, 110, 110, 110, 110, 198];
    const heads = ['Class', 'Cable', 'Planned A', 'Planned B', 'Found A', 'Found B', 'Source / detail'];
    const line = (cells: string[], bold = false) => {
      if (doc.y > doc.page.height - 60) doc.addPage();
      const y = doc.y;
      let x = doc.page.margins.left;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7.5);
      let h = 0;
      cells.forEach((c, i) => {
        doc.text(c, x, y, { width: widths[i]! - 4 });
        h = Math.max(h, doc.y - y);
        x += widths[i]!;
      });
      doc.x = doc.page.margins.left;
      doc.y = y + h + 2;
    };
    line(heads, true);
    for (const row of reportRows(r.items)) line([row[0]!, row[1]!, row[2]!, row[3]!, row[4]!, row[5]!, [row[6], row[7]].filter(Boolean).join(' - ')]);
    if (r.items.length === 0) doc.text('No differences.');
    doc.end();
  });
}
