// `trayline audit FILE --as-built PATH...`: compares the project's cables with what the hall has.
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_FORMATS, hasDifferences, linksRead, type AuditFormat, type AuditResult } from '../../../core/audit/types.js';
import { FORMAT_NAMES } from '../../../core/audit/parsers/index.js';
import { auditProject, readAuditPaths, readHcaMap, summaryLines, writeReportFile, type ReportFormat } from '../../app/audit.js';
import { withProject } from '../../app/project.js';
import { UsageError, type Command } from '../command.js';
import { readInputText } from '../read-input.js';

const usage = `Usage: trayline audit FILE --as-built PATH... [--format F] [--hca-map CSV] [--wave N] [--json] [--report OUT.csv|.xlsx|.pdf]

Compares the project's planned cables with an as-built record and lists every difference:
missing (planned, not found), unexpected (found, not planned), miswired (one end right; two
cables whose far ends are exchanged are one "swapped" item), wrong media or length (where the
source gives them), and InfiniBand links that trained below their planned rate. Exit 0 when the
hall matches the plan, 1 when there is any difference, when a file could not be read (the others
are still audited; each is listed with its reason) or when no link was read at all, 2 on bad
input (the message names the file and line).

  --as-built PATH   a file or a folder of files (repeatable). lldpd JSON files in a folder
                    are named <host>.json: the local host is taken from the file name.
  --format F        auto (default) or one of:
${AUDIT_FORMATS.map((f) => `                      ${f.padEnd(11)} ${FORMAT_NAMES[f]}`).join('\n')}
  --hca-map CSV     InfiniBand host adapters: a UFM HCA mapping file of "port,hca-name" lines
                    (default: port 1 is mlx5_0, port 2 mlx5_1 ...)
  --wave N          audit only bring-up wave N (the numbering of export --format bring-up-csv):
                    its planned cables and the links found at their ports
  --json            print {"matched","missing","unexpected","miswired",...,"items":[...]} on stdout
  --report PATH     also write a report; the extension picks CSV, XLSX or PDF

Only hosts an LLDP source covers are audited: planned cables with neither end among them are
counted as "unaudited", not missing. Sheets and NetBox exports cover every host;
ibnetdiscover and ibdiagnet topo files cover every InfiniBand link (Ethernet cables are not
audited by them).
`;

const command: Command = {
  summary: 'Compare the plan with as-built LLDP, p2p sheets or NetBox cables',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'as-built': { type: 'string', multiple: true },
        format: { type: 'string', default: 'auto' },
        'hca-map': { type: 'string' },
        wave: { type: 'string' },
        json: { type: 'boolean', default: false },
        report: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline audit --help)');
    const paths = values['as-built'] ?? [];
    if (paths.length === 0) throw new UsageError('--as-built PATH is required (a file or a folder)');
    const format = values.format as string;
    if (format !== 'auto' && !(AUDIT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown --format ${JSON.stringify(format)}: auto or one of ${AUDIT_FORMATS.join(', ')}`);
    }
    let reportFormat: ReportFormat | null = null;
    if (values.report) {
      const ext = extname(values.report).slice(1).toLowerCase();
      if (ext !== 'csv' && ext !== 'xlsx' && ext !== 'pdf') throw new UsageError(`--report ${values.report}: the file name must end in .csv, .xlsx or .pdf`);
      reportFormat = ext;
    }
    let wave: number | undefined;
    if (values.wave !== undefined) {
      if (!/^[1-9]\d*$/.test(values.wave)) throw new UsageError(`--wave ${values.wave}: a wave number from 1 (export --format bring-up-csv lists them)`);
      wave = Number(values.wave);
    }
    const hcaFile = values['hca-map'];
    const hcaMap = hcaFile ? readHcaMap(hcaFile, readInputText(hcaFile)) : null;
    const sources = await readAuditPaths(paths);
    const result = await withProject(positionals[0]!, { readonly: true }, (p) =>
      auditProject(p.db, sources, format as AuditFormat | 'auto', { hcaMap, ...(wave !== undefined ? { wave } : {}) }),
    );
    if (reportFormat) await writeReportFile(result, reportFormat, values.report!, positionals[0]!);
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    for (const u of result.unreadable) process.stderr.write(`not read: ${u.name}: ${u.reason}\n`);
    if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
    else process.stdout.write(human(result));
    return hasDifferences(result) ? 1 : 0;
  },
};
export default command;

function human(r: AuditResult): string {
  const lines: string[] = [];
  if (r.wave !== null) lines.push(`Bring-up wave ${r.wave} only`, '');
  if (linksRead(r) === 0) lines.push('No links were read from the as-built sources: nothing was audited.', '');
  lines.push(...summaryLines(r).map(([k, v]) => `${k.padEnd(46)} ${v}`));
  if (r.unreadable.length) lines.push('', `${r.unreadable.length} file(s) not read:`, ...r.unreadable.map((u) => `  ${u.name}: ${u.reason}`));
  if (r.items.length) lines.push('', ...r.items.map((i) => `${i.class.padEnd(12)} ${i.detail}`));
  return lines.join('\n') + '\n';
}
