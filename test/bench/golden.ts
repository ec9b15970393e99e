// Golden dump: what a user sees of a project, hashed part by part, so a change of how a hall is
// stored (docs/fabrics.md "The model change, step by step", step 1) is proven to change nothing.
//
// Usage (from the worktree root):
//   node --import tsx test/bench/golden.ts FILE.trayline            # read-only: tables, snapshot, floor, check, info, exports
//   node --import tsx test/bench/golden.ts FILE.trayline --edits    # + the edit script on a copy (FILE is not touched)
//   node --import tsx test/bench/golden.ts --write-fixture          # regenerates test/fixtures/golden-1k.json (1k structured + auto)
// Parts: table:NAME (entity tables; ports/cables via port_view/cable_view when present), snapshot,
// snapshot-json, floor, detail (loadDetail per rack + 3 tray segments), check, info, export:NAME
// (every EXPORT_FORMATS entry), with --edits edit:STEP:{snapshot-json,floor,history}.
// Output: one line per part `name sha256 count`, then `total sha256` (the hash of those lines).
// Compare two trees by the lines: the first differing name says what changed. A difference on a
// model change is a bug, not a hash to refresh.
//
// Counts: rows for tables, objects for the snapshot, bytes for texts and files. The schema version
// (which a migration bumps and no user reads) is blanked in the snapshot and info; the export date
// is fixed; spreadsheets hash their unzipped parts without the creation time; PDFs without their
// creation/modification dates and document id.
import { goldenParts, writeGoldenFixture } from './golden-run.js';
import { partLine, totalOf } from './golden-parts.js';

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--write-fixture')) {
    await writeGoldenFixture();
    return;
  }
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: node --import tsx test/bench/golden.ts FILE.trayline [--edits] | --write-fixture\n');
    process.exitCode = 2;
    return;
  }
  const parts = await goldenParts(file, { edits: argv.includes('--edits') });
  process.stdout.write(parts.map(partLine).join('\n') + `\ntotal ${totalOf(parts)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
