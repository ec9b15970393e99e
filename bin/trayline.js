#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx trayline` works right after
// `npm install` with no build step; `serve` builds the app bundle itself when missing or stale.
import { register } from 'tsx/esm/api';

// `trayline route FILE | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// `serve` shows the app: it builds it when missing or stale (as `npm start` does), once its
// arguments are good, so `npm install` then `npx trayline serve FILE` works with no separate build.
// (Imported only then: the other commands never load the builder.)
async function prepareApp() {
  const { buildIfStale } = await import('./build-if-stale.js');
  try {
    buildIfStale({ quiet: true, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (e) {
    process.stderr.write(`trayline serve: cannot build the app: ${e.message}\n`);
    process.exit(1);
  }
}

register();
const { main } = await import('../main/cli/index.ts');
const code = await main(process.argv.slice(2), { prepareApp });
// Let pending stdout drain before exiting with the command's code.
process.exitCode = code;
