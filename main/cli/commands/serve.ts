import type { Command } from '../command.js';

// Not built yet: see the open issue that owns `trayline serve`.
const command: Command = {
  summary: '(not available yet)',
  usage: 'trayline serve: not available yet',
  async run() {
    process.stderr.write('trayline serve: not available yet\n');
    return 2;
  },
};
export default command;
