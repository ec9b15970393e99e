// `trayline new FILE [--demo]`: a project file with the built-in catalog (and the demo hall).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createProject } from '../../app/project.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: trayline new FILE [--demo]

Creates a project file (conventionally FILE.trayline) holding the built-in catalog of device types
and media. Refuses to overwrite an existing file.

Options:
  --demo    also add the demo hall: 3 rows of DGX H100 racks, leaf and spine racks, overhead trays
            and 512 cables, routed with media chosen
`;

const command: Command = {
  summary: 'Create a project file (optionally with the demo hall)',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { demo: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('expected one FILE (trayline new --help)');
    const file = positionals[0]!;
    if (existsSync(file)) throw new UsageError(`${file} already exists; not overwriting it`);
    if (!existsSync(dirname(file))) throw new UsageError(`${dirname(file)}: no such folder`);
    const counts = createProject(file, { demo: values.demo });
    process.stdout.write(
      counts
        ? `Created ${file} with the demo hall: ${counts.racks} racks, ${counts.devices} devices, ${counts.trays} trays, ${counts.cables} cables\n`
        : `Created ${file}\n`,
    );
    return 0;
  },
};
export default command;
