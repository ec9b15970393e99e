// `trayline compare [FILE] (--gpus N | --scalable-units N) [options] [--json]`: the same inputs
// under every architecture, one row each: switches, links, transceivers, network power and cost.
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { FabricCompareRow } from '../../../core/api/fabric.js';
import type { CompareInputsIn } from '../../../core/fabric/inputs.js';
import { openProject, type Db } from '../../../db/open.js';
import { compareWith } from '../../handlers/fabric.js';
import { UsageError, type Command } from '../command.js';
import { FABRIC_FLAGS_HELP, FABRIC_OPTIONS, compareInputsSchema, fabricError, inputsFromFlags, parseInputs } from './generate.js';

const usage = `Usage: trayline compare [FILE] (--gpus N | --scalable-units N) [options] [--json]

Plans the same cluster as a Clos, rail-optimized, rail-only and Dragonfly fabric and prints one
row per architecture: switches, links, transceivers, network power, network cost and cost per
GPU. Uses FILE's catalog and prices when given, else the built-in catalog. Writes nothing.

${FABRIC_FLAGS_HELP.replace('  --arch A                 clos | rail-optimized | rail-only | dragonfly\n', '')}`;

export interface CompareRowJson {
  arch: string;
  switches: number | null;
  links: number | null;
  transceivers: number | null;
  networkPowerW: number | null;
  networkCostUsd: number | null;
  costPerGpuUsd: number | null;
  costComplete: boolean | null;
  error?: string;
  detail?: unknown;
}

export function compareRows(rows: FabricCompareRow[]): CompareRowJson[] {
  return rows.map((r) => {
    if ('error' in r) {
      return { arch: r.arch, switches: null, links: null, transceivers: null, networkPowerW: null, networkCostUsd: null, costPerGpuUsd: null, costComplete: null, error: r.error };
    }
    return {
      arch: r.arch,
      switches: r.switches.total,
      links: r.links.total,
      transceivers: r.transceivers,
      networkPowerW: r.powerW,
      networkCostUsd: r.costUsd,
      costPerGpuUsd: r.costPerGpuUsd,
      costComplete: r.costComplete,
      detail: { switches: r.switches, links: r.links.byTier, racks: r.racks, tiers: r.tiers, cablesByMedia: r.cablesByMedia, notes: r.notes.map((n) => phraseHint(n, 'cli')) },
    };
  });
}

function table(rows: CompareRowJson[]): string {
  const head = ['arch', 'switches', 'links', 'transceivers', 'power kW', 'cost USD', 'USD/GPU'];
  const body = rows.map((r) =>
    r.error
      ? [r.arch, `cannot build: ${r.error}`]
      : [
          r.arch,
          String(r.switches),
          String(r.links),
          String(r.transceivers),
          ((r.networkPowerW ?? 0) / 1000).toFixed(1),
          `${(r.networkCostUsd ?? 0).toLocaleString('en-US')}${r.costComplete ? '' : '*'}`,
          String(r.costPerGpuUsd),
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b.length > 2 ? (b[i] ?? '').length : 0))));
  const line = (cells: string[]) => (cells.length === 2 ? `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]}` : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const foot = rows.some((r) => r.costComplete === false) ? '\n* cost incomplete: a switch or media price is unknown (--switch-price)\n' : '\n';
  return [line(head), ...body.map(line)].join('\n') + foot;
}

const command: Command = {
  summary: 'Compare Clos, rail-optimized, rail-only and Dragonfly for the same GPUs',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: FABRIC_OPTIONS });
    if (positionals.length > 1) throw new UsageError('expected at most one FILE (trayline compare --help)');
    const inputs: CompareInputsIn = parseInputs(compareInputsSchema, inputsFromFlags(values));
    let db: Db | null = null;
    if (positionals[0]) {
      if (!existsSync(positionals[0])) throw new UsageError(`${positionals[0]}: no such project file`);
      db = openProject(positionals[0], { readonly: true });
    }
    try {
      let rows: FabricCompareRow[];
      try {
        rows = compareWith(db, inputs);
      } catch (e) {
        throw fabricError(e);
      }
      const out = compareRows(rows);
      process.stdout.write(values.json ? JSON.stringify(out, null, 2) + '\n' : table(out));
      return 0;
    } finally {
      db?.close();
    }
  },
};
export default command;
