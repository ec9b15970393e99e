// Floor plan (SVG, PNG, PDF) and rack elevations (PDF). Geometry comes from core/export; SVG is
// written as is, PNG is the SVG rendered by resvg (no browser needed), PDF paints the same shapes.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { Resvg } from '@resvg/resvg-js';
import { ApiError } from '../../core/model/errors.js';
import { toSvg, type Drawing } from '../../core/export/drawing.js';
import { elevationDrawing } from '../../core/export/elevations.js';
import { floorPlanDrawing } from '../../core/export/floorplan.js';
import { chosenHalls, exportContext, selectedRacks, writeAtomically, type ExportContext } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';
import { paintDrawing } from './pdf-paint.js';

/** PNG resolution: 150 dpi, enough to read rack names on an A3 plan. */
export const PNG_DPI = 150;

function floorPlans(ctx: ExportContext, allHalls: boolean): Drawing[] {
  const racks = selectedRacks(ctx);
  const selection = new Set(racks.map((r) => r.id));
  return chosenHalls(ctx, racks, allHalls).map((hall) =>
    floorPlanDrawing(ctx.index, hall, { project: ctx.project, date: ctx.date, revision: ctx.choices.revision, selection }),
  );
}

export async function writeFloorplanSvg(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const [plan] = floorPlans(ctx, false);
  await writeAtomically(outPath, async (tmp) => writeFileSync(tmp, toSvg(plan!)));
  ctx.progress('floor plan', 1, 1);
}

export function svgToPng(svg: string, widthPx: number): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  });
  return r.render().asPng();
}

export async function writeFloorplanPng(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const [plan] = floorPlans(ctx, false);
  const widthPx = Math.round((plan!.widthPt / 72) * PNG_DPI);
  await writeAtomically(outPath, async (tmp) => writeFileSync(tmp, svgToPng(toSvg(plan!), widthPx)));
  ctx.progress('floor plan', 1, 1);
}

async function writePdf(outPath: string, title: string, drawings: Drawing[], ctx: ExportContext): Promise<void> {
  await writeAtomically(outPath, async (tmp) => {
    const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Creator: 'Trayline' } });
    const out = createWriteStream(tmp);
    doc.pipe(out);
    drawings.forEach((d, i) => {
      paintDrawing(doc, d);
      ctx.progress('pages', i + 1, drawings.length);
    });
    doc.end();
    await once(out, 'finish');
  });
}

export async function writeFloorplanPdf(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  await writePdf(outPath, `${ctx.project} floor plan`, floorPlans(ctx, true), ctx);
}

export async function writeElevationsPdf(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const chosen = selectedRacks(ctx);
  const collator = new Intl.Collator('en', { numeric: true });
  const racks = chosen.length ? chosen : [...ctx.index.snap.racks].sort((a, b) => a.hallId - b.hallId || collator.compare(a.name, b.name));
  if (racks.length === 0) throw new ApiError('bad-input', 'the project has no racks to draw', 'racks');
  const title = { project: ctx.project, date: ctx.date, revision: ctx.choices.revision };
  const drawings = racks.map((r, i) => elevationDrawing(ctx.index, r, { ...title, page: i + 1, pages: racks.length }));
  await writePdf(outPath, `${ctx.project} rack elevations`, drawings, ctx);
}
