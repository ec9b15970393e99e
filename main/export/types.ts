// What an export format is and what it reads. Exporters read the project only through an
// ExportSource, which the application layer (main/app/export.ts) builds from db/'s readers, so
// nothing here touches SQLite.
import type { ExportChoices } from '../../core/api/export.js';
import type { ScheduleSource } from '../../core/export/schedule.js';
import type { ProjectSnapshot } from '../../core/model/entities.js';

export interface ExportOptions {
  /** The project file being exported, for titles and file names. */
  projectPath: string;
  /** Progress of a long export; the CLI prints it on stderr. */
  progress(phase: string, done: number, total: number): void;
  /** What the CLI (--label-size, --racks, ...) and export.run choose; validated by exportOptions(). */
  choices?: Partial<ExportChoices>;
}

/** The project as the exporters read it. */
export interface ExportSource {
  /** The whole project as plain data. */
  snapshot(): ProjectSnapshot;
  /** The cable schedule, streamed in pull-sheet order (for 100,000 cables). */
  schedule(): ScheduleSource;
  /** The layout JSON document, formatted. */
  layoutJson(): string;
}

export interface ExportFormat {
  /** The plain name the Export tab lists ("Trunk schedule (CSV)"). */
  title: string;
  /** One line for `trayline export --help` and the Export tab. */
  description: string;
  /** Takes the hall option: 'one' exports exactly one hall, 'any' one hall or (without it) every hall. */
  hall?: 'one' | 'any';
  /** The file name the UI offers (a folder format travels as a .zip). */
  fileName: string;
  mime: string;
  /** Writes a folder of files rather than one file (cannot go to stdout). */
  folder?: boolean;
  /** Writes at outPath; `--out -` is handled by the CLI (a temporary file copied to stdout). */
  write(src: ExportSource, outPath: string, opts: ExportOptions): Promise<void>;
}
