// `trayline COMMAND ...`: the package's bin (bin/trayline.js loads this through tsx). Whatever a
// command throws ends here as one line on stderr: bad usage or input exits 2 naming the option,
// file, line or field; a bug is "internal error" with its details in the log, never a stack trace.
import { COMMANDS } from './commands.js';
import { UsageError, type CliEnv } from './command.js';
import { describeFailure } from '../app/errors.js';
import { logInternalError } from '../session/error-log.js';

/** node:util parseArgs's own errors, reworded to name the option. */
function parseArgsMessage(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const msg = (e as Error).message;
  const quoted = /'(-[^']*)'/.exec(msg)?.[1];
  // "-f, --format <value>" -> "--format"
  const opt = quoted && (/--[A-Za-z0-9][\w-]*/.exec(quoted)?.[0] ?? quoted);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${opt ?? msg}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return opt ? `option ${opt}: ${/argument missing/.test(msg) ? 'needs a value' : 'takes no value'}` : msg.split('\n', 1)[0]!;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${/'([^']*)'/.exec(msg)?.[1] ?? ''}`.trim();
  return msg.split('\n', 1)[0]!;
}

/**
 * `--gpus -5` as `--gpus=-5`: node's parseArgs reads a token starting with a dash as an option,
 * so a negative number given as a value was refused as "takes no value" instead of being checked
 * by the option's own rule ("--gpus: must be greater than 0"). No positional argument of any command
 * is a negative number; a flag that takes no value, so written, is still refused as one.
 */
export function negativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (/^--[A-Za-z][\w-]*$/.test(a) && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export async function main(argv: string[], env: CliEnv = {}): Promise<number> {
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
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`trayline: unknown command ${JSON.stringify(name)} (trayline --help lists them)\n`);
    return 2;
  }
  const cmd = await COMMANDS[name]!();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    return await cmd.run(negativeValues(rest), env);
  } catch (e) {
    const parse = parseArgsMessage(e);
    if (e instanceof UsageError || parse !== null) {
      const line = parse !== null ? `${parse} (trayline ${name} --help lists the options)` : (e as Error).message.split('\n', 1)[0];
      process.stderr.write(`trayline ${name}: ${line}\n`);
      return 2;
    }
    const f = describeFailure(e);
    if (f.internal) {
      const log = logInternalError(`trayline ${argv.map((a) => JSON.stringify(a)).join(' ')}`, e);
      process.stderr.write(`trayline ${name}: ${f.message}${log ? ` (details in ${log})` : ''}\n`);
    } else process.stderr.write(`trayline ${name}: ${f.message}\n`);
    return 2;
  }
}
