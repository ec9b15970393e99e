// One full check of a project file in a fresh process, for check.bench.ts: the raw read of all
// its rows first (the floor), then `runChecks` (snapshot + route + every check), each timed
// (wall and CPU); prints one JSON line with the peak resident memory of the process.
import { runChecks } from '../../main/app/checks.js';
import { openProject } from '../../db/open.js';
import { rawRead } from './generated-hall.js';

const file = process.argv[2]!;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const raws = [rawRead(file), rawRead(file)];
const objects = rawRead(file, { objects: true });
const db = openProject(file);
const c0 = cpu(), t0 = performance.now();
const r = runChecks(db);
const checkMs = performance.now() - t0, checkCpuMs = cpu() - c0;
db.close();
console.log(JSON.stringify({
  rows: raws[0]!.rows,
  rawMs: Math.min(...raws.map((x) => x.ms)),
  rawCpuMs: Math.min(...raws.map((x) => x.cpuMs)),
  objectsMs: objects.ms,
  objectsCpuMs: objects.cpuMs,
  checkMs,
  checkCpuMs,
  errors: r.errors,
  warnings: r.warnings,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
