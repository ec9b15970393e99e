// `trayline generate` and `trayline compare` as a user runs them: JSON shapes, dry runs that write
// nothing, writes that route and check, exit codes, and errors that name the flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

function newProject(): { file: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-cli-fabric-'));
  const file = join(dir, 'p.trayline');
  const r = cli('new', file);
  assert.equal(r.status, 0, r.stderr);
  return { file, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const countRows = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

test('generate --dry-run --json prints the documented keys and writes nothing', () => {
  const p = newProject();
  try {
    const r = cli('generate', p.file, '--arch', 'rail-optimized', '--gpus', '1024', '--dry-run', '--json');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(j).slice(0, 9), ['arch', 'endpoints', 'switches', 'links', 'racks', 'cablesByMedia', 'transceivers', 'powerW', 'costUsd']);
    // 4 SU of DGX H100 on QM9700 (SuperPOD H100 Table 4): 32 leaf, 16 spine, 1024 + 1024 links.
    assert.equal(j.endpoints, 1024);
    assert.deepEqual(j.switches, { leaf: 32, spine: 16, core: 0, total: 48 });
    assert.deepEqual(j.links, { byTier: { 'server-leaf': 1024, 'leaf-spine': 1024, 'spine-core': 0 }, total: 2048 });
    const cables = Object.values(j.cablesByMedia as Record<string, number>).reduce((a, b) => a + b, 0);
    assert.equal(cables, j.links.total, 'every cable has a media line');
    assert.equal(countRows(p.file, 'cables'), 0);
    assert.equal(countRows(p.file, 'halls'), 0);
  } finally {
    p.done();
  }
});

test('generate writes, routes and checks; dragonfly JSON counts routers and terminal/local/global links', () => {
  const p = newProject();
  try {
    // p = h = 2, a = 4: 9 groups, 36 routers, 72 terminals (Kim et al.'s example), radix 7 of 64.
    const r = cli('generate', p.file, '--arch', 'dragonfly', '--gpus', '72', '--p', '2', '--a', '4', '--h', '2', '--json');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.switches, { routers: 36, total: 36 });
    assert.deepEqual(j.links.byTier, { terminal: 72, local: 9 * 6, global: (9 * 8) / 2 });
    assert.equal(j.written.cables, j.links.total);
    assert.equal(j.routing.unroutable, 0);
    assert.equal(j.checks.counts.reach.errors, 0);
    assert.equal(countRows(p.file, 'cables'), j.links.total);
    assert.equal(countRows(p.file, 'history'), 1, 'one undo step');
  } finally {
    p.done();
  }
});

test('bad input exits 2 naming the flag and writes nothing', () => {
  const p = newProject();
  try {
    const cases: [string[], RegExp][] = [
      [['--arch', 'mesh', '--gpus', '8'], /--arch/],
      [['--arch', 'clos'], /--gpus: give gpus or scalableUnits/],
      [['--arch', 'clos', '--gpus', 'many'], /--gpus: expected a number/],
      [['--arch', 'dragonfly', '--gpus', '1000', '--p', '2', '--a', '4', '--h', '2'], /--h: .*at most a\*h\+1 = 9/],
      [['--arch', 'clos', '--gpus', '512', '--switch', 'no-such-switch'], /--switch: no device type "no-such-switch"/],
    ];
    for (const [flags, msg] of cases) {
      const r = cli('generate', p.file, ...flags);
      assert.equal(r.status, 2, `${flags.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, msg);
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    }
    assert.equal(countRows(p.file, 'halls'), 0);
  } finally {
    p.done();
  }
});

test('compare --json: one row per architecture with switches, links, transceivers, power, cost, cost per GPU', () => {
  const r = cli('compare', '--gpus', '4096', '--switch-price', '20000', '--json');
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.deepEqual(rows.map((x) => x.arch), ['clos', 'rail-optimized', 'rail-only', 'dragonfly']);
  for (const row of rows) {
    for (const k of ['switches', 'links', 'transceivers', 'networkPowerW', 'networkCostUsd', 'costPerGpuUsd']) assert.equal(typeof row[k], 'number', `${row.arch}.${k}`);
    assert.equal(row.costPerGpuUsd, Math.round(((row.networkCostUsd as number) / 4096) * 100) / 100);
  }
  const ro = rows.find((x) => x.arch === 'rail-optimized')!;
  const only = rows.find((x) => x.arch === 'rail-only')!;
  // 16 SU: 128 leaf + 128 spine + 64 core (SuperPOD B200 table) vs rail-only's 8 rails x (16 leaf + 8 spine).
  assert.equal(ro.switches, 128 + 128 + 64);
  assert.equal(only.switches, 8 * 24);
  assert.ok((only.networkCostUsd as number) < (ro.networkCostUsd as number), 'rail-only costs less (Wang et al.)');
});
