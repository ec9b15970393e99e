// `trayline import-netbox FILE --racks R.csv --devices D.csv --cables C.csv`: an existing hall
// from NetBox exports, all or nothing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importNetboxHall, NetboxImportError, type NetboxFileText } from '../../app/imports.js';
import { UsageError, type Command } from '../command.js';
import { readInputText } from '../read-input.js';
import { fmtLimit, LIMITS } from '../../../core/model/limits.js';

const usage = `Usage: trayline import-netbox FILE [--racks R.csv] [--devices D.csv] [--cables C.csv]
                                   [--interfaces I.csv] [--device-types PATH...] [--row-length N] [--json]

Imports racks, devices and cables exported from NetBox (CSV with comma, semicolon, tab or pipe,
or the JSON/YAML lists NetBox's bulk import takes) into the project FILE (created when it does
not exist). Device types are matched by model or slug against the project's catalog; add
devicetype-library YAML files (or folders of them) with --device-types. --interfaces reads the
interfaces devices have beyond their types: a breakout sub-port (swp1s0 under swp1) splits its port
(as a cable on one does), so a split port no cable uses yet comes back split.

All or nothing: every row is checked first; any problem is printed as FILE:ROW: COLUMN: reason,
nothing is written, and the exit code is 2. The import is one undo step in the app.

NetBox has no floor coordinates: racks are placed in rows by location (the hall), rack group
and name, --row-length racks per row (default 20); move them on the floor plan afterwards. Racks
Trayline's own NetBox export wrote stand where their comments say.
`;

const command: Command = {
  summary: 'Import racks, devices and cables from NetBox exports',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        racks: { type: 'string' },
        devices: { type: 'string' },
        cables: { type: 'string' },
        interfaces: { type: 'string' },
        'device-types': { type: 'string', multiple: true },
        'row-length': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline import-netbox --help)');
    if (!values.racks && !values.devices && !values.cables) throw new UsageError('nothing to import: give --racks, --devices and/or --cables');
    const rowLength = values['row-length'] === undefined ? undefined : Number(values['row-length']);
    if (rowLength !== undefined && (!Number.isInteger(rowLength) || rowLength < 1)) throw new UsageError(`--row-length ${values['row-length']}: expected a whole number of racks, 1 or more`);
    const read = (p: string | undefined): NetboxFileText | undefined => {
      if (!p) return undefined;
      return { name: p, text: readInputText(p) };
    };
    const input = { racks: read(values.racks), devices: read(values.devices), cables: read(values.cables), interfaces: read(values.interfaces), deviceTypes: yamlFiles(values['device-types'] ?? []) };
    const file = positionals[0]!;
    let summary;
    try {
      summary = importNetboxHall(file, input, { rowLength });
    } catch (e) {
      if (!(e instanceof NetboxImportError)) throw e;
      const shown = e.errors.slice(0, LIMITS.listedProblems);
      for (const line of e.message.split('\n').slice(0, shown.length)) process.stderr.write(`trayline import-netbox: ${line}\n`);
      if (e.errors.length > shown.length) process.stderr.write(`trayline import-netbox: ... and ${fmtLimit(e.errors.length - shown.length)} more\n`);
      process.stderr.write(`trayline import-netbox: ${e.errors.length} problem(s); nothing was imported\n`);
      return 2;
    }
    for (const n of summary.notes) process.stderr.write(`note: ${n}\n`);
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else {
      process.stdout.write(
        `imported ${summary.racks} racks in ${summary.rows} rows (${summary.halls} new halls), ${summary.devices} devices, ${summary.cables} cables` +
          (summary.cdus ? `, ${summary.cdus} CDU${summary.cdus === 1 ? '' : 's'}` : '') +
          (summary.deviceTypes ? `, ${summary.deviceTypes} device types` : '') +
          '\n',
      );
    }
    return 0;
  },
};
export default command;

function yamlFiles(paths: string[]): NetboxFileText[] {
  const out: NetboxFileText[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (/\.ya?ml$/i.test(p)) out.push({ name: p, text: readInputText(p) });
  };
  paths.forEach(walk);
  return out;
}
