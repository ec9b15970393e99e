// A folder NetBox can import: CSVs for its bulk import pages (with the patch panels' rear and front
// ports, and trunks as cables between rear ports), devicetype-library YAML for the device types
// NetBox does not have, and a README with the import order.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyCsv } from '../../core/export/csv.js';
import * as yaml from 'js-yaml';
import { deviceTypeDefinition, NETBOX_COLUMNS, netboxTables, slugify, typesToDefine } from '../../core/export/netbox.js';
import { profileSince, type NetboxCable } from '../../core/export/netbox-cables.js';
import { CDU_MANUFACTURER, CDU_ROLE, cduTypeDefinitions } from '../../core/export/netbox-cdus.js';
import { NETBOX_REST_SCRIPT, NETBOX_REST_SCRIPT_NAME } from './netbox-rest-script.js';
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
      ['devices.csv', csv(t.devices.some((d) => d['role'] === CDU_ROLE.name) ? NETBOX_COLUMNS.devicesWithComments : NETBOX_COLUMNS.devices, t.devices)],
      ...(t.interfaces.length ? ([['interfaces.csv', csv(NETBOX_COLUMNS.interfaces, t.interfaces)]] as [string, string][]) : []),
      ...(t.rearPorts.length ? ([
        ['rear-ports.csv', csv(NETBOX_COLUMNS.rearPorts, t.rearPorts)],
        ['front-ports.csv', csv(NETBOX_COLUMNS.frontPorts, t.frontPorts)],
      ] as [string, string][]) : []),
      ['cables.csv', csv(NETBOX_COLUMNS.cables, t.cables)],
      ['cables-netbox-4.4.csv', csv(NETBOX_COLUMNS.cablesLegacy, t.cablesLegacy)],
      ...(t.assemblies.length ? ([
        ['cable-assemblies.json', `${JSON.stringify(assembliesJson(site, t.assemblies), null, 2)}\n`],
        [NETBOX_REST_SCRIPT_NAME, NETBOX_REST_SCRIPT],
        ['cable-assemblies.csv', csv(NETBOX_COLUMNS.cables, t.assemblyRows)],
      ] as [string, string][]) : []),
    ];
    const typeFiles: string[] = [];
    for (const dt of defs) {
      const rel = join('device-types', dt.manufacturer.replace(/[/\\]/g, '-'), `${slugify(dt.model)}.yaml`);
      typeFiles.push(rel);
      files.push([rel, `---\n${yaml.dump(deviceTypeDefinition(dt), { lineWidth: 120, noRefs: true })}`]);
    }
    for (const def of cduTypeDefinitions(ctx.index.snap.cdus ?? [])) {
      const rel = join('device-types', CDU_MANUFACTURER, `${String(def['slug'])}.yaml`);
      typeFiles.push(rel);
      files.push([rel, `---\n${yaml.dump(def, { lineWidth: 120, noRefs: true })}`]);
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

/** The body of POST /api/dcim/cables/ with each termination named by device and port (netbox-cables.py looks up its id). */
export function assembliesJson(site: string, cables: NetboxCable[]): Record<string, unknown> {
  const side = (ts: NetboxCable['a']) => ts.map((t) => ({ object_type: t.type, device: t.device, name: t.name }));
  return {
    comment: 'NetBox 4.5+ REST API: POST /api/dcim/cables/ after each termination\'s object_id is looked up (netbox-cables.py does both; README.md)',
    site,
    site_slug: slugify(site),
    cables: cables.map((c) => ({
      label: c.label,
      type: c.type,
      status: c.status,
      profile: c.profile,
      length: c.lengthM === null ? null : Number(c.lengthM),
      length_unit: c.lengthM === null ? '' : 'm',
      a_terminations: side(c.a),
      b_terminations: side(c.b),
    })),
  };
}

function readme(site: string, date: string, t: ReturnType<typeof netboxTables>, typeFiles: string[]): string {
  const unrouted = t.cables.filter((c) => c['length'] === '').length;
  const cdus = t.devices.filter((d) => d['role'] === CDU_ROLE.name).length;
  const panels = t.rearPorts.length > 0;
  const trunks = t.cables.filter((c) => c['side_a_type'] === 'dcim.rearport' && c['side_b_type'] === 'dcim.rearport').length;
  const legs = t.extraLegs.length
    ? `\n## Legs to add by hand (NetBox up to 4.4 only)\n\nNetBox up to 4.4 has no cable profiles and its cable import takes one termination per side, so in\n\`cables-netbox-4.4.csv\` each harness or multi-leg trunk is its first leg; add these legs to that\ncable (edit the cable, add the termination). NetBox 4.5 and later need none of this (step ${6 + (panels ? 1 : 0) + (t.interfaces.length ? 1 : 0)}).\n\n${t.extraLegs.map((l) => `- ${l.label} (assembly ${l.assembly}, leg ${l.leg}): ${l.a} - ${l.b}`).join('\n')}\n`
    : '';
  const profiles = [...new Set([...t.cables, ...t.assemblyRows].map((c) => String(c['profile'])).filter((p) => p))].sort();
  const assemblies = t.assemblies.length
    ? `
   Then the ${t.assemblies.length} ${t.assemblies.length === 1 ? 'cable' : 'cables'} made of several legs (breakout harnesses, multi-leg trunks), each one NetBox
   cable with all its terminations and its profile (a breakout profile, or trunk-KcNp: leg k is connector k
   at both ends). NetBox's CSV import takes one termination per side up to 4.6, so either
   - REST API (NetBox 4.5+): \`NETBOX_URL=https://netbox.example.com NETBOX_TOKEN=<your API token> python3 ${NETBOX_REST_SCRIPT_NAME} cable-assemblies.json\`
     looks each port up by site, device and name and sends one \`POST /api/dcim/cables/\` with the
     \`a_terminations\` / \`b_terminations\` lists (all or nothing); add \`--dry-run\` to print the request body first; or
   - NetBox 4.7 or later: import \`cable-assemblies.csv\` on the Cables import page (several names in one cell,
     comma-separated, one device per name where the legs reach several panels).`
    : '';
  const profileNote = profiles.length
    ? `
   Profiles used (NetBox dcim/choices.py CableProfileChoices) and the NetBox release that has each: ${profiles.map((p) => `\`${p}\` ${profileSince(p)}`).join(', ')}.
   An empty profile (a trunk between rear ports of a position count no profile has) traces the legacy way.`
    : '';
  let step = 6;
  const split = t.interfaces.filter((i) => i['parent'] !== '').length;
  const interfaceStep = t.interfaces.length
    ? `${step++}. **Interfaces** — \`interfaces.csv\`: the ${t.interfaces.length.toLocaleString('en-US')} interfaces the devices have beyond their device types${split ? ` (${split.toLocaleString('en-US')} breakout sub-ports, e.g. swp1s0 and swp1s1 of an 800G swp1 run as 2 x 400G, each with the type's port as its \`parent\`)` : ''}: Devices > Interfaces > Import. The cables end on them.
`
    : '';
  const panelStep = panels
    ? `${step++}. **Panel ports** — only if your panels' device types in NetBox have no front and rear ports
   (NetBox creates a device's ports, and their map, from its device type, step 2): \`rear-ports.csv\`, then
   \`front-ports.csv\` (each front port's rear_port and rear_port_position). NetBox refuses ports that
   already exist, all or nothing, so importing them over ports made from the type changes nothing.
   The rear_port columns are those of NetBox up to 4.4 and again from its fix of issue 22752 (4.6.x);
   4.5 and early 4.6 import front ports without them, so use the device types' map there.
`
    : '';
  return `# NetBox import (exported by Trayline, ${date})

Site: \`${site}\` · ${t.racks.length} racks · ${t.devices.length} devices · ${t.cables.length + t.assemblies.length} cables${t.assemblies.length ? ` (${t.assemblies.length} of several legs)` : ''}${trunks ? ` (${trunks} ${trunks === 1 ? 'trunk' : 'trunks'} between panels' rear ports)` : ''}${unrouted ? ` (${unrouted} not routed yet: no length)` : ''}

Columns follow NetBox v4.6's bulk import forms (dcim/forms/bulk_import.py). Import is
all-or-nothing per file, and each step needs the objects of the steps before it, so import in
this order (Organization / Devices / Connections menus, each model's **Import** button, format CSV):

1. **Manufacturers** — \`manufacturers.csv\` (skip rows NetBox already has).
2. **Device types** — ${typeFiles.length ? `the YAML files under \`device-types/\` (${typeFiles.length}: ${typeFiles.map((f) => `\`${f}\``).join(', ')}), in devicetype-library format: Devices > Device Types > Import, paste each file (or use the devicetype-library import script).` : 'none needed: every device type used came from the NetBox devicetype-library; import those from the library first.'}
   Device types that came from the library are expected to exist under their library model names.${panels ? `
   Patch panels and cassettes carry their front-to-rear map twice: \`rear_port\` / \`rear_port_position\`
   on each front port (NetBox up to 4.4) and a \`port-mappings\` list (NetBox 4.5 and later, the
   devicetype-library's current schema); each version reads its own and ignores the other.` : ''}
