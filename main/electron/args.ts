import { resolve } from 'node:path';

/**
 * The project file named on the command line, if any. A packaged app is `trayline FILE`; in
 * development it is `electron MAIN FILE`. Switches (Chromium's or ours) are skipped.
 */
export function projectArgument(argv: readonly string[], packaged: boolean, cwd: string): string | null {
  const rest = argv.slice(packaged ? 1 : 2);
  const file = rest.find((a) => a.length > 0 && !a.startsWith('-'));
  return file ? resolve(cwd, file) : null;
}
