// `trayline check FILE [--json]`: every check over the project; exit 1 when there is an error.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULE_IDS } from '../../../core/checks/types.js';
import { checkProject } from '../../app/checks.js';
import { withProject } from '../../app/project.js';
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: trayline check FILE [--json]

Routes every cable as the layout stands now and runs every check:
  reach        routed length over the media's reach (or over its longest stock length)
  port-compat  form factor, speed, lanes, transceiver pairing and fibre type
  port-reuse   a port used by more than one cable
  rack-power   devices (maximum power) plus optics over the rack's power budget
  feed-power   racks on a feed over its capacity (3-phase sqrt(3) x V x A, 1-phase V x A, derated)
  u-space      devices overlapping or beyond the rack's height
  tray-fill    cable cross-sections over a tray segment's usable area (fill % setting)
  unroutable   no tray path between the two racks
  no-media     a cable without media, or naming media not in the catalog
Reads the file without writing.

Options:
  --json    {"errors","warnings","violations":[{"rule","severity","objects":[{"kind","name"}],"message"}]}

Exit code 1 when there is any error (warnings alone exit 0).
`;

const command: Command = {
  summary: 'Check reach, ports, power, rack space and tray fill',
  usage,
  async run(argv) {
    // parseArgs's own errors become one line naming the option in main/cli/index.ts.
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    if (positionals.length !== 1) throw new UsageError('expected one project FILE (trayline check --help)');
    const file = positionals[0]!;
    if (!existsSync(file)) throw new UsageError(`${file}: no such project file`);
    const { errors, warnings, counts, violations } = await withProject(file, { readonly: true }, (p) => checkProject(p.db));
    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          errors,
          warnings,
          violations: violations.map((v) => ({ rule: v.rule, severity: v.severity, objects: v.objects.map((o) => ({ kind: o.kind, name: o.name })), message: v.message })),
        }) + '\n',
      );
    } else {
      const out: string[] = [];
      out.push(`${errors} error(s), ${warnings} warning(s)`);
      for (const r of RULE_IDS) {
        const c = counts[r];
        if (c.errors || c.warnings) out.push(`  ${r.padEnd(12)} ${c.errors} error(s), ${c.warnings} warning(s)`);
      }
      for (const v of violations) out.push('', `${v.severity.toUpperCase()} ${v.rule}: ${v.message}`, `  fix: ${phraseHint(v.hint, 'cli')}`);
      process.stdout.write(out.join('\n') + '\n');
    }
    return errors > 0 ? 1 : 0;
  },
};
export default command;
