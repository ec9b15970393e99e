// `npm run bench -- fabric`: generates, places, routes, checks and saves a 32,768-GPU
// rail-optimized three-tier fabric (128 SU of DGX H100 on QM9700) into a fresh project, then
// times inserting the same number of cable rows with one raw prepared statement into the same
// table (same indexes and foreign keys, rolled back), and prints both and their ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { generateFabric } from '../../main/app/fabric.js';

const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-fabric-'));
try {
  const db = openProject(join(dir, 'bench.trayline'), { create: true });
  seedCatalog(db);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await generateFabric(db, { arch: 'rail-optimized', gpus: 32_768, tiers: 3, server: 'nvidia-dgx-h100', switch: 'nvidia-qm9700' }, { route: true });
  const totalMs = performance.now() - t0;
  const totalCpu = process.cpuUsage(c0);
  const s = r.summary;
  const n = s.links.total;

  // The same number of cable rows, one prepared statement, one transaction, rolled back.
  const ports = db.prepare('SELECT a_port_id, b_port_id FROM cables ORDER BY id').raw().all() as [number, number][];
  const ins = db.prepare("INSERT INTO cables (label, a_port_id, b_port_id, media_id, status) VALUES (?, ?, ?, NULL, 'planned')");
  const rollback = new Error('rollback');
  const rc0 = process.cpuUsage();
  const r0 = performance.now();
  try {
    db.transaction(() => {
      for (let i = 0; i < n; i++) ins.run(`raw-${i}`, ports[i]![0], ports[i]![1]);
      throw rollback;
    })();
  } catch (e) {
    if (e !== rollback) throw e;
  }
  const rawMs = performance.now() - r0;
  const rawCpu = process.cpuUsage(rc0);
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  db.close();

  const sw = s.switches as { leaf: number; spine: number; core: number; total: number };
  console.log(`fabric: ${s.gpus} GPUs, ${s.servers} servers, ${sw.leaf} leaf + ${sw.spine} spine + ${sw.core} core switches, ${n} cables, ${r.written.ports} ports, ${s.racks} racks`);
  console.log(`phases (ms): ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`routed ${r.routing!.routed}, unroutable ${r.routing!.unroutable}, media re-chosen ${r.routing!.mediaChosen}; checks ${r.checks!.errors} errors, ${r.checks!.warnings} warnings`);
  console.log(`generate+place+route+check+save: ${(totalMs / 1000).toFixed(2)} s`);
  console.log(`raw insert of ${n} cable rows: ${(rawMs / 1000).toFixed(3)} s`);
  console.log(`ratio total/raw: ${(totalMs / rawMs).toFixed(1)}x; fabric write alone/raw: ${(r.timingsMs.write! / rawMs).toFixed(1)}x (aim: <= 5x and < 5 s)`);
  // CPU time does not grow when other processes share the machine; wall time does.
  console.log(`CPU time: total ${(cpuMs(totalCpu) / 1000).toFixed(2)} s, raw ${(cpuMs(rawCpu) / 1000).toFixed(3)} s, ratio ${(cpuMs(totalCpu) / cpuMs(rawCpu)).toFixed(1)}x; load average ${os.loadavg()[0]!.toFixed(1)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
