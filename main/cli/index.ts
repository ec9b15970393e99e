// `trayline COMMAND ...`: the package's bin (bin/trayline.js loads this through tsx).
import { COMMANDS } from './commands.js';
import { UsageError } from './command.js';
import { ApiError } from '../../core/api/define.js';
import { ProjectFileError } from '../app/project.js';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: trayline COMMAND [options]   (trayline COMMAND --help for details)', '', 'Commands:'];
    for (const [n, load] of Object.entries(COMMANDS)) lines.push(`  ${n.padEnd(14)} ${(await load()).summary}`);
    process.stdout.write(lines.join('\n') + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('0.1.0\n');
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`trayline: unknown command ${JSON.stringify(name)} (trayline --help lists them)\n`);
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ApiError || e instanceof ProjectFileError) {
      process.stderr.write(`trayline ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
