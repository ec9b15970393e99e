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
// Aims (issue 16): 32k <= 3x, 131k <= 4x and under 2 GB; structured no slower than direct.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repeat = Number(process.env.TRAYLINE_BENCH_REPEAT ?? 3);
const only = process.env.TRAYLINE_BENCH_CASE;
const cases = ['32k direct', '32k structured', '131k direct'].filter((c) => !only || c.includes(only));

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
const out: Row[] = [];
console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${repeat} runs per case, each in its own process, minimum of each time, highest peak RSS`);
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

for (const c of cases) {
  let row: Row | null = null;
  for (let i = 0; i < repeat; i++) {
    const x = runOnce(c);
    if (!x) break;
    row = !row
      ? x
      : { ...x, genWall: Math.min(row.genWall, x.genWall), genCpu: Math.min(row.genCpu, x.genCpu), rawWall: Math.min(row.rawWall, x.rawWall), rawCpu: Math.min(row.rawCpu, x.rawCpu), peakRssMb: Math.max(row.peakRssMb, x.peakRssMb) };
  }
  if (!row) continue;
  out.push(row);
  console.log(
    `${c}: ${row.rows.toLocaleString('en-US')} rows; generate ${s(row.genWall)} wall, ${s(row.genCpu)} CPU; raw insert ${s(row.rawWall)} wall, ${s(row.rawCpu)} CPU; ` +
      `ratio ${(row.genWall / row.rawWall).toFixed(1)}x wall, ${(row.genCpu / row.rawCpu).toFixed(1)}x CPU; peak RSS ${row.peakRssMb} MB; ${row.errors} check errors; ` +
      `phases (last run, ms): ${Object.entries(row.phases).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
}
const d = out.find((x) => x.case === '32k direct');
const st = out.find((x) => x.case === '32k structured');
if (d && st) console.log(`32k structured / direct: ${(st.genWall / d.genWall).toFixed(2)}x wall, ${(st.genCpu / d.genCpu).toFixed(2)}x CPU (rows ${(st.rows / d.rows).toFixed(2)}x)`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
