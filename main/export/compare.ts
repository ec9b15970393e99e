// The comparison as files: the chart as SVG or PNG (the Drawing of core/economics/chart.ts,
// rendered by resvg like the floor plan) and a workbook (one sheet of rows per architecture and
// combination, the cost split, failure exposure, the estimated prices used with their sources,
// the failure rates with theirs, and the chart as a picture).
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { compareChart, stackCharts } from '../../core/economics/chart.js';
import { ARCH_NAME, costGaps } from '../../core/economics/compare.js';
import { RATE_SOURCES } from '../../core/economics/rates.js';
import type { CompareSet } from '../../core/economics/vary.js';
import { toSvg, type Drawing } from '../../core/export/drawing.js';
import { writeAtomically } from './context.js';
import { PNG_DPI, svgToPng } from './drawings.js';

export const COMPARE_FORMATS = {
  'compare-xlsx': { ext: '.xlsx', fileName: 'compare.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'architecture comparison workbook: rows, cost split, failures, prices and rates with sources, chart' },
  'compare-svg': { ext: '.svg', fileName: 'compare.svg', mime: 'image/svg+xml', description: 'architecture comparison chart (cost split, power, failures per architecture) as SVG' },
  'compare-png': { ext: '.png', fileName: 'compare.png', mime: 'image/png', description: 'the same chart as PNG, 150 dpi' },
} as const;
export type CompareFormat = keyof typeof COMPARE_FORMATS;

export function compareDrawing(set: CompareSet): Drawing {
  return stackCharts(set.combos.map((c) => compareChart(c)), 'Architectures compared');
}

function png(d: Drawing): Buffer {
  return svgToPng(toSvg(d), Math.round((d.widthPt / 72) * PNG_DPI));
}

const ROW_COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: 'combination', key: 'combo', width: 26 },
  { header: 'architecture', key: 'arch', width: 16 },
  { header: 'tiers', key: 'tiers', width: 6 },
  { header: 'switches', key: 'switches', width: 9 },
  { header: 'switches by tier', key: 'byTier', width: 24 },
  { header: 'links', key: 'links', width: 9 },
  { header: 'optics (modules)', key: 'optics', width: 10 },
  { header: 'network power (kW)', key: 'kw', width: 11, style: { numFmt: '#,##0.0' } },
  { header: 'power per GPU (W)', key: 'wPerGpu', width: 10, style: { numFmt: '#,##0.0' } },
  { header: 'network cost (USD)', key: 'cost', width: 15, style: { numFmt: '#,##0' } },
  { header: 'cost complete', key: 'complete', width: 9 },
  { header: 'switches USD/GPU', key: 'sw', width: 11, style: { numFmt: '#,##0.00' } },
  { header: 'optics USD/GPU', key: 'op', width: 11, style: { numFmt: '#,##0.00' } },
  { header: 'cables USD/GPU', key: 'ca', width: 11, style: { numFmt: '#,##0.00' } },
  { header: 'trunks USD/GPU', key: 'tr', width: 11, style: { numFmt: '#,##0.00' } },
  { header: 'total USD/GPU', key: 'tot', width: 11, style: { numFmt: '#,##0.00' } },
  { header: 'link failures / month', key: 'lf', width: 11, style: { numFmt: '0.000' } },
  { header: 'optic failures / month', key: 'of', width: 11, style: { numFmt: '0.000' } },
  { header: 'switch failures / month', key: 'sf', width: 11, style: { numFmt: '0.000' } },
  { header: 'GPUs per switch failure', key: 'gpf', width: 11 },
  { header: 'job interruptions / month', key: 'ji', width: 11, style: { numFmt: '0.000' } },
  { header: 'optics per GPU', key: 'opg', width: 9, style: { numFmt: '0.00' } },
  { header: 'fibre connectors per GPU', key: 'fpg', width: 9, style: { numFmt: '0.00' } },
  { header: 'why equal / cannot build', key: 'why', width: 80 },
];

function sheet(wb: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  return ws;
}

