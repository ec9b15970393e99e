import type { Command } from '../command.js';

// Not built yet: see the open issue that owns `trayline info`.
const command: Command = {
  summary: '(not available yet)',
  usage: 'trayline info: not available yet',
  async run() {
    process.stderr.write('trayline info: not available yet\n');
    return 2;
  },
};
export default command;
