// The halls of issue 16, generated into a project file for the open and check benches:
// 32,768 GPUs rail-optimized on 64-port radix with 8 rails (`trayline generate --arch
// rail-optimized --gpus 32768 --radix 64 --rails 8`), and 131,072 GPUs on 128 x 400G
// (`--switch nvidia-sn5600`). TRAYLINE_BENCH_HALL32K / TRAYLINE_BENCH_HALL131K name an existing
// file to reuse instead (generating takes 10-60 s).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateFabric } from '../../main/app/fabric.js';
import { openProject, type Db } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { TABLES } from '../../db/tables.js';

export const HALLS = {
  '32k': { env: 'TRAYLINE_BENCH_HALL32K', inputs: { arch: 'rail-optimized', gpus: 32_768, radix: 64, rails: 8 } },
  '131k': { env: 'TRAYLINE_BENCH_HALL131K', inputs: { arch: 'rail-optimized', gpus: 131_072, switch: 'nvidia-sn5600' } },
} as const;

/** The project file of the hall: the reused one, or a fresh one generated (routed and checked) into `dir`. */
export async function generatedHall(which: keyof typeof HALLS, dir: string): Promise<string> {
  const h = HALLS[which];
  const given = process.env[h.env];
  if (given && existsSync(given)) return given;
  const file = join(dir, `hall-${which}.trayline`);
  const db = openProject(file, { create: true });
  try {
    seedCatalog(db);
    await generateFabric(db, { ...h.inputs }, { route: true });
  } finally {
    db.close();
  }
  return file;
}

/**
 * Rows of the entity tables, read raw (one prepared statement each, one transaction): the floor
 * the open and check times are compared with. Rows as value arrays by default (the strictest
 * floor), or as better-sqlite3's row objects (`objects`, ~2.7x slower). Wall and CPU time, ms.
 */
export function rawRead(file: string, opts: { objects?: boolean } = {}): { rows: number; ms: number; cpuMs: number } {
  const db = openProject(file);
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let rows = 0;
    db.transaction(() => {
      for (const { table } of Object.values(TABLES)) {
        const s = db.prepare(`SELECT * FROM ${table}`);
        if (opts.objects) rows += s.all().length;
        else for (const r of s.raw().iterate()) if (r) rows++;
      }
    })();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { rows, ms, cpuMs: (c.user + c.system) / 1000 };
  } finally {
    db.close();
  }
}

/**
 * The raw insert floor: `rows` rows into the cables table with one prepared statement in one
 * transaction (the table's own indexes and foreign keys; port pairs taken from its cables), rolled
 * back. Wall and CPU time, ms.
 */
export function rawInsert(db: Db, rows: number): { wallMs: number; cpuMs: number } {
  const ports = db.prepare('SELECT a_port_id, b_port_id FROM cables ORDER BY id').raw().all() as [number, number][];
  const ins = db.prepare("INSERT INTO cables (label, a_port_id, b_port_id, media_id, status) VALUES (?, ?, ?, NULL, 'planned')");
  const rollback = new Error('rollback');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    db.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const p = ports[i % ports.length]!;
        ins.run(`raw-${i}`, p[0], p[1]);
      }
      throw rollback;
    })();
  } catch (e) {
    if (e !== rollback) throw e;
  }
  const c = process.cpuUsage(c0);
  return { wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}
