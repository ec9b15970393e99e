// `trayline info FILE [--json]`: counts. Opened read-only, so it works while the app has the file open.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { projectInfo, withProject } from '../../app/project.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: trayline info FILE [--json]

Prints the project's schema version and how many halls, racks, devices, ports, cables and trays
it holds. Reads the file without writing, so it works while the app has it open.

cables counts physical cable assemblies (jumpers and trunks included). links counts the logical
links between active ports, traced end to end through patch panels and trunks (what LLDP sees);
openLinks the channels that stop at an empty panel port. trunks counts cables between two
panels' rear ports (a multi-leg assembly once); panels the devices with front/rear ports.

Options:
  --json    {"schemaVersion","halls","racks","devices","ports","cables","trays","links","openLinks","trunks","panels", ...}
`;

const command: Command = {
  summary: 'Show what a project holds (counts)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline info --help)');
    const file = positionals[0]!;
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file`);
    const info = await withProject(file, { readonly: true }, (p) => projectInfo(p, { structured: true }));
    if (values.json) {
      process.stdout.write(JSON.stringify(info) + '\n');
      return 0;
    }
    const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');
    const rows: [string, string][] = [
      ['file', info.path],
      ['schema version', String(info.schemaVersion)],
      ['halls', n(info.halls)],
      ['racks', n(info.racks)],
      ['devices', n(info.devices)],
      ['ports', n(info.ports)],
      ['cables', n(info.cables)],
      ['trays', n(info.trays)],
      ['power feeds', n(info.feeds)],
      ['CDUs', n(info.cdus)],
      ['links', `${n(info.links)}${info.openLinks ? ` (+ ${n(info.openLinks)} open)` : ''}`],
      ['trunks', n(info.trunks)],
      ['panels', n(info.panels)],
    ];
    const w = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n');
    return 0;
  },
};
export default command;