export async function compareWorkbook(set: CompareSet): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trayline';
  const rows = sheet(wb, 'Compare', ROW_COLUMNS);
  for (const c of set.combos) {
    for (const r of c.rows) {
      rows.addRow({
        combo: c.label || 'as given',
        arch: ARCH_NAME[r.arch],
        tiers: r.tiers,
        switches: r.switches,
        byTier: r.switchesByTier ? Object.entries(r.switchesByTier).map(([k, v]) => `${k} ${v}`).join(', ') : null,
        links: r.links,
        optics: r.transceivers,
        kw: r.networkPowerW === null ? null : r.networkPowerW / 1000,
        wPerGpu: r.powerPerGpuW,
        cost: r.networkCostUsd,
        complete: r.costComplete === null ? null : r.costComplete ? 'yes' : `no: ${costGaps(r).join('; ')}`,
        sw: r.cost?.perGpu.switches ?? null,
        op: r.cost?.perGpu.optics ?? null,
        ca: r.cost?.perGpu.cables ?? null,
        tr: r.cost?.perGpu.trunks ?? null,
        tot: r.cost?.perGpu.total ?? null,
        lf: r.failures?.linkFailuresPerMonth ?? null,
        of: r.failures?.opticFailuresPerMonth ?? null,
        sf: r.failures?.switchFailuresPerMonth ?? null,
        gpf: r.failures?.gpusPerSwitchFailure ?? null,
        ji: r.failures?.jobInterruptionsPerMonth ?? null,
        opg: r.failures?.opticsPerGpu ?? null,
        fpg: r.failures?.fibreConnectorsPerGpu ?? null,
        why: r.error ? `cannot build: ${r.error}` : (r.explanation ?? null),
      });
    }
  }
  const prices = sheet(wb, 'Estimated prices', [
    { header: 'item', width: 34 },
    { header: 'unit price (USD)', width: 14, style: { numFmt: '#,##0.00' } },
    { header: 'source (an estimate, not a quote)', width: 140 },
    { header: 'per metre (USD, made-to-length assemblies: added per assembly)', width: 18, style: { numFmt: '#,##0.00' } },
  ]);
  const seen = new Set<string>();
  for (const c of set.combos) for (const r of c.rows) for (const e of r.cost?.estimates ?? []) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    prices.addRow([e.id, e.usd, e.source, e.perMUsd ?? null]);
  }
  const rates = sheet(wb, 'Failure rates', [
    { header: 'rate', width: 30 },
    { header: 'percent per month', width: 16 },
    { header: 'source', width: 140 },
  ]);
  const used = set.combos.flatMap((c) => c.rows).find((r) => r.failures)?.failures?.rates;
  if (used) {
    rates.addRow(['links failing a month', used.linkPctPerMonth, RATE_SOURCES.linkPctPerMonth]);
    rates.addRow(['optical modules failing a month', used.opticPctPerMonth, RATE_SOURCES.opticPctPerMonth]);
    rates.addRow(['switches failing a month', used.switchPctPerMonth, RATE_SOURCES.switchPctPerMonth]);
  }
  const chart = wb.addWorksheet('Chart');
  const d = compareDrawing(set);
  const image = wb.addImage({ buffer: png(d) as unknown as ExcelJS.Buffer, extension: 'png' });
  chart.addImage(image, { tl: { col: 0, row: 0 }, ext: { width: Math.round((d.widthPt / 72) * 96), height: Math.round((d.heightPt / 72) * 96) } });
  return wb;
}

/** Writes the comparison in one of COMPARE_FORMATS, all or nothing. */
export async function writeCompare(set: CompareSet, format: CompareFormat, outPath: string): Promise<void> {
  await writeAtomically(outPath, async (tmp) => {
    if (format === 'compare-svg') writeFileSync(tmp, toSvg(compareDrawing(set)));
    else if (format === 'compare-png') writeFileSync(tmp, png(compareDrawing(set)));
    else await (await compareWorkbook(set)).xlsx.writeFile(tmp);
  });
}

/** The format an output path asks for by its extension, or undefined. */
export function compareFormatOf(path: string): CompareFormat | undefined {
  return (Object.keys(COMPARE_FORMATS) as CompareFormat[]).find((f) => path.toLowerCase().endsWith(COMPARE_FORMATS[f].ext));
}
