// `trayline catalog list|import-netbox|set-price FILE ...`: the project's device types and media.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isNetboxYamlName, type NetboxFile } from '../../../core/catalog/netbox/convert.js';
import { catalogListing, importDeviceTypes, setDeviceFigures, setDevicePrice, setPrice as setMediaPrice, type DeviceFigures } from '../../app/catalog.js';
import { closeProject, openProjectFile } from '../../app/project.js';
import { deviceDrawLabel } from '../../../core/model/power.js';
import { UsageError, type Command } from '../command.js';
import { readInputText } from '../read-input.js';

const usage = `Usage:
  trayline catalog list FILE [--json]
  trayline catalog import-netbox FILE PATH... [--json]
  trayline catalog set-price FILE ID USD [--per-m USD] [--json]
  trayline catalog set-figure FILE SLUG FIELD VALUE [--json]

list          Device types (with ports) and media (reach, power per end, price, stock lengths)
              held in the project FILE. --json prints {"deviceTypes": [...], "media": [...]}.
import-netbox Imports NetBox devicetype-library YAML files (.yaml/.yml). A PATH may be a file or
              a folder, read recursively. Files that fail validation are listed with the reason
              and skipped; the rest are written in one transaction. Re-importing updates device
              types by slug. Figures a file does not give stay empty and are listed as gaps.
              --json prints {"imported", "updated", "skipped": [{"file", "reason"}], "types"}.
set-price     Sets the unit price in USD of a media id or a device type slug in the project's
              price list ("none" clears it). The price is then the user's, not an estimate.
              A made assembly (an MPO trunk) is priced per assembly: USD is its base and
              --per-m its price per metre of ordered length (without --per-m it keeps the one
              it has; --per-m none: a flat price per assembly).
set-figure    Fills in a figure a source lacks (or corrects one) for device type SLUG: FIELD is
              max-power-w, typical-power-w, weight-kg or airflow; "none" clears it. The figure's
              source then reads "entered by the user" and the gap about it is dropped.

Exit codes: 0 done; 1 import-netbox skipped some files; 2 bad usage or input.
`;

/** --json and positionals; a bad option (e.g. a negative number read as one) is a usage error. */
function args(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false }, 'per-m': { type: 'string' } } });
}

