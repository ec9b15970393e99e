// `trayline compare [FILE] (--gpus N | --scalable-units N) [options] [--vary F=V1,V2]... [--json]
// [--out PATH]`: the same inputs under every architecture, one row each (switches, links, optics,
// power, cost split, failure exposure), for each combination of the varied inputs.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { costGaps, type CompareRow } from '../../../core/economics/compare.js';
import { FabricInputError } from '../../../core/fabric/hardware.js';
import { parseVary, VARY_FLAG, type CompareSet, type VaryAxis } from '../../../core/economics/vary.js';
import type { CompareInputsIn } from '../../../core/fabric/inputs.js';
import { COMPARE_FORMATS, compareFormatOf, writeComparison, type CompareFormat } from '../../app/compare-export.js';
import { compareFabrics } from '../../app/fabric.js';
import { closeProject, openProjectFile, type OpenProject } from '../../app/project.js';
import { UsageError, type Command } from '../command.js';
import { FABRIC_FLAGS_HELP, FABRIC_OPTIONS, compareInputsSchema, fabricError, inputsFromFlags, parseInputs } from './generate.js';

const usage = `Usage: trayline compare [FILE] (--gpus N | --scalable-units N) [options] [--json]

Plans the same cluster as a Clos, rail-optimized, rail-only and Dragonfly fabric and prints one
row per architecture: switches by tier, links, optics, network power, network cost split into
switches, optics, cables and trunks (per GPU), and failure exposure from the failure rates
(docs/economics.md). Where two architectures come out equal, one line says why. Uses FILE's
catalog, prices and settings when given, else the built-in catalog. Writes nothing unless --out.

  --vary F=V1,V2      repeat the comparison for each value (and each combination of several
                      --vary): ${Object.values(VARY_FLAG).join(', ')}; at most 16 combinations
  --out PATH          also write the comparison: .xlsx workbook, .svg or .png chart
  --format NAME       ${Object.keys(COMPARE_FORMATS).join(' | ')} (default: from PATH's extension)
  --json              print JSON: the rows (an array of {values, label, rows, explanations} with --vary)

${FABRIC_FLAGS_HELP.replace('  --arch A                 clos | rail-optimized | rail-only | dragonfly\n', '')}
Every default price is an estimate with its source (catalog list shows them; docs/economics.md
lists them all); a project's own prices (catalog set-price) replace them. Types without a price
(a NetBox import, your own) are named and the cost is marked incomplete, never invented.`;

