#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx trayline` works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

// `trayline route FILE | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

register();
const { main } = await import('../main/cli/index.ts');
const code = await main(process.argv.slice(2));
// Let pending stdout drain before exiting with the command's code.
process.exitCode = code;
