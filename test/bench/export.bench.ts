// A 100,000-cable cable schedule: CSV (aim < 1 s) and XLSX pull sheets (aim < 10 s). Both times
// include reading the project (loadSnapshot) and grouping cables into pull sheets.
// 50 rows x 50 racks x 5 servers x 8 ports = 100,000 cables.
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeExport } from '../../main/app/export.js';
import { buildFixture } from '../unit/export/fixture.js';

const t0 = performance.now();
const f = buildFixture({ rows: 50, racksPerRow: 50, serversPerRack: 5, portsPerServer: 8, spine: false }, 'Bench Hall');
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
console.log(`fixture: ${f.cables} cables in ${f.racks} racks, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The CSV runs twice: the first run includes compiling the code paths (as a CLI run does).
for (const [format, aimS] of [['cable-schedule-csv', 1], ['cable-schedule-csv', 1], ['cable-schedule-xlsx', 10]] as const) {
  const out = join(f.dir, format);
  const t = performance.now();
  const c = process.cpuUsage();
  await writeExport(f.db, format, out, { projectPath: f.path, progress: () => {} });
  const s = (performance.now() - t) / 1000;
  const cu = process.cpuUsage(c);
  const cpu = (cu.user + cu.system) / 1e6;
  const mb = statSync(out).size / 1e6;
  // CPU time is shown too: on a shared machine wall time includes waiting for a core.
  console.log(
    `${format}: ${f.cables} cables in ${s.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (${Math.round(f.cables / s)} rows/s, ${mb.toFixed(1)} MB; aim < ${aimS} s)${s > aimS ? '  OVER AIM' : ''}`,
  );
}
f.db.close();
