// `npm run bench -- fabric`: generate + place + route + media + check + save of three fabrics, each
// beside the raw floor measured in the same process right after it (as many rows as the fabric
// wrote, one prepared statement, one transaction: fabric-case.ts):
//   32k direct      32,768 GPUs rail-optimized, DGX H100 on QM9700, radix 64, 8 rails (330k rows)
//   32k structured  the same with --cabling structured (jumpers, panels, trunks)
//   131k direct     131,072 GPUs on SN5600 at 128 x 400G
// Each case runs REPEAT times (TRAYLINE_BENCH_REPEAT, default 3), each run in a process of its own
// (a second generation in the same process stacked on the first one's not yet collected garbage:
// up to 2.4 GB at 131k, against about 1 GB for any one run); the table gives the minimum of each
// measure, wall and CPU time (process.cpuUsage: CPU time barely grows when other processes share
// the machine, wall time does), their ratios to the floor, and the highest peak RSS of the runs.
// The cases take turns, a run of each per round: this machine's speed drifts by a fifth over a
// minute (the same raw insert took 3.2 s and 4.6 s), and the structured / direct ratio is also
// given per round (the median of the rounds' ratios), each round's two runs back to back.
// Aims (issue 16): 32k <= 3x, 131k <= 4x and under 2 GB; structured no slower than direct.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repeat = Number(process.env.TRAYLINE_BENCH_REPEAT ?? 3);
const only = process.env.TRAYLINE_BENCH_CASE;
const cases = ['32k direct', '32k structured', '131k direct'].filter((c) => !only || c.includes(only));
// (a bad setting said at once, not a bench that runs nothing and prints nothing)
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`TRAYLINE_BENCH_REPEAT=${process.env.TRAYLINE_BENCH_REPEAT}: give a whole number of rounds, 1 or more`);
if (cases.length === 0) throw new Error(`TRAYLINE_BENCH_CASE=${only}: no case has that in its name (32k direct, 32k structured, 131k direct)`);

interface Row {
  case: string;
  rows: number;
  genWall: number;
  genCpu: number;
  rawWall: number;
  rawCpu: number;
  peakRssMb: number;
  errors: number;
  phases: Record<string, number>;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const least = (rows: Row[], k: 'genWall' | 'genCpu' | 'rawWall' | 'rawCpu') => Math.min(...rows.map((x) => x[k]));
const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const out: Row[] = [];
console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${repeat} rounds of a run per case, each run in its own process; minimum of each time, highest peak RSS`);
/** One run of a case in a fresh process; null when it failed. */
function runOnce(c: string): Row | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'fabric-case.ts'), c, '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.log(`${c}: failed (exit ${r.status})`);
    process.exitCode = 1;
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Row;
}

const runs = new Map<string, Row[]>(cases.map((c) => [c, []]));
for (let i = 0; i < repeat; i++) {
  for (const c of cases) {
    const x = runs.get(c)!.length === i ? runOnce(c) : null; // (a case that failed runs no more)
    if (x) runs.get(c)!.push(x);
  }
}
for (const c of cases) {
  const all = runs.get(c)!;
  if (all.length === 0) continue;
  const row: Row = { ...all[all.length - 1]!, genWall: least(all, 'genWall'), genCpu: least(all, 'genCpu'), rawWall: least(all, 'rawWall'), rawCpu: least(all, 'rawCpu'), peakRssMb: Math.max(...all.map((x) => x.peakRssMb)) };
  out.push(row);
  console.log(
    `${c}: ${row.rows.toLocaleString('en-US')} rows; generate ${s(row.genWall)} wall, ${s(row.genCpu)} CPU; raw insert ${s(row.rawWall)} wall, ${s(row.rawCpu)} CPU; ` +
      `ratio ${(row.genWall / row.rawWall).toFixed(1)}x wall, ${(row.genCpu / row.rawCpu).toFixed(1)}x CPU; peak RSS ${row.peakRssMb} MB; ${row.errors} check errors; ` +
      `phases (last run, ms): ${Object.entries(row.phases).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
}
const d = out.find((x) => x.case === '32k direct');
const st = out.find((x) => x.case === '32k structured');
if (d && st) {
  // each round's structured run against the direct run just before it
  const ds = runs.get('32k direct')!;
  const ss = runs.get('32k structured')!;
  const rounds = ss.slice(0, ds.length).map((x, i) => ({ wall: x.genWall / ds[i]!.genWall, cpu: x.genCpu / ds[i]!.genCpu }));
  const per = (k: 'wall' | 'cpu') => `${median(rounds.map((r) => r[k])).toFixed(2)}x ${k} (rounds ${rounds.map((r) => r[k].toFixed(2)).join(', ')})`;
  console.log(`32k structured / direct: ${(st.genWall / d.genWall).toFixed(2)}x wall, ${(st.genCpu / d.genCpu).toFixed(2)}x CPU on the minima (rows ${(st.rows / d.rows).toFixed(2)}x); per round, median ${per('wall')}, ${per('cpu')}`);
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
