// The `trayline export` flags behind the export choices (core/api/export.ts), for parseArgs.
import type { ExportChoices } from '../../core/api/export.js';
import { parseHcaMap } from '../../core/ib/ports.js';

export const EXPORT_FLAGS = {
  'label-size': { type: 'string' },
  outlines: { type: 'boolean' },
  racks: { type: 'string' },
  hall: { type: 'string' },
  revision: { type: 'string' },
  date: { type: 'string' },
  site: { type: 'string' },
  block: { type: 'boolean' },
  'block-by': { type: 'string' },
  'hca-map': { type: 'string' },
} as const;

export const EXPORT_FLAGS_HELP = `Options for the drawing, label and NetBox formats:
  --label-size ID   labels-pdf stock: wrap-1x1.5in (default), wrap-1.5x2in, flag-2x0.75in,
                    a4-70x37mm, or a custom WxHin / WxHmm
  --outlines        labels-pdf: faint dashed outlines of each label's printable area
  --racks A,B,...   floor plan of these racks only (others in view greyed); elevations of these
  --hall NAME       export this hall only (every format but json): its cables, racks, labels,
                    BOM, floor plan; without it the whole project (a floor plan: the selected
                    racks' hall, else the first)
  --revision REV    title block revision (default A)
  --date YYYY-MM-DD title block date (default today)
  --site NAME       NetBox site (default: the project file name)

Options for the InfiniBand, UFM, Slurm and bring-up formats (one hall each):
  --hall NAME       the hall to export (required when the project has several)
  --block           slurm-topology: the block form (topology/block), one block per scalable unit
  --block-by B      ... blocks by su (default), nvlink (an NVL72 rack-scale system, else one
                    server) or rack
  --hca-map CSV     ibnetdiscover, ufm-*: host adapter names from a UFM "port,hca-name" file
                    (default: port 1 is mlx5_0, port 2 mlx5_1 ...)

Options for the trunk, panel map and jumper formats:
  --hall NAME       only the trunks, panels and jumpers of this hall (default: every hall)
`;

type FlagValues = { [K in keyof typeof EXPORT_FLAGS]?: string | boolean | undefined };

/**
 * Flags as export choices; exportContext validates them and names a bad one. `readText` reads a
 * file a flag names (the HCA mapping).
 */
export function choicesFromFlags(v: FlagValues, readText: (path: string) => string = () => ''): Partial<ExportChoices> {
  const s = (x: string | boolean | undefined) => (typeof x === 'string' ? x : undefined);
  const out: Partial<ExportChoices> = {};
  if (s(v['label-size']) !== undefined) out.labelSize = s(v['label-size'])!;
  if (v.outlines === true) out.outlines = true;
  if (s(v.racks) !== undefined) out.racks = s(v.racks)!.split(',').map((r) => r.trim()).filter(Boolean);
  if (s(v.hall) !== undefined) out.hall = s(v.hall)!;
  if (s(v.revision) !== undefined) out.revision = s(v.revision)!;
  if (s(v.date) !== undefined) out.date = s(v.date)!;
  if (s(v.site) !== undefined) out.site = s(v.site)!;
  const by = s(v['block-by']);
  if (v.block === true || by !== undefined) out.block = (by ?? 'su') as ExportChoices['block'];
  const map = s(v['hca-map']);
  if (map !== undefined) out.hcaMap = parseHcaMap(map, readText(map));
  return out;
}
