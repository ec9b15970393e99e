// Fuzzing every importer and every as-built format with deterministic mutants of real inputs
// (test/fuzz/mutate.ts; seed FUZZ_SEED, TRAYLINE_FUZZ_N mutants per importer, default 150, a third
// of that per as-built capture; CI may raise it). For each
// mutant, what a user would see: success (exit 0, or 1 for an audit with differences) or a refusal
// (exit 2) with a one-line message, never an internal error (the CLI's stack-trace case); no input
// takes more than MAX_MS; and a refused import leaves the project file byte for byte as it was (a
// file that did not exist is not created). The figures are printed for the closing note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hasDifferences, type AuditFormat } from '../../core/audit/types.js';
import { detectFormat } from '../../core/audit/parsers/index.js';
import { describeFailure } from '../../main/app/errors.js';
import { runAudit } from '../../core/audit/run.js';
import { readAuditPlan } from '../../db/audit-plan.js';
import { importLayoutInto, importNetboxHall, parseLayout } from '../../main/app/imports.js';
import { closeProject, createProject, openProjectFile } from '../../main/app/project.js';
import { tempDir } from '../cli/run-cli.js';
import { mutant } from './mutate.js';

const FUZZ_SEED = 12;
/** Mutants per importer; each as-built capture gets a third (16 captures: about 100 per format). */
const N = Number(process.env.TRAYLINE_FUZZ_N ?? 150);
const N_CAPTURE = Math.ceil(N / 3);
/** No single input may take longer (a loaded 2-core CI machine included). */
const MAX_MS = 10_000;
const FIX = join(import.meta.dirname, '../fixtures');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');
const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

interface Tally {
  inputs: number;
  exits: Record<0 | 1 | 2, number>;
  internal: string[];
  partial: string[];
  maxMs: number;
}
const tally = (): Tally => ({ inputs: 0, exits: { 0: 0, 1: 0, 2: 0 }, internal: [], partial: [], maxMs: 0 });

/** Runs one mutant; `fn` returns the exit code of success (0 or 1); a throw is classified. */
function runOne(t: Tally, label: string, fn: () => 0 | 1): 'ok' | 'refused' {
  t.inputs++;
  const t0 = performance.now();
  let outcome: 'ok' | 'refused' = 'ok';
  try {
    t.exits[fn()]++;
  } catch (e) {
    outcome = 'refused';
    const f = describeFailure(e);
    if (f.internal) t.internal.push(`${label}: ${f.message}`);
    else {
      t.exits[2]++;
      if (f.message.includes('\n') || f.message.trim() === '') t.internal.push(`${label}: not one line: ${JSON.stringify(f.message.slice(0, 200))}`);
    }
  }
  t.maxMs = Math.max(t.maxMs, performance.now() - t0);
  return outcome;
}

function report(name: string, t: Tally): void {
  console.log(
    `fuzz ${name}: ${t.inputs} inputs; exit 0: ${t.exits[0]}, 1: ${t.exits[1]}, 2: ${t.exits[2]}; internal errors (stack traces): ${t.internal.length}; ` +
      `partial writes: ${t.partial.length}; slowest ${Math.round(t.maxMs)} ms`,
  );
  assert.deepEqual(t.internal.slice(0, 5), [], `${name}: internal errors`);
  assert.deepEqual(t.partial.slice(0, 5), [], `${name}: refused but the project changed`);
  assert.ok(t.maxMs < MAX_MS, `${name}: one input took ${Math.round(t.maxMs)} ms`);
  assert.ok(t.exits[2] > 0 && t.exits[0] + t.exits[1] > 0, `${name}: the mutants should both pass and fail, or they test nothing`);
}

/** An empty project (schema and catalog), made once and copied for each mutant. */
function baseProject(): string {
  const base = join(tempDir(), 'base.trayline');
  createProject(base);
  return base;
}

test(`layout JSON import: ${N} mutants of a real layout`, { timeout: 300_000 }, () => {
  const base = baseProject();
  const before = digest(base);
  const seed = read('layout/small-row.json');
  const dir = tempDir();
  const t = tally();
  for (let n = 0; n < N; n++) {
    const m = mutant(seed, FUZZ_SEED, n);
    const file = join(dir, `m${n}.trayline`);
    copyFileSync(base, file);
    const outcome = runOne(t, `layout #${n} (${m.how.join('+')})`, () => {
      const doc = parseLayout(m.text, 'layout.json');
      const p = openProjectFile(file);
      try {
        importLayoutInto(p.db, doc);
      } finally {
        closeProject(p);
      }
      return 0;
    });
    if (outcome === 'refused' && (digest(file) !== before || existsSync(`${file}-wal`) && readFileSync(`${file}-wal`).length > 0)) t.partial.push(`layout #${n}`);
  }
  report('layout', t);
});

