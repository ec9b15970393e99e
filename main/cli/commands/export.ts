// `trayline export FILE --format NAME --out PATH`: the formats of main/export/registry.ts, through main/app.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { exportFormats, writeExport } from '../../app/export.js';
import { closeProject, openProjectFile } from '../../app/project.js';
import { choicesFromFlags, EXPORT_FLAGS, EXPORT_FLAGS_HELP } from '../export-flags.js';
import { UsageError, type Command } from '../command.js';
import { readInputText } from '../read-input.js';
import { stderrProgress } from '../progress.js';

function usage(): string {
  const formats = exportFormats();
  const width = Math.max(...formats.map((f) => f.name.length));
  const names = formats.map((f) => `  ${f.name.padEnd(width)}  ${f.description}${f.folder ? ' (a folder)' : ''}`);
  return `Usage: trayline export FILE --format NAME --out PATH

Writes the project in another format. The project is opened read-only, so this works while the
app has it open. --out - writes to stdout (not for folder formats).

Formats:
${names.join('\n')}

${EXPORT_FLAGS_HELP}`;
}

const command: Command = {
  summary: 'Export the project (layout JSON and other formats)',
  get usage() {
    return usage();
  },
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, ...EXPORT_FLAGS },
    });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline export --help)');
    const file = positionals[0]!;
    const name = values.format;
    const formats = exportFormats();
    const list = formats.map((f) => f.name).join(', ');
    if (!name) throw new UsageError(`--format is required: one of ${list}`);
    const format = formats.find((f) => f.name === name);
    if (!format) throw new UsageError(`unknown format ${JSON.stringify(name)}: one of ${list}`);
    const out = values.out;
    if (!out) throw new UsageError('--out PATH is required (--out - for stdout)');
    if (out === '-' && format.folder) throw new UsageError(`format ${name} writes a folder; give --out a folder path`);
    if (out !== '-' && !format.folder && existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`${out} is a folder; give a file path`);
    if (out !== '-' && !existsSync(dirname(out))) throw new UsageError(`${dirname(out)}: no such folder`);
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file`);
    const opts = { projectPath: file, progress: stderrProgress(`export ${name}`), choices: choicesFromFlags(values, readInputText) };
    const p = openProjectFile(file, { readonly: true });
    try {
      if (out !== '-') {
        await writeExport(p.db, name, out, opts);
        return 0;
      }
      const temp = mkdtempSync(join(tmpdir(), 'trayline-export-'));
      try {
        const path = join(temp, `export.${name}`);
        await writeExport(p.db, name, path, opts);
        await pipeline(createReadStream(path), process.stdout, { end: false });
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
      return 0;
    } finally {
      closeProject(p);
    }
  },
};
export default command;
