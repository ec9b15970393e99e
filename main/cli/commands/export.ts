import type { Command } from '../command.js';

// Not built yet: see the open issue that owns `trayline export`.
const command: Command = {
  summary: '(not available yet)',
  usage: 'trayline export: not available yet',
  async run() {
    process.stderr.write('trayline export: not available yet\n');
    return 2;
  },
};
export default command;
