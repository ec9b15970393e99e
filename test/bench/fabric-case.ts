// One case of `npm run bench -- fabric`, in its own process (its own heap and peak RSS): generates,
// places, routes, chooses media, checks and saves a fabric into a fresh project N times, and after
// each run times the raw floor: as many rows as the generation wrote, inserted into the cables
// table with one prepared statement in one transaction (same indexes and foreign keys; rolled
// back). Prints one JSON line: the minimum of N of each (wall and CPU), rows, phases, checks,
// peak RSS.
//   node --import tsx test/bench/fabric-case.ts CASE [REPEAT]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FabricInputsIn } from '../../core/fabric/inputs.js';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { generateFabric } from '../../main/app/fabric.js';
import { rawInsert } from './generated-hall.js';

export const CASES: Record<string, FabricInputsIn> = {
  '32k direct': { arch: 'rail-optimized', gpus: 32_768, radix: 64, rails: 8 },
  '32k structured': { arch: 'rail-optimized', gpus: 32_768, radix: 64, rails: 8, cabling: 'structured' },
  '131k direct': { arch: 'rail-optimized', gpus: 131_072, switch: 'nvidia-sn5600', rails: 8 },
};

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function main(name: string, repeat: number) {
  const inputs = CASES[name];
  if (!inputs) throw new Error(`no case ${JSON.stringify(name)}: ${Object.keys(CASES).join(', ')}`);
  const best = { genWall: Infinity, genCpu: Infinity, rawWall: Infinity, rawCpu: Infinity };
  let last: Record<string, unknown> = {};
  for (let r = 0; r < repeat; r++) {
    const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-fabric-'));
    try {
      const db = openProject(join(dir, 'bench.trayline'), { create: true });
      seedCatalog(db);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const g = await generateFabric(db, inputs, { route: true });
      const genWall = performance.now() - t0;
      const genCpu = cpuMs(process.cpuUsage(c0));
      const w = g.written;
      const rows = 1 + w.rows + w.trays + w.racks + w.devices + w.ports + w.cables;
      const raw = rawInsert(db, rows);
      db.close();
      best.genWall = Math.min(best.genWall, genWall);
      best.genCpu = Math.min(best.genCpu, genCpu);
      best.rawWall = Math.min(best.rawWall, raw.wallMs);
      best.rawCpu = Math.min(best.rawCpu, raw.cpuMs);
      last = { rows, cables: w.cables, ports: w.ports, links: g.summary.links.total, phases: g.timingsMs, errors: g.checks?.errors, structured: g.summary.structured };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ case: name, repeat, ...best, peakRssMb, ...last }) + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await main(process.argv[2] ?? '32k direct', Number(process.argv[3] ?? 1));
}
