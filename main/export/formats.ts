// The export formats `trayline export --format NAME` knows. Each writes one file (or a folder when
// `folder` is set) at outPath; `--out -` is handled by the command (it writes a temporary file and
// copies it to stdout), so a format only ever writes to a path.
import { writeFileSync } from 'node:fs';
import type { Db } from '../../db/open.js';
import { exportLayout, formatLayout } from '../../db/layout-export.js';
import { FABRIC_FORMATS } from './fabric-formats.js';
import { TRAYLINE_FORMATS } from './trayline-formats.js';

export interface ExportOptions {
  /** The project file being exported, for titles and file names. */
  projectPath: string;
  /** Progress of a long export; the CLI prints it on stderr. */
  progress(phase: string, done: number, total: number): void;
}

export interface ExportFormat {
  /** One line for `trayline export --help`. */
  description: string;
  /** Writes a folder of files rather than one file (cannot go to stdout). */
  folder?: boolean;
  write(db: Db, outPath: string, opts: ExportOptions): Promise<void>;
}

export const FORMATS: Record<string, ExportFormat> = {
  json: {
    description: 'layout JSON (docs/layout-json.md): halls, rows, feeds, racks, devices, trays, cables; re-importable',
    async write(db, outPath) {
      writeFileSync(outPath, formatLayout(exportLayout(db)));
    },
  },
  // Cable schedule, BOM, labels, NetBox and drawings (issue 7): main/export/trayline-formats.ts.
  ...TRAYLINE_FORMATS,
  // ibnetdiscover, UFM cable validation, Slurm topology and bring-up order (issue 15): main/export/fabric-formats.ts.
  ...FABRIC_FORMATS,
};
