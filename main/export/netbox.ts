// A folder NetBox can import: CSVs for its bulk import pages, devicetype-library YAML for the
// device types NetBox does not have, and a README with the import order.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyCsv } from '../../core/export/csv.js';
import * as yaml from 'js-yaml';
import { deviceTypeDefinition, NETBOX_COLUMNS, netboxTables, slugify, typesToDefine } from '../../core/export/netbox.js';
import { exportContext, writeFolderAtomically } from './context.js';
import type { ExportOptions, ExportSource } from './types.js';

function csv(columns: readonly string[], rows: Record<string, string | number>[]): string {
  return stringifyCsv(rows, { header: true, columns: columns.map((c) => ({ key: c, header: c })) });
}

export async function writeNetbox(src: ExportSource, outDir: string, opts: ExportOptions): Promise<void> {
  const ctx = exportContext(src, opts);
  const site = ctx.choices.site ?? ctx.project;
  const t = netboxTables(ctx.index, site);
  const defs = typesToDefine(ctx.index);
  ctx.progress('netbox', 0, 1);
  await writeFolderAtomically(outDir, async (tmp) => {
    const files: [string, string][] = [
      ['manufacturers.csv', csv(NETBOX_COLUMNS.manufacturers, t.manufacturers)],
      ['device-roles.csv', csv(NETBOX_COLUMNS.deviceRoles, t.deviceRoles)],
      ['sites.csv', csv(NETBOX_COLUMNS.sites, t.sites)],
      ['locations.csv', csv(NETBOX_COLUMNS.locations, t.locations)],
      ['racks.csv', csv(NETBOX_COLUMNS.racks, t.racks)],
      ['devices.csv', csv(NETBOX_COLUMNS.devices, t.devices)],
      ['cables.csv', csv(NETBOX_COLUMNS.cables, t.cables)],
    ];
    const typeFiles: string[] = [];
    for (const dt of defs) {
      const rel = join('device-types', dt.manufacturer.replace(/[/\\]/g, '-'), `${slugify(dt.model)}.yaml`);
      typeFiles.push(rel);
      files.push([rel, `---\n${yaml.dump(deviceTypeDefinition(dt), { lineWidth: 120, noRefs: true })}`]);
    }
    files.push(['README.md', readme(site, ctx.date, t, typeFiles)]);
    for (const [rel, text] of files) {
      mkdirSync(join(tmp, rel, '..'), { recursive: true });
      writeFileSync(join(tmp, rel), text);
    }
    return files.map(([rel]) => rel);
  });
  ctx.progress('netbox', 1, 1);
}

function readme(site: string, date: string, t: ReturnType<typeof netboxTables>, typeFiles: string[]): string {
  const unrouted = t.cables.filter((c) => c['length'] === '').length;
  return `# NetBox import (exported by Trayline, ${date})

Site: \`${site}\` · ${t.racks.length} racks · ${t.devices.length} devices · ${t.cables.length} cables${unrouted ? ` (${unrouted} not routed yet: no length)` : ''}

Columns follow NetBox v4.6's bulk import forms (dcim/forms/bulk_import.py). Import is
all-or-nothing per file, and each step needs the objects of the steps before it, so import in
this order (Organization / Devices / Connections menus, each model's **Import** button, format CSV):

1. **Manufacturers** — \`manufacturers.csv\` (skip rows NetBox already has).
2. **Device types** — ${typeFiles.length ? `the YAML files under \`device-types/\` (${typeFiles.length}: ${typeFiles.map((f) => `\`${f}\``).join(', ')}), in devicetype-library format: Devices > Device Types > Import, paste each file (or use the devicetype-library import script).` : 'none needed: every device type used came from the NetBox devicetype-library; import those from the library first.'}
   Device types that came from the library are expected to exist under their library model names.
3. **Sites and locations** — \`sites.csv\` then \`locations.csv\` (one location per hall).
4. **Racks** — \`racks.csv\` (facility_id is the TIA-606 grid location, e.g. AJ05; status planned).
5. **Device roles** — \`device-roles.csv\`, then **Devices** — \`devices.csv\` (status planned, rack position = lowest U).
6. **Cables** — \`cables.csv\` (interfaces must exist, i.e. the device types must carry the same port names;
   type from the media: dac-passive, dac-active, aoc, mmf-om3/om4/om5, smf-os2; length in metres is
   the ordered length; status planned / connected (installed) / decommissioning).

Notes
- Cable lengths are empty for cables not routed yet; re-export after routing.
- Patch-panel front ports without rear ports cannot be expressed in NetBox and are left out.
- Power ports carry maximum_draw only where the catalog gives a sourced figure; nothing is invented.
`;
}
