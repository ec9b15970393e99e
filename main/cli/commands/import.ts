// `trayline import FILE LAYOUT.json`: one transaction, all or nothing; a bad document exits 2
// naming the file, line and JSON path, and leaves the project file as it was.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importLayoutInto, LayoutError, parseLayout } from '../../app/imports.js';
import { closeProject, openProjectFile } from '../../app/project.js';
import { UsageError, type Command } from '../command.js';
import { readInputText } from '../read-input.js';
import { stderrProgress } from '../progress.js';

const usage = `Usage: trayline import FILE LAYOUT.json [--json]

Adds the halls, rows, power feeds, racks, devices, trays and cables of a layout document
(docs/layout-json.md) to the project FILE, in one transaction recorded as one undo step. Names are
the keys: references resolve against the document and what the project already holds; a name that
already exists in the project is an error. On any problem nothing is written, and the message names
the file, line and JSON path (exit 2). An import writing more than 10,000 rows (ports included) is
not kept as an undo step, and clears the undo history before it.

Options:
  --json    print the counts of what was added, and whether it can be undone, as JSON
`;

const command: Command = {
  summary: 'Import a layout JSON document into a project',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    if (positionals.length !== 2) throw new UsageError('expected FILE and LAYOUT.json (trayline import --help)');
    const [file, layoutPath] = positionals as [string, string];
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file (create one with: trayline new ${file})`);
    const text = readInputText(layoutPath);
    try {
      const doc = parseLayout(text, layoutPath);
      const p = openProjectFile(file);
      try {
        const counts = importLayoutInto(p.db, doc, { progress: stderrProgress('import', 2000) });
        if (values.json) process.stdout.write(JSON.stringify(counts) + '\n');
        else {
          const { undoable, ...n } = counts;
          const parts = Object.entries(n).filter(([, v]) => v > 0).map(([k, v]) => `${v} ${v === 1 ? k.replace(/s$/, '') : k}`);
          process.stdout.write(`Imported ${parts.length ? parts.join(', ') : 'nothing'} into ${file}\n`);
          if (!undoable) process.stderr.write(`Note: an import of this size is not kept as an undo step, and the undo history before it was cleared.\n`);
        }
        return 0;
      } finally {
        closeProject(p);
      }
    } catch (e) {
      if (e instanceof LayoutError) throw new UsageError(e.message);
      throw e;
    }
  },
};
export default command;
