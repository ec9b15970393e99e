import type { Command } from '../command.js';

// Not built yet: see the open issue that owns `trayline new`.
const command: Command = {
  summary: '(not available yet)',
  usage: 'trayline new: not available yet',
  async run() {
    process.stderr.write('trayline new: not available yet\n');
    return 2;
  },
};
export default command;
