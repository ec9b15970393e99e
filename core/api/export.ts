// Exports: cable schedule, BOM, labels, NetBox, drawings (see docs/exports.md). The same options
// are accepted by `trayline export --FLAG` and by export.run from the UI.
import { z } from 'zod';
import { method, type FileResult } from './define.js';

export const exportChoicesSchema = z.strictObject({
  /** Label stock id (core/export/label-sizes.ts) or a custom size such as "2x1in" / "50x25mm". */
  labelSize: z.string().min(1).optional(),
  /** labels-pdf: print faint dashed outlines of the labels' printable areas (for plain paper or alignment). */
  outlines: z.boolean().optional(),
  /** Rack names: floor plan of just these racks; elevations of just these racks. */
  racks: z.array(z.string().min(1)).min(1).optional(),
  /** Hall name for the floor plan; default the hall of the selected racks, else the first. */
  hall: z.string().min(1).optional(),
  /** Title block revision. */
  revision: z.string().min(1).max(20).default('A'),
  /** Title block date, YYYY-MM-DD; default today. */
  date: z.iso.date().optional(),
  /** NetBox site the racks, devices and cables belong to; default the project's file name. */
  site: z.string().min(1).max(100).optional(),
  /** slurm-topology: the block form (topology/block), blocks by scalable unit, NVLink domain or rack. */
  block: z.enum(['su', 'nvlink', 'rack']).optional(),
  /** ibnetdiscover / UFM exports: host port n's RDMA device name (index 0 = port 1); default mlx5_(n-1). */
  hcaMap: z.array(z.string().min(1)).min(1).optional(),
});
export type ExportChoices = z.output<typeof exportChoicesSchema>;

export interface ExportFormatInfo {
  name: string;
  description: string;
  folder: boolean;
  /** The file name suggested for the result (a folder is delivered as .zip by export.run). */
  fileName: string;
  mime: string;
}

/** The export as a file: bytes for a download, or saved by the desktop app where the user chose. */
export type ExportRunResult = FileResult;

export const exportApi = {
  /** Every export format with its suggested file name. */
  'export.formats': method<ExportFormatInfo[]>()(z.object({})),
  /**
   * Runs one export of the open project. The browser gets the file as base64 (a folder format as a
   * .zip) to download; the desktop app asks where to save it and writes it there. The page never
   * names a path (the CLI's --out is its own).
   */
  'export.run': method<ExportRunResult>()(
    z.strictObject({
      format: z.string().min(1).max(100),
      options: exportChoicesSchema.default({ revision: 'A' }),
    }),
    { progress: true },
  ),
};
