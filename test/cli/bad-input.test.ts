// Bad input to every command, as a careless user or an attacker gives it (issue 12): one line on
// stderr naming the option, file, line or field and the bound, exit 2, no stack trace, and every
// file the command was pointed at left as it was (a 0-byte file stays 0 bytes, a project keeps
// its bytes, a refused import-netbox creates no file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../unit/audit/fabric.js';
import { BIN, cli, fileDigest, ROOT, tempDir, type CliResult } from './run-cli.js';

const dir = tempDir();
const project = join(dir, 'p.trayline');
const nb = (f: string) => join(FIXTURES, 'netbox-import', f);
const smallRow = join(ROOT, 'test/fixtures/layout/small-row.json');

/** The CLI, asynchronously, so a batch of cases shares the two cores. */
function run(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TRAYLINE_DATA_DIR: tempDir() } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function inBatches<T, R>(items: T[], size: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

function oneLine(r: CliResult, what: string, message: RegExp): void {
  assert.equal(r.code, 2, `${what}: exit ${r.code}: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${what}: a stack trace`);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, `${what}: more than one line: ${r.stderr}`);
  assert.match(r.stderr.trimEnd(), message, what);
}

test('setup: a project with a row of racks', () => {
  assert.equal(cli('new', project).code, 0);
  assert.equal(cli('import', project, smallRow).code, 0);
});

test('an unknown option, in every command: one line naming it, exit 2', async () => {
  const commands: string[][] = [['new', join(dir, 'n.trayline')], ['info', project], ['import', project, smallRow], ['export', project, '--format', 'json', '--out', '-'], ['serve', project], ['catalog', 'list', project], ['route', project], ['check', project], ['generate', project, '--arch', 'clos'], ['compare', '--gpus', '64'], ['import-netbox', join(dir, 'nb.trayline')], ['audit', project, '--as-built', nb('cables.csv')]];
  const before = fileDigest(project);
  const results = await inBatches(commands, 4, (c) => run([...c, '--bogus']));
  results.forEach((r, i) => oneLine(r, commands[i]!.join(' '), new RegExp(`^trayline ${commands[i]![0]}: unknown option --bogus \\(trayline ${commands[i]![0]} --help lists the options\\)$`)));
  assert.equal(fileDigest(project), before);
  assert.ok(!existsSync(join(dir, 'n.trayline')) && !existsSync(join(dir, 'nb.trayline')));
});

