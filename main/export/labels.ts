// Labels: cable ends (direct cables, jumpers and trunks), then patch panels and their front ports,
// as a PDF of label sheets on the chosen stock and a CSV for label printers' own software (Brady
// Workstation, P-touch Editor and the like import CSV).
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { stringifyCsv } from '../../core/export/csv.js';
import PDFDocument from 'pdfkit';
import { ApiError } from '../../core/model/errors.js';
import { cableEndLabels, type CableEndLabel } from '../../core/export/labels.js';
import { panelLabels } from '../../core/export/panel-labels.js';
import type { ProjectIndex } from '../../core/export/project-index.js';
import { StructuredIndex } from '../../core/export/structured-index.js';
import { DEFAULT_LABEL_SIZE, LABEL_SIZES, resolveLabelSize, sheetLayout, type LabelSize } from '../../core/export/label-sizes.js';
import { exportContext, writeAtomically, type ExportContext } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';

export const LABEL_CSV_HEADERS = ['cable id', 'cable label', 'end', 'this end', 'other end', 'text', 'hall', 'rack', 'device', 'port', 'kind'];

/** Every label: two per cable, then each patch panel and its front ports; read twice for the PDF (sizes, then pages). */
function labelSource(index: ProjectIndex): { count: number; labels(): Generator<CableEndLabel> } {
  let panelPorts = 0;
  const panels = new Set<number>();
  for (const p of index.ports.values()) {
    if (p.kind === 'interface') continue;
    panels.add(p.deviceId);
    if (p.kind === 'front-port') panelPorts++;
  }
  // the channels are traced once, only for a project with panels
  const s = panels.size ? new StructuredIndex(index) : null;
  return {
    count: 2 * index.snap.cables.length + panels.size + panelPorts,
    *labels() {
      yield* cableEndLabels(index);
      if (s) yield* panelLabels(s);
    },
  };
}

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
  for (const l of labelSource(ctx.index).labels()) rows.push([l.cableId ?? '', l.cableLabel, l.end, l.near, l.far, l.text, l.hall, l.rack, l.device, l.port, l.kind]);
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

// Three lines: what it is (the cable's label and end; the panel; the port's trunk position), its
// id (bold, largest) and where it leads.
const LINES: Line[] = [
  ['Helvetica', (l) => l.title, 0.24],
  ['Helvetica-Bold', (l) => l.near, 0.34],
  ['Helvetica', (l) => (l.far ? `TO ${l.far}` : ''), 0.26],
];

/**
 * One font size per line for each kind of label (cable ends, trunk ends, panels, panel ports), so
 * every label of a kind looks the same: the largest that fits all of them.
 */
function lineSizes(doc: PDFKit.PDFDocument, labels: Iterable<CableEndLabel>, inner: number, h: number): Map<CableEndLabel['kind'], number[]> {
  const longest = new Map<CableEndLabel['kind'], string[]>();
  for (const l of labels) {
    let m = longest.get(l.kind);
    if (!m) longest.set(l.kind, (m = LINES.map(() => '')));
    LINES.forEach(([, text], i) => { const t = text(l); if (t.length > m[i]!.length) m[i] = t; });
  }
  // Measure the longest text of each line, and a little margin for wider glyphs in shorter ones.
  return new Map([...longest].map(([kind, m]) => [kind, LINES.map(([font, , share], i) => fit(doc, font, m[i]!, inner * 0.94, h * share))]));
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
  const source = labelSource(ctx.index);
  const total = source.count;
  await writeAtomically(outPath, async (tmp) => {
    const doc = new PDFDocument({
      size: [layout.pageWidthIn * PT, layout.pageHeightIn * PT],
      margin: 0,
      autoFirstPage: false,
      info: { Title: `${ctx.project} labels (${size.id})`, Creator: 'Trayline' },
    });
    const out = createWriteStream(tmp);
    doc.pipe(out);
    const w = size.widthIn * PT;
    const h = size.printHeightIn * PT;
    const sizes = lineSizes(doc, source.labels(), w - 2 * Math.min(3, w * 0.05), h);
    let i = 0;
    for (const l of source.labels()) {
      const slot = i % layout.perPage;
      if (slot === 0) doc.addPage();
      const { xIn, yIn } = layout.slots[slot]!;
      drawLabel(doc, l, xIn * PT, yIn * PT, w, h, sizes.get(l.kind)!, !!ctx.choices.outlines);
      if (++i % 2000 === 0) ctx.progress('labels', i, total);
    }
    if (i === 0) {
      doc.addPage();
      doc.font('Helvetica').fontSize(12).text('No cables or patch panels in this project: no labels to print.', 72, 72);
    }
    ctx.progress('labels', total, total);
    doc.end();
    await once(out, 'finish');
  });
}
