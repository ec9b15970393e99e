// Every export format, once: its name, what it is, the file name and MIME type the UI offers, and
// its writer. `trayline export --format NAME`, export.formats and export.run all read this table.
import { writeFileSync } from 'node:fs';
import { writeBomCsv, writeBomXlsx } from './bom.js';
import { writeElevationsPdf, writeFloorplanPdf, writeFloorplanPng, writeFloorplanSvg } from './drawings.js';
import { FABRIC_FORMATS } from './fabric-formats.js';
import { writeLabelsCsv, writeLabelsPdf } from './labels.js';
import { writeNetbox } from './netbox.js';
import { writeScheduleCsv, writeScheduleXlsx } from './schedule.js';
import { STRUCTURED_FORMATS } from './structured.js';
import type { ExportFormat } from './types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  json: {
    title: 'Layout (JSON)',
    description: 'layout JSON (docs/layout-json.md): halls, rows, feeds, racks, devices, trays, cables; re-importable',
    fileName: 'layout.json',
    mime: 'application/json',
    async write(src, outPath) {
      writeFileSync(outPath, src.layoutJson());
    },
  },
  'cable-schedule-csv': {
    title: 'Cable schedule (CSV)',
    description: 'cable schedule, one row per cable (both ends, media, optics, lengths, route)',
    fileName: 'cable-schedule.csv',
    mime: 'text/csv',
    write: writeScheduleCsv,
  },
  'cable-schedule-xlsx': {
    title: 'Cable schedule (Excel)',
    description: 'cable schedule workbook: a pull sheet per row or pod plus a summary',
    fileName: 'cable-schedule.xlsx',
    mime: XLSX,
    write: writeScheduleXlsx,
  },
  'bom-csv': { title: 'Bill of materials (CSV)', description: 'bill of materials: cables by media and length, transceivers, devices, totals', fileName: 'bom.csv', mime: 'text/csv', write: writeBomCsv },
  'bom-xlsx': { title: 'Bill of materials (Excel)', description: 'bill of materials workbook (Cables, Transceivers, Devices, Totals)', fileName: 'bom.xlsx', mime: XLSX, write: writeBomXlsx },
  'labels-pdf': {
    title: 'Cable labels (PDF)',
    description: 'TIA-606 cable end labels on label sheets (--label-size, default wrap-1x1.5in)',
    fileName: 'labels.pdf',
    mime: PDF,
    write: writeLabelsPdf,
  },
  'labels-csv': {
    title: 'Cable labels (CSV)',
    description: 'TIA-606 cable end labels, two rows per cable, for label printer software',
    fileName: 'labels.csv',
    mime: 'text/csv',
    write: writeLabelsCsv,
  },
  netbox: {
    title: 'NetBox import files',
    description: 'NetBox bulk import CSVs with cable profiles (4.5+; a 4.4 file too), harnesses and multi-leg trunks for the REST API, devicetype-library YAML and README (--site)',
    fileName: 'netbox.zip',
    mime: 'application/zip',
    folder: true,
    write: writeNetbox,
  },
  'floorplan-svg': {
    title: 'Floor plan (SVG)',
    description: 'floor plan of a hall (--hall, --racks), scale bar, grid, title block',
    fileName: 'floorplan.svg',
    mime: 'image/svg+xml',
    write: writeFloorplanSvg,
  },
  'floorplan-png': { title: 'Floor plan (PNG)', description: 'floor plan as PNG, 150 dpi on A3', fileName: 'floorplan.png', mime: 'image/png', write: writeFloorplanPng },
  'floorplan-pdf': { title: 'Floor plan (PDF)', description: 'floor plan as PDF, A3, one page per hall', fileName: 'floorplan.pdf', mime: PDF, write: writeFloorplanPdf },
  'elevations-pdf': {
    title: 'Rack elevations (PDF)',
    description: 'rack elevations, front and rear, one A4 page per rack (--racks)',
    fileName: 'elevations.pdf',
    mime: PDF,
    write: writeElevationsPdf,
  },
  // ibnetdiscover, UFM cable validation, Slurm topology and bring-up order (issue 15).
  ...FABRIC_FORMATS,
  // Structured cabling: trunks, panel ports and jumpers (issue 13).
  ...STRUCTURED_FORMATS,
};
