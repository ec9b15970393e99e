// `npm run bench -- check`: a full check (route every cable, every rule) of the 32,768- and
// 131,072-GPU halls of issue 16 (test/bench/generated-hall.ts), each in a fresh process, printed
// beside the raw SQLite read of all the hall's rows measured in another fresh process, with the
// check process's peak memory. Three rounds of the two, interleaved, and the least of each time:
// the raw read already took the better of two reads, and one check against it measured the
// machine's worst moment as much as the check (2.6-3.5x wall in one hour at 6e4fdf2). (Set
// TRAYLINE_BENCH_HALL32K / TRAYLINE_BENCH_HALL131K to reuse files; TRAYLINE_BENCH_CHECK=32k checks
// only that one.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedHall, HALLS } from './generated-hall.js';

/** Rounds of raw read + check per hall. */
const ROUNDS = 3;
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-check-'));
try {
  const only = process.env.TRAYLINE_BENCH_CHECK;
  for (const which of Object.keys(HALLS) as (keyof typeof HALLS)[]) {
    if (only && only !== which) continue;
    const file = await generatedHall(which, dir);
    const part = (mode: 'raw' | 'check') => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'check-run.ts'), file, mode], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`${mode} of the ${which} hall failed:\n${run.stderr}`);
      return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, number>;
    };
    type Round = {
      rows: number;
      rawMs: number;
      rawCpuMs: number;
      objectsMs: number;
      objectsCpuMs: number;
      checkMs: number;
      checkCpuMs: number;
      errors: number;
      warnings: number;
      maxRssMB: number;
    };
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push({ ...part('raw'), ...part('check') } as Round);
    const least = (k: keyof Round) => Math.min(...rounds.map((x) => x[k]));
    const r: Round = {
      ...rounds[0]!,
      rawMs: least('rawMs'),
      rawCpuMs: least('rawCpuMs'),
      objectsMs: least('objectsMs'),
      objectsCpuMs: least('objectsCpuMs'),
      checkMs: least('checkMs'),
      checkCpuMs: least('checkCpuMs'),
      maxRssMB: Math.max(...rounds.map((x) => x.maxRssMB)),
    };
    console.log(
      `full check, ${which} GPUs hall (${r.rows} rows): ${(r.checkMs / 1000).toFixed(2)} s wall, ${(r.checkCpuMs / 1000).toFixed(2)} s CPU; ` +
        `raw read ${(r.rawMs / 1000).toFixed(2)} s wall, ${(r.rawCpuMs / 1000).toFixed(2)} s CPU; ` +
        `ratio ${(r.checkMs / r.rawMs).toFixed(1)}x wall, ${(r.checkCpuMs / r.rawCpuMs).toFixed(1)}x CPU (aim <= ${which === '32k' ? 3 : 4}x); ` +
        `against a read as row objects (${(r.objectsMs / 1000).toFixed(2)} s wall, ${(r.objectsCpuMs / 1000).toFixed(2)} s CPU): ` +
        `${(r.checkMs / r.objectsMs).toFixed(1)}x wall, ${(r.checkCpuMs / r.objectsCpuMs).toFixed(1)}x CPU; ` +
        `peak ${r.maxRssMB.toFixed(0)} MB; ${r.errors} errors, ${r.warnings} warnings; least of ${ROUNDS} rounds (each round's check / raw read, wall: ` +
        `${rounds.map((x) => (x.checkMs / x.rawMs).toFixed(1)).join(', ')}); load average ${loadavg()[0]!.toFixed(1)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
