// `trayline generate FILE --arch ...`: generates a fabric into a new hall of the project (one
// transaction), routes it, re-chooses media on routed lengths and runs the checks.
// The flag parsing here is shared with `trayline compare`.
import { mFromMm, mmFromM } from '../../../core/model/units.js';
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ApiError } from '../../../core/api/define.js';
import { issueMessage } from '../../../core/model/errors.js';
import { ARCHES, compareInputsSchema, fabricInputsSchema, type FabricInputsIn } from '../../../core/fabric/inputs.js';
import { FabricInputError } from '../../../core/fabric/hardware.js';
import type { FabricSummary } from '../../../core/fabric/plan.js';
import { generateFabric, previewFabric } from '../../app/fabric.js';
import { closeProject, openProjectFile } from '../../app/project.js';
import { stderrProgress } from '../progress.js';
import { UsageError, type Command } from '../command.js';

const thousands = (x: number) => x.toLocaleString('en-US');

export const FABRIC_FLAGS_HELP = `Fabric options:
  --arch A                 clos | rail-optimized | rail-only | dragonfly
  --gpus N                 GPUs to connect
  --scalable-units N       or: scalable units (rail-optimized; suServers servers each)
  --server SLUG            server device type (default nvidia-dgx-h100)
  --switch SLUG            switch device type (default nvidia-qm9700)
  --radix R                switch ports to use at the NIC speed (default: all)
  --tiers 2|3|auto         Clos tiers (default auto: the fewest that fit)
  --oversubscription X     leaf downlink:uplink ratio X:1 (default 1, non-blocking)
  --rails N                compute NICs used per server (default: all)
  --su-servers N           servers per scalable unit (default: one leaf's downlinks)
  --p P --a A --h H        Dragonfly: terminals and routers per group, global links per router
  --servers-per-rack N     (default 4; reduced to fit the rack power budget)
  --rack-power W           rack power budget, W
  --cdu-kw KW              capacity of the in-row CDUs placed for liquid-cooled racks, kW
                           (default 2000: a CoolIT CHx2000-class unit)
  --cdu-spares N           standby CDUs per row with CDUs (N+1: 1; default 0), serving no rack
  --network-racks WHERE    row-end | middle (default middle)
  --racks-per-row N        at most N racks per row (default 20)
  --hall-width M --hall-depth M   hall size in metres (default: just big enough)
  --floor-rating KG_M2     the new hall's floor load rating, kg/m2 (the structural engineer's
                           figure; default: the project's, 1,224 kg/m2 = 12 kPa unless set)
  --media-policy P         cheapest | power (default: the project's setting)
  --cabling C              direct | structured | auto (default direct): structured runs every link
                           between racks jumper -> panel -> MPO trunk -> panel -> jumper; auto
                           only the links that leave their scalable unit or pod. Racks their
                           servers fill (NVL72) get a patch rack in their row (docs/fabrics.md)
  --switch-price USD       switch price for the cost (default: the catalog's price)
  --link-failure-pct P     links failing a month, percent (default: the project's, 0.057)
  --optic-failure-pct P    optical modules failing a month, percent (default 0.0285)
  --switch-failure-pct P   switches failing a month, percent (default 0.051)
`;

