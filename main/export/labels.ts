// Cable end labels: a PDF of label sheets on the chosen stock and a CSV for label printers'
// own software (Brady Workstation, P-touch Editor and the like import CSV).
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { stringifyCsv } from '../../core/export/csv.js';
import PDFDocument from 'pdfkit';
import { ApiError } from '../../core/model/errors.js';
import { cableEndLabels, type CableEndLabel } from '../../core/export/labels.js';
import { DEFAULT_LABEL_SIZE, LABEL_SIZES, resolveLabelSize, sheetLayout, type LabelSize } from '../../core/export/label-sizes.js';
import { exportContext, writeAtomically, type ExportContext } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';

export const LABEL_CSV_HEADERS = ['cable id', 'cable label', 'end', 'this end', 'other end', 'text', 'hall', 'rack', 'device', 'port'];

export function chosenLabelSize(ctx: ExportContext): LabelSize {
  const spec = ctx.choices.labelSize ?? DEFAULT_LABEL_SIZE;
  const size = resolveLabelSize(spec);
  if (!size) {
    throw new ApiError('bad-input', `options.labelSize: unknown label size ${JSON.stringify(spec)}: one of ${LABEL_SIZES.map((s) => s.id).join(', ')}, or WxHin / WxHmm`, 'options.labelSize');
  }
  if (sheetLayout(size).perPage === 0) throw new ApiError('bad-input', `options.labelSize: ${spec} does not fit on a ${size.page} page`, 'options.labelSize');
  return size;
}

export async function writeLabelsCsv(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const rows: (string | number)[][] = [];
  for (const l of cableEndLabels(ctx.index)) rows.push([l.cableId, l.cableLabel, l.end, l.near, l.far, l.text, l.hall, l.rack, l.device, l.port]);
  ctx.progress('labels', rows.length, rows.length);
  await writeAtomically(outPath, async (tmp) => writeFileSync(tmp, stringifyCsv(rows, { header: true, columns: LABEL_CSV_HEADERS })));
}

const PT = 72;

/** The largest font size up to max at which text fits width, measured with the PDF's font. */
function fit(doc: PDFKit.PDFDocument, font: string, text: string, width: number, max: number): number {
  doc.font(font).fontSize(max);
  const w = doc.widthOfString(text);
  return w <= width ? max : Math.max(3, (max * width) / w);
}

type Line = [font: string, text: (l: CableEndLabel) => string, share: number];

// Three lines: the cable's label, this end (bold, largest) and the far end.
const LINES: Line[] = [
  ['Helvetica', (l) => `${l.cableLabel} · ${l.end}`, 0.24],
  ['Helvetica-Bold', (l) => l.near, 0.34],
  ['Helvetica', (l) => `TO ${l.far}`, 0.26],
];

/** One font size per line for the whole sheet set, so every label looks the same: the largest that fits all. */
function lineSizes(doc: PDFKit.PDFDocument, labels: Iterable<CableEndLabel>, inner: number, h: number): number[] {
  const sizes = LINES.map(([, , share]) => h * share);
  const longest = LINES.map(() => '');
  for (const l of labels) LINES.forEach(([, text], i) => { const t = text(l); if (t.length > longest[i]!.length) longest[i] = t; });
  // Measure the longest text of each line, and a little margin for wider glyphs in shorter ones.
  return sizes.map((max, i) => fit(doc, LINES[i]![0], longest[i]!, inner * 0.94, max));
}

function drawLabel(doc: PDFKit.PDFDocument, l: CableEndLabel, x: number, y: number, w: number, h: number, sizes: number[], outline: boolean): void {
  const pad = Math.min(3, w * 0.05);
  if (outline) {
    doc.save().lineWidth(0.25).strokeColor('#bbbbbb').dash(1.5, { space: 1.5 }).rect(x, y, w, h).stroke().undash().restore();
  }
  const total = sizes.reduce((s, v) => s + v * 1.1, 0);
  let cy = y + Math.max(pad, (h - total) / 2);
  LINES.forEach(([font, text], i) => {
    doc.font(font).fontSize(sizes[i]!).fillColor('#000').text(text(l), x + pad, cy, { width: w - 2 * pad, lineBreak: false, align: 'center' });
    cy += sizes[i]! * 1.1;
  });
}

export async function writeLabelsPdf(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const size = chosenLabelSize(ctx);
  const layout = sheetLayout(size);
  const total = ctx.index.snap.cables.length * 2;
  await writeAtomically(outPath, async (tmp) => {
    const doc = new PDFDocument({
      size: [layout.pageWidthIn * PT, layout.pageHeightIn * PT],
      margin: 0,
      autoFirstPage: false,
      info: { Title: `${ctx.project} cable labels (${size.id})`, Creator: 'Trayline' },
    });
    const out = createWriteStream(tmp);
    doc.pipe(out);
    const w = size.widthIn * PT;
    const h = size.printHeightIn * PT;
    const sizes = lineSizes(doc, cableEndLabels(ctx.index), w - 2 * Math.min(3, w * 0.05), h);
    let i = 0;
    for (const l of cableEndLabels(ctx.index)) {
      const slot = i % layout.perPage;
      if (slot === 0) doc.addPage();
      const { xIn, yIn } = layout.slots[slot]!;
      drawLabel(doc, l, xIn * PT, yIn * PT, w, h, sizes, !!ctx.choices.outlines);
      if (++i % 2000 === 0) ctx.progress('labels', i, total);
    }
    if (i === 0) {
      doc.addPage();
      doc.font('Helvetica').fontSize(12).text('No cables in this project: no labels to print.', 72, 72);
    }
    ctx.progress('labels', total, total);
    doc.end();
    await once(out, 'finish');
  });
}
