// What an import of devicetype-library files reports, to the CLI (--json) and the UI alike.

export interface ImportedType {
  file: string;
  slug: string;
  model: string;
  action: 'imported' | 'updated';
  ports: number;
  /** Figures the file does not give (left null) and oddities found, in words. */
  gaps: string[];
}

export interface NetboxImportSummary {
  imported: number;
  updated: number;
  skipped: { file: string; reason: string }[];
  types: ImportedType[];
}