function collectYaml(paths: string[]): NetboxFile[] {
  const out: NetboxFile[] = [];
  const walk = (p: string, top: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name), false);
    } else if (top || isNetboxYamlName(p)) {
      if (top && !isNetboxYamlName(p)) throw new UsageError(`${p}: not a .yaml or .yml file`);
      out.push({ name: p, text: readInputText(p) });
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

async function list(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv);
  if (positionals.length !== 1) throw new UsageError('expected: trayline catalog list FILE [--json]');
  const p = openProjectFile(positionals[0]!, { readonly: true });
  try {
    const listing = catalogListing(p.db);
    if (values.json) {
      process.stdout.write(JSON.stringify(listing) + '\n');
      return 0;
    }
    const lines = [`Device types (${listing.deviceTypes.length}):`];
    for (const t of listing.deviceTypes) {
      const power = deviceDrawLabel(t) ?? 'power unknown';
      const price = t.unitCost === null ? 'no price' : `$${t.unitCost.toLocaleString('en-US')}${t.costEstimate ? ' (est.)' : ''}`;
      lines.push(`  ${t.slug.padEnd(34)} ${`${t.manufacturer} ${t.model}`.padEnd(36)} ${String(t.uHeight).padStart(3)}U  ${power.padEnd(18)} ${`${t.ports.length} ports`.padEnd(10)} ${price}`);
    }
    lines.push('', `Media (${listing.media.length}):`);
    for (const m of listing.media) {
      const speed = m.speedGbps ? `${m.speedGbps}G` : 'any';
      const price = m.unitCost === null ? 'no price' : `${priceText(m.unitCost, m.perMUsd)}${m.costEstimate ? ' (est.)' : ''}`;
      const power = m.powerW === null ? 'power ?' : `${m.powerW} W/end`;
      lines.push(`  ${m.id.padEnd(34)} ${m.kind.padEnd(11)} ${speed.padStart(5)} ${m.formFactor.padEnd(24)} ${(m.fiber ?? '-').padEnd(4)} ${`${m.maxReachM} m`.padStart(8)}  ${power.padEnd(10)} ${price}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  } finally {
    closeProject(p);
  }
}

async function importNetbox(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv);
  if (positionals.length < 2) throw new UsageError('expected: trayline catalog import-netbox FILE PATH... [--json]');
  const [file, ...paths] = positionals as [string, ...string[]];
  const files = collectYaml(paths);
  if (files.length === 0) throw new UsageError(`no .yaml or .yml files under ${paths.join(', ')}`);
  const p = openProjectFile(file);
  try {
    const showProgress = !values.json && process.stderr.isTTY;
    const summary = importDeviceTypes(p.db, files, (phase, done, total) => {
      if (showProgress && (done === total || done % 100 === 0)) process.stderr.write(`\r${phase} ${done}/${total}`);
    });
    if (showProgress) process.stderr.write('\n');
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else {
      const lines = [`Imported ${summary.imported}, updated ${summary.updated}, skipped ${summary.skipped.length} of ${files.length} files.`];
      for (const s of summary.skipped) lines.push(`  skipped ${s.file}: ${s.reason}`);
      for (const t of summary.types.filter((x) => x.gaps.length > 0)) {
        lines.push(`  ${t.slug} (${t.file}):`);
        for (const g of t.gaps) lines.push(`    - ${g}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
    return summary.skipped.length > 0 ? 1 : 0;
  } finally {
    closeProject(p);
  }
}

/** A price argument in USD ("$1,200" or "none"), or a usage error naming the argument. */
function priceArg(text: string, what: string): number | null {
  if (text.toLowerCase() === 'none') return null;
  const v = Number(text.replace(/^\$/, '').replace(/,/g, ''));
  if (!Number.isFinite(v) || v < 0) throw new UsageError(`${what}: "${text}" is not a price (a number >= 0, or "none")`);
  return v;
}

/** "$180 + $1.2/m" for an assembly priced per metre, "$180" otherwise. */
function priceText(unit: number | null, perM: number | null): string {
  if (unit === null) return 'no price';
  return perM == null ? `$${unit.toLocaleString('en-US')}` : `$${unit.toLocaleString('en-US')} + $${perM}/m`;
}

async function setPrice(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv);
  if (positionals.length !== 3) throw new UsageError('expected: trayline catalog set-price FILE ID USD (ID: a media id or a device type slug)');
  const [file, id, usdText] = positionals as [string, string, string];
  const usd = priceArg(usdText, 'USD');
  const perM = values['per-m'] === undefined ? undefined : priceArg(values['per-m'], '--per-m');
  const p = openProjectFile(file);
  try {
    let unitCost: number | null;
    let perMUsd: number | null | undefined;
    const m = setMediaPrice(p.db, id, usd, perM);
    if (m) {
      unitCost = m.unitCostUsd;
      perMUsd = m.assembly ? m.assembly.costPerMUsd : undefined;
    } else {
      if (perM !== undefined) throw new UsageError(`--per-m: "${id}" is not a media id (a price per metre is only for a made assembly)`);
      const t = setDevicePrice(p.db, id, usd);
      if (!t) throw new UsageError(`${file}: no media id or device type slug "${id}" in the catalog (trayline catalog list ${file})`);
      unitCost = t.unitCostUsd ?? null;
    }
    if (values.json) process.stdout.write(JSON.stringify({ id, unitCost, ...(perMUsd !== undefined ? { perMUsd } : {}) }) + '\n');
    else process.stdout.write(`${id}: ${priceText(unitCost, perMUsd ?? null)}\n`);
    return 0;
  } finally {
    closeProject(p);
  }
}

const FIELDS: Record<string, keyof DeviceFigures> = {
  'max-power-w': 'maxPowerW',
  'typical-power-w': 'typicalPowerW',
  'weight-kg': 'weightKg',
  airflow: 'airflow',
};

async function setFigure(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv);
  if (positionals.length !== 4) throw new UsageError('expected: trayline catalog set-figure FILE SLUG FIELD VALUE');
  const [file, slug, fieldText, valueText] = positionals as [string, string, string, string];
  const field = FIELDS[fieldText];
  if (!field) throw new UsageError(`FIELD: "${fieldText}" is not one of ${Object.keys(FIELDS).join(', ')}`);
  let value: number | string | null = valueText.toLowerCase() === 'none' ? null : valueText;
  if (value !== null && field !== 'airflow') {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || (field !== 'weightKg' && !Number.isInteger(n))) {
      throw new UsageError(`VALUE: "${valueText}" is not a ${field === 'weightKg' ? 'number of kg' : 'whole number of watts'} >= 0 (or "none")`);
    }
    value = n;
  }
  const p = openProjectFile(file);
  try {
    const t = setDeviceFigures(p.db, slug, { [field]: value });
    if (!t) throw new UsageError(`${file}: no device type "${slug}" in the catalog (trayline catalog list ${file})`);
    if (values.json) process.stdout.write(JSON.stringify({ slug: t.slug, [field]: t[field], gaps: t.gaps ?? [] }) + '\n');
    else process.stdout.write(`${t.slug}: ${fieldText} = ${t[field] ?? 'none'}\n`);
    return 0;
  } finally {
    closeProject(p);
  }
}

const SUBCOMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  list,
  'import-netbox': importNetbox,
  'set-price': setPrice,
  'set-figure': setFigure,
};

const command: Command = {
  summary: 'List the catalog, import NetBox device types, edit prices and missing figures',
  usage,
  async run(argv) {
    const [sub, ...rest] = argv;
    const fn = sub ? SUBCOMMANDS[sub] : undefined;
    if (!fn) throw new UsageError(`expected a subcommand: ${Object.keys(SUBCOMMANDS).join(', ')} (trayline catalog --help)`);
    return fn(rest);
  },
};
export default command;