export const FABRIC_OPTIONS = {
  arch: { type: 'string' },
  gpus: { type: 'string' },
  'scalable-units': { type: 'string' },
  server: { type: 'string' },
  switch: { type: 'string' },
  radix: { type: 'string' },
  tiers: { type: 'string' },
  oversubscription: { type: 'string' },
  rails: { type: 'string' },
  'su-servers': { type: 'string' },
  p: { type: 'string' },
  a: { type: 'string' },
  h: { type: 'string' },
  'servers-per-rack': { type: 'string' },
  'rack-power': { type: 'string' },
  'cdu-kw': { type: 'string' },
  'cdu-spares': { type: 'string' },
  'network-racks': { type: 'string' },
  'racks-per-row': { type: 'string' },
  'hall-width': { type: 'string' },
  'hall-depth': { type: 'string' },
  'floor-rating': { type: 'string' },
  'media-policy': { type: 'string' },
  cabling: { type: 'string' },
  'switch-price': { type: 'string' },
  'link-failure-pct': { type: 'string' },
  'optic-failure-pct': { type: 'string' },
  'switch-failure-pct': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** Input field -> the flag that sets it, for error messages. */
const FLAG_OF: Record<string, string> = {
  arch: '--arch',
  gpus: '--gpus',
  scalableUnits: '--scalable-units',
  server: '--server',
  switch: '--switch',
  radix: '--radix',
  tiers: '--tiers',
  oversubscription: '--oversubscription',
  rails: '--rails',
  suServers: '--su-servers',
  p: '--p',
  a: '--a',
  h: '--h',
  serversPerRack: '--servers-per-rack',
  rackPowerBudgetW: '--rack-power',
  cduKw: '--cdu-kw',
  cduSpares: '--cdu-spares',
  'layout.networkRacks': '--network-racks',
  'layout.maxRacksPerRow': '--racks-per-row',
  'layout.rackHeightU': '--servers-per-rack',
  'hall.widthMm': '--hall-width',
  'hall.depthMm': '--hall-depth',
  'hall.floorRatingKgM2': '--floor-rating',
  mediaPolicy: '--media-policy',
  cabling: '--cabling',
  switchPriceUsd: '--switch-price',
  nicPorts: '--server',
  'failureRates.linkPctPerMonth': '--link-failure-pct',
  'failureRates.opticPctPerMonth': '--optic-failure-pct',
  'failureRates.switchPctPerMonth': '--switch-failure-pct',
};

function num(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: expected a number, got ${JSON.stringify(v)}`);
  return n;
}

type Values = { [K in keyof typeof FABRIC_OPTIONS]?: (typeof FABRIC_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

export function inputsFromFlags(v: Values): Record<string, unknown> {
  const layout: Record<string, unknown> = {};
  if (v['network-racks'] !== undefined) layout.networkRacks = v['network-racks'];
  if (v['racks-per-row'] !== undefined) layout.maxRacksPerRow = num('--racks-per-row', v['racks-per-row']);
  const hall: Record<string, unknown> = {};
  const w = num('--hall-width', v['hall-width']);
  const d = num('--hall-depth', v['hall-depth']);
  if (w !== undefined) hall.widthMm = mmFromM(w);
  if (d !== undefined) hall.depthMm = mmFromM(d);
  const rating = num('--floor-rating', v['floor-rating']);
  if (rating !== undefined) hall.floorRatingKgM2 = rating;
  const tiers = v.tiers === undefined ? undefined : v.tiers === 'auto' ? 'auto' : num('--tiers', v.tiers);
  const out: Record<string, unknown> = {
    arch: v.arch,
    gpus: num('--gpus', v.gpus),
    scalableUnits: num('--scalable-units', v['scalable-units']),
    server: v.server,
    switch: v.switch,
    radix: num('--radix', v.radix),
    tiers,
    oversubscription: num('--oversubscription', v.oversubscription),
    rails: num('--rails', v.rails),
    suServers: num('--su-servers', v['su-servers']),
    p: num('--p', v.p),
    a: num('--a', v.a),
    h: num('--h', v.h),
    serversPerRack: num('--servers-per-rack', v['servers-per-rack']),
    rackPowerBudgetW: num('--rack-power', v['rack-power']),
    cduKw: num('--cdu-kw', v['cdu-kw']),
    cduSpares: num('--cdu-spares', v['cdu-spares']),
    mediaPolicy: v['media-policy'],
    cabling: v.cabling,
    switchPriceUsd: num('--switch-price', v['switch-price']),
  };
  const rates = {
    linkPctPerMonth: num('--link-failure-pct', v['link-failure-pct']),
    opticPctPerMonth: num('--optic-failure-pct', v['optic-failure-pct']),
    switchPctPerMonth: num('--switch-failure-pct', v['switch-failure-pct']),
  };
  for (const k of Object.keys(rates) as (keyof typeof rates)[]) if (rates[k] === undefined) delete rates[k];
  if (Object.keys(rates).length) out.failureRates = rates;
  if (Object.keys(layout).length) out.layout = layout;
  if (Object.keys(hall).length) out.hall = hall;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** Validates flags with the same schema as the API; errors name the flag. */
export function parseInputs<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  const flag = FLAG_OF[path] ?? (path ? `--${path}` : 'input');
  throw new UsageError(`${flag}: ${issueMessage(issue)}`);
}

export function fabricError(e: unknown): unknown {
  if (e instanceof FabricInputError) return new UsageError(`${FLAG_OF[e.field] ?? e.field}: ${e.message}`);
  if (e instanceof ApiError && e.where?.startsWith('inputs.')) return new UsageError(`${FLAG_OF[e.where.slice(7)] ?? e.where.slice(7)}: ${e.message}`);
  return e;
}

/** The machine-readable summary: the documented keys first, then the rest. */
export function summaryJson(s: FabricSummary): Record<string, unknown> {
  const { arch, endpoints, switches, links, racks, cablesByMedia, transceivers, powerW, costUsd, ...rest } = s;
  return { arch, endpoints, switches, links, racks, cablesByMedia, transceivers, powerW, costUsd, ...rest, notes: s.notes.map((n) => phraseHint(n, 'cli')) };
}

function summaryText(s: FabricSummary): string {
  const sw = 'routers' in s.switches ? `${s.switches.routers} routers` : `${s.switches.leaf} leaf, ${s.switches.spine} spine, ${s.switches.core} core`;
  const lines = [
    `${s.arch}: ${s.gpus} GPUs on ${s.servers} servers, ${s.endpoints} endpoints, ${s.tiers} tier${s.tiers === 1 ? '' : 's'}`,
    `switches: ${sw} (${s.switches.total} total)`,
    `links: ${Object.entries(s.links.byTier).map(([k, n]) => `${k} ${n}`).join(', ')} (${s.links.total} total)`,
    `racks: ${s.racks} in ${s.rows} rows; hall ${mFromMm(s.hall.widthMm)} x ${mFromMm(s.hall.depthMm)} m`,
    `media: ${Object.entries(s.cablesByMedia).map(([k, n]) => `${k} ${n}`).join(', ')}; transceivers ${s.transceivers}`,
    `network power ${(s.powerW / 1000).toFixed(1)} kW; network cost $${s.costUsd.toLocaleString('en-US')}${s.costComplete ? '' : ' (incomplete)'}; $${Math.round(s.costPerGpuUsd).toLocaleString('en-US')} per GPU`,
    ...s.notes.map((n) => `note: ${phraseHint(n, 'cli')}`),
  ];
  return lines.join('\n') + '\n';
}

const usage = `Usage: trayline generate FILE --arch A (--gpus N | --scalable-units N) [options] [--dry-run] [--json]

Generates a fabric into a new hall of FILE: racks in rows with aisles, servers and switches in
racks, every cable with its ports assigned (docs/fabrics.md), trays along and across the rows;
then routes every cable, chooses media on the routed lengths and runs the checks.

  --dry-run      compute and print the counts without writing anything
  --no-route     write the fabric but do not route or check it
  --hall-name S  name of the new hall
  --json         print the summary as JSON on stdout

${FABRIC_FLAGS_HELP}
Exit codes: 0 written (or dry run), 1 written but the checks found errors, 2 bad input.
`;

const command: Command = {
  summary: 'Generate a Clos, rail-optimized, rail-only or Dragonfly fabric into a new hall',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...FABRIC_OPTIONS,
        'dry-run': { type: 'boolean', default: false },
        'no-route': { type: 'boolean', default: false },
        'hall-name': { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('expected one FILE (trayline generate --help)');
    const file = positionals[0]!;
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file (create it with trayline new)`);
    const raw = inputsFromFlags(values);
    if (values['hall-name']) raw.hall = { ...(raw.hall as object), name: values['hall-name'] };
    const inputs: FabricInputsIn = parseInputs(fabricInputsSchema, raw);
    const dry = values['dry-run'];
    const p = openProjectFile(file, { readonly: dry });
    try {
      if (dry) {
        let s: FabricSummary;
        try {
          s = previewFabric(p.db, inputs);
        } catch (e) {
          throw fabricError(e);
        }
        process.stdout.write(values.json ? JSON.stringify({ ...summaryJson(s), dryRun: true }, null, 2) + '\n' : summaryText(s));
        return 0;
      }
      let r;
      try {
        r = await generateFabric(p.db, inputs, { route: !values['no-route'], progress: values.json || !process.stderr.isTTY ? undefined : stderrProgress('generate') });
      } catch (e) {
        throw fabricError(e);
      }
      if (values.json) {
        process.stdout.write(JSON.stringify({ ...summaryJson(r.summary), written: r.written, routing: r.routing, checks: r.checks, timingsMs: r.timingsMs }, null, 2) + '\n');
      } else {
        process.stdout.write(summaryText(r.summary));
        const w = r.written;
        process.stdout.write(`wrote hall "${w.hallName}": ${thousands(w.racks)} racks, ${thousands(w.devices)} devices, ${thousands(w.ports)} ports, ${thousands(w.cables)} cables, ${thousands(w.trays)} trays${w.cdus ? `, ${thousands(w.cdus)} CDU${w.cdus === 1 ? '' : 's'}` : ''}\n`);
        if (!w.undoable && w.undoNote) process.stdout.write(`undo: ${w.undoNote}\n`);
        if (r.routing) process.stdout.write(`routed ${thousands(r.routing.routed)} cables (${thousands(r.routing.unroutable)} unroutable), ${r.routing.totalLengthM.toLocaleString('en-US', { maximumFractionDigits: 1 })} m; media re-chosen for ${thousands(r.routing.mediaChosen)}\n`);
        if (r.checks) process.stdout.write(`checks: ${r.checks.errors} errors, ${r.checks.warnings} warnings\n`);
      }
      return r.checks && r.checks.errors > 0 ? 1 : 0;
    } finally {
      closeProject(p);
    }
  },
};
export default command;

export { ARCHES, compareInputsSchema };
