// The shape of one CLI command. Exit codes: 0 success; 1 the command ran and found problems
// (check, audit); 2 bad usage or bad input, with one message naming the file, line or JSON path.

export interface Command {
  /** One line for `trayline --help`. */
  summary: string;
  /** Full `--help` text. */
  usage: string;
  run(argv: string[], env?: CliEnv): Promise<number>;
}

/** What the launcher (bin/trayline.js) lends the commands. */
export interface CliEnv {
  /** Builds the app bundle when missing or stale (serve calls it once its arguments are good). */
  prepareApp?: () => Promise<void>;
}

/** Thrown for bad usage or bad input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
