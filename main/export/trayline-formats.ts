// The export formats of issue 7, registered into FORMATS (main/export/formats.ts), with the file
// name and MIME type the UI offers for each.
import type { ExportFormat } from './formats.js';
import { writeBomCsv, writeBomXlsx } from './bom.js';
import { writeElevationsPdf, writeFloorplanPdf, writeFloorplanPng, writeFloorplanSvg } from './drawings.js';
import { writeLabelsCsv, writeLabelsPdf } from './labels.js';
import { writeNetbox } from './netbox.js';
import { writeScheduleCsv, writeScheduleXlsx } from './schedule.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface FileInfo {
  fileName: string;
  mime: string;
}

export const EXPORT_FILES: Record<string, FileInfo> = {
  json: { fileName: 'layout.json', mime: 'application/json' },
  'cable-schedule-csv': { fileName: 'cable-schedule.csv', mime: 'text/csv' },
  'cable-schedule-xlsx': { fileName: 'cable-schedule.xlsx', mime: XLSX },
  'bom-csv': { fileName: 'bom.csv', mime: 'text/csv' },
  'bom-xlsx': { fileName: 'bom.xlsx', mime: XLSX },
  'labels-pdf': { fileName: 'labels.pdf', mime: 'application/pdf' },
  'labels-csv': { fileName: 'labels.csv', mime: 'text/csv' },
  netbox: { fileName: 'netbox.zip', mime: 'application/zip' },
  'floorplan-svg': { fileName: 'floorplan.svg', mime: 'image/svg+xml' },
  'floorplan-png': { fileName: 'floorplan.png', mime: 'image/png' },
  'floorplan-pdf': { fileName: 'floorplan.pdf', mime: 'application/pdf' },
  'elevations-pdf': { fileName: 'elevations.pdf', mime: 'application/pdf' },
};

export const TRAYLINE_FORMATS: Record<string, ExportFormat> = {
  'cable-schedule-csv': { description: 'cable schedule, one row per cable (both ends, media, optics, lengths, route)', write: writeScheduleCsv },
  'cable-schedule-xlsx': { description: 'cable schedule workbook: a pull sheet per row or pod plus a summary', write: writeScheduleXlsx },
  'bom-csv': { description: 'bill of materials: cables by media and length, transceivers, devices, totals', write: writeBomCsv },
  'bom-xlsx': { description: 'bill of materials workbook (Cables, Transceivers, Devices, Totals)', write: writeBomXlsx },
  'labels-pdf': { description: 'TIA-606 cable end labels on label sheets (--label-size, default wrap-1x1.5in)', write: writeLabelsPdf },
  'labels-csv': { description: 'TIA-606 cable end labels, two rows per cable, for label printer software', write: writeLabelsCsv },
  netbox: { description: 'NetBox bulk import CSVs, devicetype-library YAML and README (--site)', folder: true, write: writeNetbox },
  'floorplan-svg': { description: 'floor plan of a hall (--hall, --racks), scale bar, grid, title block', write: writeFloorplanSvg },
  'floorplan-png': { description: 'floor plan as PNG, 150 dpi on A3', write: writeFloorplanPng },
  'floorplan-pdf': { description: 'floor plan as PDF, A3, one page per hall', write: writeFloorplanPdf },
  'elevations-pdf': { description: 'rack elevations, front and rear, one A4 page per rack (--racks)', write: writeElevationsPdf },
};