test('bad values and bad files: one line naming the field, file or line and the bound; nothing written', async () => {
  const deep = join(dir, 'deep.json');
  writeFileSync(deep, '['.repeat(100_000) + ']'.repeat(100_000));
  const huge = join(dir, 'huge.json');
  // A 1,000 km square hall with 1 mm tiles: the floor plan of it cannot be drawn.
  writeFileSync(huge, readFileSync(smallRow, 'utf8').replace('"widthM": 12, "depthM": 9, "tileM": 0.6', '"widthM": 1e6, "depthM": 1e6, "tileM": 0.001'));
  const tile = join(dir, 'tile.json');
  writeFileSync(tile, readFileSync(smallRow, 'utf8').replace('"tileM": 0.6', '"tileM": 0.001'));
  const notDb = join(dir, 'notdb.trayline');
  writeFileSync(notDb, 'hello\n');
  const empty = join(dir, 'empty.trayline');
  writeFileSync(empty, '');
  const other = join(dir, 'other.trayline');
  assert.equal(cli('new', other).code, 0);
  const otherBefore = fileDigest(other);
  const before = fileDigest(project);
  const cases: [string[], RegExp][] = [
    [['generate', project, '--arch', 'clos', '--gpus', '1e9'], /^trayline generate: --gpus: at most 131,072 GPUs$/],
    [['generate', project, '--arch', 'clos', '--gpus', '1e308'], /^trayline generate: --gpus: at most 131,072 GPUs$/],
    // a negative value is the option's value, judged by its rule (it was refused as "takes no value")
    [['generate', project, '--arch', 'clos', '--gpus', '-5'], /^trayline generate: --gpus: must be greater than 0$/],
    [['generate', project, '--arch', 'clos', '--gpus', '1024', '--racks-per-row', '-2'], /^trayline generate: --racks-per-row: must be at least 2$/],
    [['generate', project, '--arch', 'clos', '--gpus', '1024', '--floor-rating', '0'], /^trayline generate: --floor-rating: must be greater than 0$/],
    [['generate', project, '--arch', 'clos', '--gpus', '1024', '--floor-rating', 'stone'], /^trayline generate: --floor-rating: /],
    [['compare', '--gpus', '10.5'], /^trayline compare: --gpus: must be a whole number$/],
    [['export', project, '--format', '__proto__', '--out', join(dir, 'x')], /^trayline export: unknown format "__proto__": one of json, /],
    [['export', project, '--format', 'json', '--out', project], /that is the open project; not writing there$/],
    [['export', project, '--format', 'cable-schedule-csv', '--out', other], /other\.trayline/],
    [['export', project, '--format', 'cable-schedule-csv', '--out', `${project}-wal`], /p\.trayline-wal/],
    [['info', notDb], /notdb\.trayline is not a Trayline project \(not an SQLite database\)$/],
    [['import', project, deep], /deep\.json:1: \$: nested more than 64 levels deep/],
    [['import', project, huge], /huge\.json:5: \$\.halls\[0\]\.widthM: must be at most 2,000 m/],
    [['import', project, tile], /tile\.json:5: \$\.halls\[0\]\.tileM: must be at least 0\.1 m$/],
    [['import', empty, smallRow], /empty\.trayline is empty \(0 bytes\), not a Trayline project/],
    [['import-netbox', empty, '--racks', nb('racks.csv'), '--devices', nb('devices.csv'), '--device-types', nb('device-types')], /empty\.trayline is empty \(0 bytes\)/],
  ];
  const results = await inBatches(cases, 4, ([args]) => run(args));
  results.forEach((r, i) => oneLine(r, cases[i]![0].join(' '), cases[i]![1]));
  assert.equal(fileDigest(project), before, 'the project changed');
  assert.equal(fileDigest(other), otherBefore, 'the other project changed');
  assert.equal(statSync(empty).size, 0, 'the 0-byte file was turned into something');
  assert.equal(readFileSync(notDb, 'utf8'), 'hello\n');
});

test('NetBox cables with a shifted header: the unknown termination type is named, never skipped as power', async () => {
  const shifted = join(dir, 'cables-shifted.csv');
  // The type column holds port names: one column to the left of where the header says.
  writeFileSync(shifted, 'side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name\nleaf01,swp1,dcim.interface,spine01,dcim.interface,swp1\n');
  const target = join(dir, 'hall.trayline');
  const [imp, audit] = await Promise.all([
    run(['import-netbox', target, '--racks', nb('racks.csv'), '--devices', nb('devices.csv'), '--cables', shifted, '--device-types', nb('device-types')]),
    run(['audit', project, '--as-built', shifted, '--format', 'netbox-csv']),
  ]);
  assert.equal(imp.code, 2, imp.stderr);
  assert.match(imp.stderr, /cables-shifted\.csv:2: side_a_type: "swp1" is not a NetBox termination type \(dcim\.interface, /);
  assert.match(imp.stderr, /1 problem\(s\); nothing was imported/);
  assert.ok(!existsSync(target), 'a refused import-netbox left a project file');
  oneLine(audit, 'audit of shifted cables', /cables-shifted\.csv:2: side_a_type: "swp1" is not a NetBox termination type/);
});

test('an audit that reads no links says so and is not success; an empty as-built file is refused', async () => {
  const header = join(dir, 'header-only.csv');
  writeFileSync(header, 'side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name\n');
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  const [none, nothing] = await Promise.all([run(['audit', project, '--as-built', header]), run(['audit', project, '--as-built', empty])]);
  assert.equal(none.code, 1, none.stderr);
  assert.match(none.stdout, /No links were read from the as-built sources: nothing was audited/);
  oneLine(nothing, 'audit of an empty file', /empty\.csv:1: the file is empty$/);
});
