// Which file is which, when the user picks a handful at once to bring a hall in (the app's Import,
// api 'import.hall'): NetBox's racks, devices and cables exports (CSV, JSON or YAML, named as NetBox
// names them: racks.csv, dcim_devices.csv, ...), devicetype-library YAML files (known by their
// content), or one Trayline layout JSON document (known by its "format"). NetBox's other tables
// and files it does not know are set aside, each with why (a whole export folder can be picked);
// two files for one table, or a layout with NetBox files, are problems, and nothing is imported.
import type { NetboxFileText, NetboxImportInput, RowError } from './netbox-types.js';

export type HallFileRole = 'racks' | 'devices' | 'cables' | 'device type' | 'layout' | 'ignored';

export interface SortedHallFiles {
  /** What each file was read as (an ignored one says why). */
  roles: { name: string; as: HallFileRole; why?: string }[];
  /** A layout document, alone; or NetBox's files. */
  layout: NetboxFileText | null;
  netbox: NetboxImportInput;
  problems: RowError[];
}

const head = (t: string) => t.slice(0, 2000);
const isLayout = (f: NetboxFileText) => /\.json$/i.test(f.name) && /"format"\s*:\s*"trayline-layout"/.test(head(f.text));
// a devicetype-library file is one mapping with its maker and model at the top level
const isDeviceType = (f: NetboxFileText) => /\.ya?ml$/i.test(f.name) && /^manufacturer\s*:/m.test(f.text) && /^model\s*:/m.test(f.text);
/** NetBox's other tables and a folder's readme (Trayline's own NetBox export writes them too; its
 * panels' ports are their types'). */
const SIDE = /^(readme|sites?|locations?|regions?|manufacturers?|(device[-_ ]?)?roles?|platforms?|tenants?|tags?|(rear|front)[-_ ]?ports?)([-_. ]|$)/;
/** NetBox's interfaces: the sub-ports of split ports are read from the cables' ends instead (a
 * 131k-GPU hall's interfaces.csv has 655,360 rows, over what a table may hold, and 27 MB to send). */
const INTERFACES = /^(dcim[-_])?interfaces?([-_. ]|$)/;
const TABLES = ['racks', 'devices', 'cables'] as const;

type Table = (typeof TABLES)[number];
/** A NetBox table's file: its exact name (racks.csv) before a name that merely contains it. */
function tableOf(base: string): { table: Table; exact: boolean } | null {
  const stem = base.replace(/\.(csv|json|ya?ml)$/, '');
  if (stem === base) return null;
  for (const t of TABLES) if (stem === t || stem === t.slice(0, -1) || stem === `dcim_${t}` || stem === `dcim-${t}`) return { table: t, exact: true };
  for (const t of TABLES) if (stem.includes(t.slice(0, -1))) return { table: t, exact: false };
  return null;
}

/**
 * The files sortHallFiles sets aside on their names alone, whatever their text: NetBox's side
 * tables, files of no kind it reads, and a table's second file when one has its exact name
 * (Trayline's own export folder holds cables.csv and a 12 MB cables-netbox-4.4.csv at 32k GPUs).
 * The page sends these without their text. A JSON or YAML file is read by its content, so never.
 */
export function setAsideByName(names: readonly string[]): boolean[] {
  const bases = names.map((n) => n.split(/[\\/]/).pop()!.toLowerCase());
  const tables = bases.map(tableOf);
  const exact = new Set(tables.filter((t) => t?.exact).map((t) => t!.table));
  return bases.map((base, i) => {
    if (/\.(json|ya?ml)$/.test(base)) return false;
    const t = tables[i];
    return SIDE.test(base) || INTERFACES.test(base) || !t || (!t.exact && exact.has(t.table));
  });
}

export function sortHallFiles(files: readonly NetboxFileText[]): SortedHallFiles {
  const out: SortedHallFiles = { roles: [], layout: null, netbox: {}, problems: [] };
  const problem = (file: string, reason: string) => out.problems.push({ file, line: null, column: null, reason });
  const layouts: NetboxFileText[] = [];
  const byTable = new Map<Table, { f: NetboxFileText; exact: boolean }[]>();
  const ignore = (name: string, why: string) => out.roles.push({ name, as: 'ignored', why });
  for (const f of files) {
    const base = f.name.split(/[\\/]/).pop()!.toLowerCase();
    if (isLayout(f)) {
      layouts.push(f);
      out.roles.push({ name: f.name, as: 'layout' });
    } else if (isDeviceType(f)) {
      (out.netbox.deviceTypes ??= []).push(f);
      out.roles.push({ name: f.name, as: 'device type' });
    } else if (SIDE.test(base)) ignore(f.name, base.startsWith('readme') ? 'the export folder\'s readme' : 'a NetBox table the import does not need');
    else if (INTERFACES.test(base) && !/\.(json|ya?ml)$/.test(base)) ignore(f.name, "NetBox's interfaces: a split port's sub-ports are read from the cables' ends (a split port no cable uses comes back whole; `trayline import-netbox --interfaces` reads the file)");
    else {
      const t = tableOf(base);
      if (!t && /\.json$/.test(base)) ignore(f.name, 'a JSON file that is not a Trayline layout (no "format": "trayline-layout" at its start) and not named as a NetBox racks, devices or cables export');
      else if (!t) ignore(f.name, 'not a file the import knows: NetBox exports named racks, devices or cables (CSV, JSON or YAML), devicetype-library YAML, or a Trayline layout JSON');
      else byTable.set(t.table, [...(byTable.get(t.table) ?? []), { f, exact: t.exact }]);
    }
  }
  for (const [table, list] of byTable) {
    // (Trayline's own export writes cables.csv and cables-netbox-4.4.csv: the exact name is the one)
    const exact = list.filter((x) => x.exact);
    const chosen = exact.length ? exact : list;
    if (chosen.length > 1) problem(chosen[1]!.f.name, `${chosen[0]!.f.name} is the ${table} file already: give one ${table} export`);
    out.netbox[table] = chosen[0]!.f;
    for (const x of list) {
      if (x === chosen[0]) out.roles.push({ name: x.f.name, as: table });
      else if (!chosen.includes(x)) ignore(x.f.name, `${chosen[0]!.f.name} is the ${table} file`);
    }
  }
  const netboxFiles = out.roles.filter((r) => r.as !== 'ignored' && r.as !== 'layout').length;
  if (layouts.length > 1) problem(layouts[1]!.name, `${layouts[0]!.name} is a layout document already: import one at a time`);
  else if (layouts.length === 1 && netboxFiles > 0) problem(layouts[0]!.name, 'a layout document is imported alone, not with NetBox files');
  else if (layouts.length === 1) out.layout = layouts[0]!;
  else if (!out.problems.length && !out.netbox.racks && !out.netbox.devices && !out.netbox.cables) {
    problem(files[0]?.name ?? '(none)', out.netbox.deviceTypes ? 'device types alone make no hall: add NetBox racks, devices or cables, or import them under Catalog, Import NetBox' : 'no NetBox racks, devices or cables export and no layout JSON among the files');
  }
  return out;
}
