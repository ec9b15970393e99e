// One full check of a project file for check.bench.ts, in a fresh process: `raw` times the raw
// read of all its rows (the floor, as value arrays and as row objects), `check` times `runChecks`
// (snapshot + route + every check); each prints one JSON line with its wall and CPU times and the
// peak resident memory of its process. Separate processes, so that the check's peak is its own
// (1.3 million row objects read just before it were still on the heap when it ran).
//   node --import tsx test/bench/check-run.ts FILE raw|check
import { runChecks } from '../../main/app/checks.js';
import { openProject } from '../../db/open.js';
import { rawRead } from './generated-hall.js';

const file = process.argv[2]!;
const mode = process.argv[3] === 'raw' ? 'raw' : 'check';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const maxRssMB = () => process.resourceUsage().maxRSS / 1024;
if (mode === 'raw') {
  const raws = [rawRead(file), rawRead(file)];
  const objects = rawRead(file, { objects: true });
  console.log(JSON.stringify({
    rows: raws[0]!.rows,
    rawMs: Math.min(...raws.map((x) => x.ms)),
    rawCpuMs: Math.min(...raws.map((x) => x.cpuMs)),
    objectsMs: objects.ms,
    objectsCpuMs: objects.cpuMs,
    rawMaxRssMB: maxRssMB(),
  }));
} else {
  const db = openProject(file);
  const c0 = cpu(), t0 = performance.now();
  const r = runChecks(db);
  const checkMs = performance.now() - t0, checkCpuMs = cpu() - c0;
  db.close();
  console.log(JSON.stringify({ checkMs, checkCpuMs, errors: r.errors, warnings: r.warnings, maxRssMB: maxRssMB() }));
}
