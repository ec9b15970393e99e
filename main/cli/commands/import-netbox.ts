import type { Command } from '../command.js';

// Not built yet: see the open issue that owns `trayline import-netbox`.
const command: Command = {
  summary: '(not available yet)',
  usage: 'trayline import-netbox: not available yet',
  async run() {
    process.stderr.write('trayline import-netbox: not available yet\n');
    return 2;
  },
};
export default command;