test(`NetBox hall import: ${N} mutants of racks, devices, cables and device-type YAML`, { timeout: 300_000 }, () => {
  const base = baseProject();
  const before = digest(base);
  const nb = (f: string) => ({ name: f, text: read(`audit/netbox-import/${f}`) });
  const files = { racks: nb('racks.csv'), devices: nb('devices.csv'), cables: nb('cables.csv') };
  const types = readdirSync(join(FIX, 'audit/netbox-import/device-types')).map((f) => nb(`device-types/${f}`));
  const targets = ['racks', 'devices', 'cables', 'types'] as const;
  const dir = tempDir();
  const t = tally();
  for (let n = 0; n < N; n++) {
    const target = targets[n % targets.length]!;
    const input = { ...files, deviceTypes: [...types] };
    let how: string[];
    if (target === 'types') {
      const m = mutant(types[0]!.text, FUZZ_SEED, n);
      input.deviceTypes[0] = { name: types[0]!.name, text: m.text };
      how = m.how;
    } else {
      const m = mutant(files[target].text, FUZZ_SEED, n);
      input[target] = { name: files[target].name, text: m.text };
      how = m.how;
    }
    // One in five into a file that does not exist yet: a refusal must not leave one behind.
    const fresh = n % 5 === 4;
    const file = join(dir, `m${n}.trayline`);
    if (!fresh) copyFileSync(base, file);
    const outcome = runOne(t, `netbox ${target} #${n} (${how.join('+')})`, () => (importNetboxHall(file, input), 0));
    if (outcome === 'refused' && (fresh ? existsSync(file) : digest(file) !== before)) t.partial.push(`netbox ${target} #${n}`);
  }
  report('netbox', t);
});

// One real capture per as-built format (test/fixtures/audit, ib, lldp-real).
const CAPTURES = [
  'audit/lldpd/leaf01.json',
  'lldp-real/lldpd/text/ns-1.txt',
  'lldp-real/lldpd/keyvalue/ns-1.txt',
  'audit/p2p/as-built.csv',
  'audit/netbox/cables.csv',
  'audit/eos/spine01.txt',
  'audit/eos/spine02-detail.json',
  'audit/nxos/leaf04.txt',
  'audit/nxos/leaf04.json',
  'audit/junos/qfx01.txt',
  'audit/junos/qfx01.json',
  'audit/cumulus/leaves.txt',
  'audit/sonic/leaf03.txt',
  'ib/ibtopotool/1.topo',
  'ib/hpc-toolset/X5.topofile',
  'ib/hand-made/fabric.topo',
];

test(`as-built audit: ${N_CAPTURE} mutants of a real capture of every format`, { timeout: 600_000 }, () => {
  const file = join(tempDir(), 'plan.trayline');
  createProject(file);
  const w = openProjectFile(file);
  importLayoutInto(w.db, parseLayout(read('layout/small-row.json'), 'small-row.json'));
  closeProject(w, { checkpoint: true });
  const before = digest(file);
  const p = openProjectFile(file, { readonly: true });
  // Read once, as main/app/audit.ts reads it for each audit: the parsers and the diff are under test.
  const plan = readAuditPlan(p.db);
  const formats = new Map<string, number>();
  const all = tally();
  try {
    for (const capture of CAPTURES) {
      const text = read(capture);
      const name = capture.split('/').pop()!;
      const format = detectFormat({ name, text });
      assert.ok(format, `${capture}: the seed itself is not recognised`);
      formats.set(format, (formats.get(format) ?? 0) + 1);
      const t = tally();
      for (let n = 0; n < N_CAPTURE; n++) {
        const m = mutant(text, FUZZ_SEED, n);
        // Half told the format, half detected: both paths meet the mutant.
        const as: AuditFormat | 'auto' = n % 2 ? 'auto' : format;
        runOne(t, `${capture} #${n} (${m.how.join('+')}, ${as})`, () => (hasDifferences(runAudit(plan, [{ name, text: m.text }], as)) ? 1 : 0));
      }
      report(`as-built ${capture} (${format})`, t);
      all.inputs += t.inputs;
      for (const k of [0, 1, 2] as const) all.exits[k] += t.exits[k];
      all.maxMs = Math.max(all.maxMs, t.maxMs);
    }
  } finally {
    closeProject(p);
  }
  assert.equal(digest(file), before, 'an audit wrote to the project');
  assert.equal(formats.size, 10, `every as-built format has a seed: ${[...formats.keys()].join(', ')}`);
  report('as-built, all formats', all);
});
