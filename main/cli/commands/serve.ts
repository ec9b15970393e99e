// `trayline serve [FILE]`: the browser mode. Prints the URL (with its token) as the first line of
// stdout, serves until SIGINT/SIGTERM, then closes the project file cleanly.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { UsageError, type CliEnv, type Command } from '../command.js';
import { dirname, join, resolve } from 'node:path';
import { ProjectFolder } from '../../session/project-folder.js';
import { userDataDir } from '../../session/data-dir.js';
import { DEFAULT_RENDERER_DIR, startBridge } from '../../bridge/server.js';
import { ProjectSession } from '../../session/session.js';
import { openDemoProject } from '../../session/demo-project.js';

const usage = `Usage: trayline serve [FILE] [--port N] [--test-hooks]

Serves Trayline in the browser at a 127.0.0.1 address and prints that address, with its per-launch
token, as the first line of stdout. Without FILE, opens the demo project in your data folder
(created on first use). The page's File menu (New, Open, Open recent, Save as) works on the
project files of FILE's folder (the data folder without FILE), chosen by name. Stops on Ctrl-C (SIGINT) or SIGTERM. Builds the app bundle first when it
is missing or older than its sources (bin/build-if-stale.js, as npm start does).

Options:
  --port N        port to listen on (default 0: a free port)
  --test-hooks    expose test hooks to the page (for end-to-end tests)
`;

const command: Command = {
  summary: 'Serve the app in the browser at a 127.0.0.1 URL',
  usage,
  async run(argv, env: CliEnv = {}) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { port: { type: 'string', default: '0' }, 'test-hooks': { type: 'boolean', default: false } },
    });
    if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535, got ${JSON.stringify(values.port)}`);
    const file = positionals[0];
    if (file !== undefined && !existsSync(file)) throw new UsageError(`${file}: no such project file (create one with: trayline new ${file})`);
    // Only once the arguments are good: a typo is answered at once, not after a build.
    await env.prepareApp?.();
    let session: ProjectSession;
    if (file === undefined) {
      session = openDemoProject();
    } else {
      session = ProjectSession.open(file);
    }
    let bridge;
    try {
      const folder = dirname(resolve(session.path ?? userDataDir()));
      bridge = await startBridge({ session, port, testHooks: values['test-hooks'], files: new ProjectFolder(folder, session, userDataDir()) });
    } catch (e) {
      session.close();
      throw new UsageError(`cannot listen on 127.0.0.1:${port}: ${(e as Error).message}`);
    }
    process.stdout.write(`${bridge.url}\n`);
    process.stderr.write(`Serving ${session.path} - open the URL above in a browser; Ctrl-C stops.\n`);
    // Before any page asks: the floor a page opens with is computed once, now (ProjectSession.prepareOpen).
    setImmediate(() => void session.prepareOpen());
    if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) process.stderr.write(`The app is not built (${DEFAULT_RENDERER_DIR} is missing): run npm run build:renderer\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await bridge.close();
    session.close();
    return 0;
  },
};
export default command;
