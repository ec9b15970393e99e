// BOM as one CSV table (a section column: cable, trunk, jumper, harness, transceiver, device,
// panel, total) and as a workbook with a sheet per section plus totals (the structured-cabling
// sheets only when the project has such lines).
import { writeFileSync } from 'node:fs';
import { stringifyCsv } from '../../core/export/csv.js';
import ExcelJS from 'exceljs';
import { BOM_HEADERS, bomTable, buildBom, legLengthsText, type MediaLine } from '../../core/export/bom.js';
import { exportContext, writeAtomically } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';

export async function writeBomCsv(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const { index, progress } = exportContext(src, opts);
  const bom = buildBom(index);
  progress('bom', 1, 1);
  await writeAtomically(outPath, async (tmp) => writeFileSync(tmp, stringifyCsv(bomTable(bom), { header: true, columns: BOM_HEADERS })));
}

const MEDIA_COLUMNS = [
  { header: 'media id', key: 'mediaId', width: 30 },
  { header: 'description', key: 'name', width: 40 },
  { header: 'kind', key: 'kind', width: 12 },
  { header: 'length (m)', key: 'lengthM', width: 11, style: { numFmt: '0.00' } },
  { header: 'count', key: 'count', width: 8 },
  { header: 'unit cost (USD)', key: 'unitCostUsd', width: 15, style: { numFmt: '#,##0.00' } },
  { header: 'extended cost (USD)', key: 'extendedCostUsd', width: 19, style: { numFmt: '#,##0.00' } },
  { header: 'price basis', key: 'priceBasis', width: 11 },
  { header: 'power each (W)', key: 'powerEachW', width: 15 },
  { header: 'total power (W)', key: 'totalPowerW', width: 15 },
  { header: 'price source', key: 'priceSource', width: 80 },
  { header: 'fibres', key: 'fibres', width: 8 },
  { header: 'leg lengths (m)', key: 'legs', width: 16 },
];

function sheet(wb: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export async function writeBomXlsx(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void> {
  const { index, progress, project, date } = exportContext(src, opts);
  const bom = buildBom(index);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trayline';
  const addMedia = (name: string, lines: MediaLine[]) => {
    const ws = sheet(wb, name, MEDIA_COLUMNS);
    for (const l of lines) ws.addRow({ ...l, legs: legLengthsText(l.legLengthsM) });
  };
  const of = (section: MediaLine['section']) => bom.cables.filter((l) => l.section === section);
  addMedia('Cables', of('cable'));
  if (of('trunk').length) addMedia('Trunks', of('trunk'));
  if (of('jumper').length) addMedia('Jumpers', of('jumper'));
  if (of('harness').length) addMedia('Harnesses', of('harness'));
  addMedia('Transceivers', bom.transceivers);
  const deviceSheet = (name: string) => sheet(wb, name, [
    { header: 'device type', key: 'slug', width: 28 },
    { header: 'manufacturer', key: 'manufacturer', width: 16 },
    { header: 'model', key: 'model', width: 28 },
    { header: name === 'Panels' ? 'kind' : 'role', key: name === 'Panels' ? 'panelKind' : 'role', width: 14 },
    { header: 'count', key: 'count', width: 8 },
    { header: 'U each', key: 'uEach', width: 8 },
    { header: 'unit cost (USD)', key: 'unitCostUsd', width: 15, style: { numFmt: '#,##0.00' } },
    { header: 'extended cost (USD)', key: 'extendedCostUsd', width: 19, style: { numFmt: '#,##0.00' } },
    { header: 'price basis', key: 'priceBasis', width: 11 },
    { header: 'power each (W)', key: 'drawEachW', width: 15 },
    { header: 'total power (W)', key: 'totalDrawW', width: 16 },
    { header: 'price source', key: 'priceSource', width: 80 },
  ]);
  const dev = deviceSheet('Devices');
  for (const l of bom.devices.filter((x) => x.section === 'device')) dev.addRow(l);
  const panels = bom.devices.filter((x) => x.section === 'panel');
  if (panels.length) {
    const ws = deviceSheet('Panels');
    for (const l of panels) ws.addRow(l);
  }
  const t = bom.totals;
  const tot = sheet(wb, 'Totals', [
    { header: 'item', width: 36 },
    { header: 'value', width: 16 },
    { header: 'note', width: 60 },
  ]);
  tot.addRows([
    ['cables', t.cables, `${t.unrouted} not routed yet (no stock length), ${t.noMedia} without media`],
    ['media cost (USD)', t.costUsd, `${t.linesWithoutCost} lines have no price and are not included`],
    ['device cost (USD)', t.deviceCostUsd, `${t.deviceLinesWithoutCost} lines have no price and are not included`],
    ['total cost (USD)', Math.round((t.costUsd + t.deviceCostUsd) * 100) / 100, `${t.estimatedLines} priced lines are estimates (price basis "estimate"), not quotes`],
    ['media power (W)', t.mediaPowerW, 'transceivers and active cable ends'],
    ['device power (W, maximum; typical where no maximum is published)', t.devicePowerW, `${t.linesWithoutPower} lines have no power figure and are not included`],
    ['total power (W)', Math.round((t.mediaPowerW + t.devicePowerW) * 100) / 100, ''],
    ['project', project, `exported ${date}`],
  ]);
  progress('bom', 1, 1);
  await writeAtomically(outPath, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}
