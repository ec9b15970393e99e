// What the Export panel shows for each format: a plain title and a description without the
// command line's flags (the panel has its own controls for those), and whether the format is
// made per hall (the hall on screen) or only for the whole project. `trayline export --help`
// keeps the registry's descriptions, which name the flags.
export interface ExportUiText {
  title: string;
  description: string;
  /** 'hall': exports the hall on screen (or the whole project, on request); 'one-hall': always one hall; 'project': the whole project. */
  scope: 'hall' | 'one-hall' | 'project';
}

export const EXPORT_UI_TEXT: Record<string, ExportUiText> = {
  json: { title: 'Layout (JSON)', description: 'The whole project as a layout document you can edit and import again.', scope: 'project' },
  'cable-schedule-csv': { title: 'Cable schedule (CSV)', description: 'One row per cable: both ends, media, optics, lengths and route.', scope: 'hall' },
  'cable-schedule-xlsx': { title: 'Cable schedule (Excel)', description: 'A pull sheet per row or pod, plus a summary sheet.', scope: 'hall' },
  'bom-csv': { title: 'Bill of materials (CSV)', description: 'Cables by media and length, transceivers, devices and totals.', scope: 'hall' },
  'bom-xlsx': { title: 'Bill of materials (Excel)', description: 'Sheets for cables, transceivers, devices and totals.', scope: 'hall' },
  'labels-pdf': { title: 'Cable labels (PDF)', description: 'TIA-606 labels for both ends of every cable, on the label stock chosen below.', scope: 'hall' },
  'labels-csv': { title: 'Cable labels (CSV)', description: 'TIA-606 labels, two rows per cable, for label printer software.', scope: 'hall' },
  netbox: { title: 'NetBox import files', description: 'CSV files for NetBox bulk import, device type YAML and a README, in one .zip.', scope: 'hall' },
  'floorplan-svg': { title: 'Floor plan (SVG)', description: 'The floor plan with scale bar, grid and title block.', scope: 'one-hall' },
  'floorplan-png': { title: 'Floor plan (PNG)', description: 'The floor plan as an image, 150 dpi on A3.', scope: 'one-hall' },
  'floorplan-pdf': { title: 'Floor plan (PDF)', description: 'The floor plan on A3.', scope: 'one-hall' },
  'elevations-pdf': { title: 'Rack elevations (PDF)', description: 'Front and rear of each rack, one A4 page per rack.', scope: 'hall' },
  ibnetdiscover: { title: 'InfiniBand topology (ibnetdiscover)', description: 'The fabric as ibnetdiscover prints it, to compare with the live fabric.', scope: 'one-hall' },
  'ufm-p2p-xlsx': { title: 'UFM cable validation (Excel)', description: 'One row per link: rack, U, node name, type and port at both ends.', scope: 'one-hall' },
  'ufm-hca-mapping-csv': { title: 'UFM HCA mapping (CSV)', description: "Each server port's adapter name, for UFM cable validation.", scope: 'one-hall' },
  'ufm-layout-csv': { title: 'UFM layout (CSV)', description: 'Rack, data hall, scalable unit and row of each device, for UFM.', scope: 'one-hall' },
  'slurm-topology': { title: 'Slurm topology.conf', description: 'Leaf switches with their servers and the switches above, for Slurm.', scope: 'one-hall' },
  'bring-up-csv': { title: 'Bring-up order (CSV)', description: 'Devices to power and links to cable, wave by wave.', scope: 'one-hall' },
  'bring-up-xlsx': { title: 'Bring-up order (Excel)', description: 'A summary of the waves and a sheet per wave.', scope: 'one-hall' },
};

/** A format without its own text (added later) still gets a readable title. */
export function uiTextOf(name: string, description: string): ExportUiText {
  return EXPORT_UI_TEXT[name] ?? { title: name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), description: description.replace(/\s*\(--[^)]*\)/g, ''), scope: 'project' };
}
