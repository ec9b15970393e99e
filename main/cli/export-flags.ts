// The `trayline export` flags behind the export choices (core/api/export.ts), for parseArgs.
import type { ExportChoices } from '../../core/api/export.js';

export const EXPORT_FLAGS = {
  'label-size': { type: 'string' },
  outlines: { type: 'boolean' },
  racks: { type: 'string' },
  hall: { type: 'string' },
  revision: { type: 'string' },
  date: { type: 'string' },
  site: { type: 'string' },
} as const;

export const EXPORT_FLAGS_HELP = `Options for the drawing, label and NetBox formats:
  --label-size ID   labels-pdf stock: wrap-1x1.5in (default), wrap-1.5x2in, flag-2x0.75in,
                    a4-70x37mm, or a custom WxHin / WxHmm
  --outlines        labels-pdf: faint dashed outlines of each label's printable area
  --racks A,B,...   floor plan of these racks only (others in view greyed); elevations of these
  --hall NAME       floor plan of this hall (default: the selected racks' hall, else the first)
  --revision REV    title block revision (default A)
  --date YYYY-MM-DD title block date (default today)
  --site NAME       NetBox site (default: the project file name)
`;

type FlagValues = { [K in keyof typeof EXPORT_FLAGS]?: string | boolean | undefined };

/** Flags as export choices; exportContext validates them and names a bad one. */
export function choicesFromFlags(v: FlagValues): Partial<ExportChoices> {
  const s = (x: string | boolean | undefined) => (typeof x === 'string' ? x : undefined);
  const out: Partial<ExportChoices> = {};
  if (s(v['label-size']) !== undefined) out.labelSize = s(v['label-size'])!;
  if (v.outlines === true) out.outlines = true;
  if (s(v.racks) !== undefined) out.racks = s(v.racks)!.split(',').map((r) => r.trim()).filter(Boolean);
  if (s(v.hall) !== undefined) out.hall = s(v.hall)!;
  if (s(v.revision) !== undefined) out.revision = s(v.revision)!;
  if (s(v.date) !== undefined) out.date = s(v.date)!;
  if (s(v.site) !== undefined) out.site = s(v.site)!;
  return out;
}
