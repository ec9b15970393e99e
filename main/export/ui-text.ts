// What the Export panel shows for each format beside the registry's plain title: a description
// without the command line's flags (the panel has its own controls for those), and whether the
// format is made per hall (the hall on screen) or only for the whole project. `trayline export
// --help` keeps the registry's descriptions, which name the flags.
import type { ExportFormat } from './types.js';
export interface ExportUiText {
  description: string;
  /** 'hall': exports the hall on screen (or the whole project, on request); 'one-hall': always one hall; 'project': the whole project. */
  scope: 'hall' | 'one-hall' | 'project';
}

export const EXPORT_UI_TEXT: Record<string, ExportUiText> = {
  json: { description: 'The whole project as a layout document you can edit and import again.', scope: 'project' },
  'cable-schedule-csv': { description: 'One row per cable: both ends, media, optics, lengths and route.', scope: 'hall' },
  'cable-schedule-xlsx': { description: 'A pull sheet per row or pod, plus a summary sheet.', scope: 'hall' },
  'bom-csv': { description: 'Cables by media and length, transceivers, devices and totals.', scope: 'hall' },
  'bom-xlsx': { description: 'Sheets for cables, transceivers, devices and totals.', scope: 'hall' },
  'labels-pdf': { description: 'TIA-606 labels for both ends of every cable, on the label stock chosen below.', scope: 'hall' },
  'labels-csv': { description: 'TIA-606 labels, two rows per cable, for label printer software.', scope: 'hall' },
  netbox: { description: 'CSV files for NetBox bulk import, device type YAML and a README, in one .zip.', scope: 'hall' },
  'floorplan-svg': { description: 'The floor plan with scale bar, grid and title block.', scope: 'one-hall' },
  'floorplan-png': { description: 'The floor plan as an image, 150 dpi on A3.', scope: 'one-hall' },
  'floorplan-pdf': { description: 'The floor plan on A3.', scope: 'one-hall' },
  'elevations-pdf': { description: 'Front and rear of each rack, one A4 page per rack.', scope: 'hall' },
  ibnetdiscover: { description: 'The fabric as ibnetdiscover prints it, to compare with the live fabric.', scope: 'one-hall' },
  'ufm-p2p-xlsx': { description: 'One row per link: rack, U, node name, type and port at both ends.', scope: 'one-hall' },
  'ufm-hca-mapping-csv': { description: "Each server port's adapter name, for UFM cable validation.", scope: 'one-hall' },
  'ufm-layout-csv': { description: 'Rack, data hall, scalable unit and row of each device, for UFM.', scope: 'one-hall' },
  'slurm-topology': { description: 'Leaf switches with their servers and the switches above, for Slurm.', scope: 'one-hall' },
  'bring-up-csv': { description: 'Devices to power and links to cable, wave by wave.', scope: 'one-hall' },
  'bring-up-xlsx': { description: 'A summary of the waves and a sheet per wave.', scope: 'one-hall' },
};

/** A format without its own text: its description without flags, its scope from the registry's hall option. */
export function uiTextOf(name: string, f: Pick<ExportFormat, 'description' | 'hall'>): ExportUiText {
  const scope = f.hall === 'one' ? 'one-hall' : f.hall === 'any' ? 'hall' : 'project';
  return EXPORT_UI_TEXT[name] ?? { description: f.description.replace(/\s*\(--[^)]*\)/g, ''), scope };
}