const fmt = (n: number | null | undefined, d = 0) => (n == null ? '-' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

/** Aligned columns; a shorter row (an architecture that cannot be built, and why) runs on past them without widening them. */
function pad(rows: string[][], right: boolean[]): string[] {
  const full = rows.filter((r) => r.length === rows[0]!.length);
  const widths = rows[0]!.map((_, i) => Math.max(...full.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => {
    if (r.length !== rows[0]!.length) return [r[0]!.padEnd(widths[0]!), ...r.slice(1)].join('  ').trimEnd();
    return r.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  });
}

function tierText(r: CompareRow): string {
  const t = r.switchesByTier ?? {};
  return 'routers' in t ? `${fmt(t.routers)} routers` : `${fmt(t.leaf)}/${fmt(t.spine)}/${fmt(t.core)}`;
}

function comboText(rows: CompareRow[], explanations: string[]): string {
  const ok = rows.filter((r) => !r.error);
  const out: string[] = [];
  out.push(
    ...pad(
      [
        ['arch', 'tiers', 'switches', 'leaf/spine/core', 'links', 'optics', 'power kW', 'W/GPU', 'cost USD', 'USD/GPU', 'switches', 'optics', 'cables', 'trunks'],
        ...rows.map((r) =>
          r.error
            ? [r.arch, `cannot build: ${r.error}`]
            : [
                r.arch,
                String(r.tiers),
                fmt(r.switches),
                tierText(r),
                fmt(r.links),
                fmt(r.transceivers),
                fmt((r.networkPowerW ?? 0) / 1000, 1),
                fmt(r.powerPerGpuW, 1),
                `${fmt(r.networkCostUsd)}${r.costComplete ? '' : '*'}`,
                fmt(r.cost!.perGpu.total),
                fmt(r.cost!.perGpu.switches),
                fmt(r.cost!.perGpu.optics),
                fmt(r.cost!.perGpu.cables),
                fmt(r.cost!.perGpu.trunks),
              ],
        ),
      ],
      [false, true, true, true, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  out.push('(USD/GPU split: switches, optics, cables, trunks)', '');
  if (ok.length) {
    out.push(
      ...pad(
        [
          ['failures / month', 'links', 'optics', 'switches', 'GPUs per switch failure', 'job interruptions', 'optics/GPU', 'connectors/GPU'],
          ...ok.map((r) => {
            const f = r.failures!;
            return [r.arch, fmt(f.linkFailuresPerMonth, 2), fmt(f.opticFailuresPerMonth, 2), fmt(f.switchFailuresPerMonth, 2), String(f.gpusPerSwitchFailure), fmt(f.jobInterruptionsPerMonth, 2), fmt(f.opticsPerGpu, 2), fmt(f.fibreConnectorsPerGpu, 2)];
          }),
        ],
        [false, true, true, true, true, true, true, true],
      ),
    );
    const f = ok[0]!.failures!;
    out.push(
      `(rates: links ${f.rates.linkPctPerMonth}%, optics ${f.rates.opticPctPerMonth}%, switches ${f.rates.switchPctPerMonth}% a month; at Meta's Llama 3 rate these GPUs would see ${fmt(f.llama3NetworkInterruptionsPerMonth, 2)} switch and cable interruptions a month)`,
    );
  }
  for (const e of explanations) out.push('', e);
  const incomplete = ok.filter((r) => !r.costComplete);
  if (incomplete.length) {
    const gaps = [...new Set(incomplete.flatMap((r) => costGaps(r)))];
    const fix = incomplete.some((r) => r.cost!.missing.length) ? ' (trayline catalog set-price)' : '';
    out.push('', `* cost incomplete: ${gaps.join('; ')}${fix}`);
  }
  const est = new Map<string, string>();
  const money = (usd: number) => `$${fmt(usd, usd % 1 ? 2 : 0)}`;
  for (const r of ok) for (const e of r.cost!.estimates) est.set(e.id, e.perMUsd == null ? money(e.usd) : `${money(e.usd)} + ${money(e.perMUsd)}/m`);
  if (est.size) out.push('', `Estimated prices (not quotes; sources: catalog list, docs/economics.md, --json): ${[...est].map(([id, price]) => `${id} ${price}`).join(' · ')}`);
  return out.join('\n') + '\n';
}

function setText(set: CompareSet): string {
  if (set.axes.length === 0) return comboText(set.combos[0]!.rows, set.combos[0]!.explanations);
  return set.combos.map((c) => `== ${c.label} ==\n${comboText(c.rows, c.explanations)}`).join('\n');
}

const command: Command = {
  summary: 'Compare Clos, rail-optimized, rail-only and Dragonfly for the same GPUs: cost, power, failures',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...FABRIC_OPTIONS, vary: { type: 'string', multiple: true }, out: { type: 'string' }, format: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError('expected at most one FILE (trayline compare --help)');
    const inputs: CompareInputsIn = parseInputs(compareInputsSchema, inputsFromFlags(values));
    let axes: VaryAxis[];
    try {
      axes = (values.vary ?? []).map(parseVary);
    } catch (e) {
      throw new UsageError(`--vary: ${(e as Error).message}`);
    }
    let format: CompareFormat | undefined;
    if (values.out) {
      format = (values.format as CompareFormat | undefined) ?? compareFormatOf(values.out);
      if (!format || !Object.hasOwn(COMPARE_FORMATS, format)) {
        throw new UsageError(`--format: ${values.format ? `"${values.format}" is not` : `cannot tell from ${values.out}; give`} one of ${Object.keys(COMPARE_FORMATS).join(', ')}`);
      }
      if (existsSync(values.out) && statSync(values.out).isDirectory()) throw new UsageError(`--out: ${values.out} is a folder; give a file path`);
      if (!existsSync(dirname(values.out))) throw new UsageError(`--out: ${dirname(values.out)}: no such folder`);
    } else if (values.format) throw new UsageError('--format needs --out PATH');
    let p: OpenProject | null = null;
    if (positionals[0]) {
      if (!existsSync(positionals[0])) throw new UsageError(`${positionals[0]}: no such project file`);
      p = openProjectFile(positionals[0], { readonly: true });
    }
    try {
      let set: CompareSet;
      try {
        set = compareFabrics(p?.db ?? null, inputs, axes);
      } catch (e) {
        if (e instanceof FabricInputError && e.field.startsWith('vary')) throw new UsageError(`--vary: ${e.message}`);
        throw fabricError(e);
      }
      if (values.out && format) await writeComparison(set, format, values.out, p?.path ?? null);
      if (values.json) {
        // notes name steps as tokens ({switch-price}): in the command line's words here
        const cli = (rows: CompareRow[]) => rows.map((r) => (r.detail ? { ...r, detail: { ...r.detail, notes: r.detail.notes.map((n) => phraseHint(n, 'cli')) } } : r));
        const json = set.axes.length === 0 ? cli(set.combos[0]!.rows) : set.combos.map((c) => ({ ...c, rows: cli(c.rows) }));
        process.stdout.write(JSON.stringify(json, null, 2) + '\n');
      } else process.stdout.write(setText(set));
      if (values.out && !values.json) process.stderr.write(`wrote ${values.out}\n`);
      return 0;
    } finally {
      if (p) closeProject(p);
    }
  },
};
export default command;