3. **Sites and locations** — \`sites.csv\` then \`locations.csv\` (one location per hall).
4. **Racks** — \`racks.csv\` (facility_id is the TIA-606 grid location, e.g. AJ05; status planned).
5. **Device roles** — \`device-roles.csv\`, then **Devices** — \`devices.csv\` (status planned, rack position = lowest U).
${interfaceStep}${panelStep}${step}. **Cables** — NetBox 4.5 or later: \`cables.csv\` (interfaces must exist, i.e. the device types must carry the same port names;
   each cable's \`profile\`: single-1c1p for a cord, single-1cNp for a trunk between two N-position rear ports;
   type from the media: dac-passive, dac-active, aoc, mmf-om3/om4/om5, smf-os2; length in metres is
   the ordered length; status planned / connected (installed) / decommissioning).${panels ? `
   Jumpers end on panels' front ports (\`dcim.frontport\`) and trunks join two rear ports
   (\`dcim.rearport\`): with the panels' maps in place NetBox traces each path from interface to
   interface through the panels (a device's interface > Trace).` : ''}${profileNote}${assemblies}
   NetBox up to 4.4 (no \`profile\` field: the column would fail its import): import \`cables-netbox-4.4.csv\`
   instead${t.extraLegs.length ? ', then add the legs listed at the end of this file by hand' : ''}.

Notes
- Cable lengths are empty for cables not routed yet; re-export after routing.
- Patch-panel front ports without rear ports cannot be expressed in NetBox and are left out.
- Power ports carry maximum_draw only where the catalog gives a sourced figure; nothing is invented.
${cdus ? `- NetBox has no cooling model: ${cdus === 1 ? 'the CDU is a device' : `the ${cdus} CDUs are devices`} of role \`cdu\` on 0 U device types of
  manufacturer ${CDU_MANUFACTURER} (\`device-types/${CDU_MANUFACTURER}/\`), in no rack U; the racks each one serves and its
  place on the floor are in its comments.
` : ''}${legs}`;
}
