// `trayline route FILE [--auto-media[=all]] [--policy cheapest|power] [--json]`
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeProject, openProjectFile } from '../../app/project.js';
import { linkChannels, routeProject } from '../../app/routing.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: trayline route FILE [--auto-media[=all]] [--policy cheapest|power] [--json]

Routes every cable of the project and stores each one's routed length, ordered length and route
(tray segments). In one rack: the distance between the two devices' middles, plus the front/rear
crossing allowance when the ports face opposite sides, plus slack. Between racks: up to the rack
top, to the rack's tray drop, the shortest path over the trays, down the other rack, plus slack
and a service loop at each end. Assemblies (DAC, ACC, AEC, AOC, patch cords) round up to the
media's stock lengths; structured fibre keeps its exact length. A cable with no tray path is
reported as unroutable, never given a straight-line length. Settings: see docs/routing-and-checks.md.

Options:
  --auto-media        choose media for cables that have none (fits both ports, reaches the route);
                      a structured channel (jumper, trunk, jumper) whose jumpers have none is chosen
                      as one: transceivers and cords that reach the whole channel, on its trunk
  --auto-media=all    reconsider the media of every cable and every structured channel
  --policy P          cheapest (cable + optics unit cost) or power (lowest power); default: the
                      project's media policy
  --json              {"routed","unroutable","totalLengthM","cables":[{"label","media","routedM","orderedM"}],
                       "links":[{"a","b","cables","panels","junctions","matedPairs","legs","lengthM","open"}], ...}
                      links: each logical link's channel from a-end to b-end (cables by label, panels
                      passed with front, rear and position); lengthM sums the cables' ordered lengths.

Media chosen here is one undo step in the app. Exit code 1 when some cable is unroutable.
`;

function autoMediaOf(argv: string[]): { rest: string[]; auto: 'none' | 'missing' | 'all' } {
  let auto: 'none' | 'missing' | 'all' = 'none';
  const rest: string[] = [];
  for (const a of argv) {
    if (a === '--auto-media' || a === '--auto-media=missing') auto = 'missing';
    else if (a === '--auto-media=all') auto = 'all';
    else if (a.startsWith('--auto-media=')) throw new UsageError(`--auto-media takes no value or "all", not ${JSON.stringify(a.slice(13))}`);
    else rest.push(a);
  }
  return { rest, auto };
}

const command: Command = {
  summary: 'Route every cable over the trays (optionally choosing media)',
  usage,
  async run(argv) {
    const { rest, auto } = autoMediaOf(argv);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, policy: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline route --help)');
    const policy = values.policy;
    if (policy !== undefined && policy !== 'cheapest' && policy !== 'power') {
      throw new UsageError(`--policy must be cheapest or power, not ${JSON.stringify(policy)}`);
    }
    const file = positionals[0]!;
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file`);
    const p = openProjectFile(file);
    try {
      const res = routeProject(p.db, { autoMedia: auto, policy, details: true });
      if (values.json) {
        const { cables, ...summary } = res;
        const links = linkChannels(p.db);
        process.stdout.write(
          JSON.stringify({ ...summary, cables: cables!.map((c) => ({ label: c.label, media: c.media, routedM: c.routedM, orderedM: c.orderedM })), links }) + '\n',
        );
      } else {
        const out: string[] = [];
        out.push(`Routed ${res.routed} cable(s), ${res.unroutable} unroutable; ${res.totalLengthM.toFixed(1)} m routed, ${res.orderedLengthM.toFixed(1)} m to order.`);
        if (auto !== 'none') out.push(`Media chosen for ${res.mediaChosen} cable(s)${res.mediaNotFound ? `, nothing fits or reaches for ${res.mediaNotFound}` : ''}.`);
        const rows = res.cables!;
        const shown = rows.slice(0, 200);
        const w = Math.max(5, ...shown.map((c) => c.label.length));
        const mw = Math.max(5, ...shown.map((c) => (c.media ?? '-').length));
        if (shown.length) out.push('', `${'cable'.padEnd(w)}  ${'media'.padEnd(mw)}  ${'routed'.padStart(9)}  ${'ordered'.padStart(9)}`);
        for (const c of shown) {
          const m = (x: number | null) => (x == null ? '-' : `${x.toFixed(2)} m`).padStart(9);
          out.push(`${c.label.padEnd(w)}  ${(c.media ?? '-').padEnd(mw)}  ${c.routedM == null ? 'UNROUTABLE'.padStart(9) : m(c.routedM)}  ${m(c.orderedM)}`);
        }
        if (rows.length > shown.length) out.push(`... ${rows.length - shown.length} more (--json lists all)`);
        const reasons = res.reasons ?? [];
        if (reasons.length) {
          out.push('', 'Media choices:');
          for (const r of reasons.slice(0, 50)) out.push(`  ${r.label}: ${r.reason}`);
          if (reasons.length > 50) out.push(`  ... ${reasons.length - 50} more`);
        }
        process.stdout.write(out.join('\n') + '\n');
      }
      return res.unroutable > 0 ? 1 : 0;
    } finally {
      closeProject(p);
    }
  },
};
export default command;
