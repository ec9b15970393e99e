// `npm run bench -- import`: bringing the 32,768-GPU hall (test/bench/generated-hall.ts) into a new
// project as the app's Import a hall does (api 'import.hall', main/app/imports.ts): its NetBox
// export folder (racks, devices and cables CSV with the device types' YAML; the files the page
// sends without their text set aside by name, as HallImport.tsx does) and its layout JSON
// document. Each is timed REPEAT times (TRAYLINE_BENCH_REPEAT, default 3) into a fresh project,
// from the files' text to the rows written (parsing, checking, placing, writing, the undo step),
// and printed beside the raw SQLite floor measured right after it: as many rows as the import
// wrote, inserted into the cables table in one transaction. Minimum of each, wall and CPU.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setAsideByName } from '../../core/import/hall-files.js';
import { openProject, type Db } from '../../db/open.js';
import { TABLES } from '../../db/tables.js';
import { writeExport } from '../../main/app/export.js';
import { importHallFiles } from '../../main/app/imports.js';
import { createProject } from '../../main/app/project.js';
import { generatedHall, rawInsert } from './generated-hall.js';

const repeat = Number(process.env.TRAYLINE_BENCH_REPEAT ?? 3);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`TRAYLINE_BENCH_REPEAT=${process.env.TRAYLINE_BENCH_REPEAT}: give a whole number of rounds, 1 or more`);
const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-import-'));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const rowCount = (db: Db) => Object.values(TABLES).reduce((n, { table }) => n + (db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number), 0);

try {
  const hall = await generatedHall('32k', dir);
  const nbDir = join(dir, 'netbox');
  const layoutFile = join(dir, 'hall.json');
  const src = openProject(hall);
  try {
    await writeExport(src, 'netbox', nbDir, { projectPath: hall, progress: () => {} });
    await writeExport(src, 'json', layoutFile, { projectPath: hall, progress: () => {} });
  } finally {
    src.close();
  }
  // the folder as the page sends it
  const names = readdirSync(nbDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(nbDir, f)).isFile())
    .map((f) => relative(dir, join(nbDir, f)));
  const aside = setAsideByName(names);
  const netbox = names.map((name, i) => ({ name, text: aside[i] ? '' : readFileSync(join(dir, name), 'utf8') }));
  const sent = netbox.reduce((n, f) => n + f.text.length, 0);
  const all = names.reduce((n, name) => n + statSync(join(dir, name)).size, 0);
  const layout = [{ name: 'hall.json', text: readFileSync(layoutFile, 'utf8') }];
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}; the 32k-GPU hall; ${repeat} runs of each, minimum of each time`);
  console.log(`NetBox export folder: ${names.length} files, ${mb(all)}; sent ${mb(sent)} (${aside.filter(Boolean).length} files set aside by name go without their text). Layout JSON: ${mb(layout[0]!.text.length)}`);

  for (const [what, files] of [['NetBox folder', netbox], ['layout JSON', layout]] as const) {
    const best = { wall: Infinity, cpu: Infinity, rawWall: Infinity, rawCpu: Infinity };
    let rows = 0;
    let summary = '';
    for (let r = 0; r < repeat; r++) {
      const file = join(dir, `into-${r}.trayline`);
      createProject(file);
      const db = openProject(file);
      try {
        const before = rowCount(db);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const res = importHallFiles(db, files);
        const wall = performance.now() - t0;
        const c = process.cpuUsage(c0);
        if (!res.kind) throw new Error(`${what}: nothing imported: ${JSON.stringify(res.problems.slice(0, 3))}`);
        rows = rowCount(db) - before;
        summary = res.summary!;
        const raw = rawInsert(db, rows);
        best.wall = Math.min(best.wall, wall);
        best.cpu = Math.min(best.cpu, (c.user + c.system) / 1000);
        best.rawWall = Math.min(best.rawWall, raw.wallMs);
        best.rawCpu = Math.min(best.rawCpu, raw.cpuMs);
      } finally {
        db.close();
        rmSync(file, { force: true });
      }
    }
    console.log(
      `${what}: ${summary}; ${rows.toLocaleString('en-US')} rows written; import ${s(best.wall)} wall, ${s(best.cpu)} CPU; ` +
        `raw insert of as many rows ${s(best.rawWall)} wall, ${s(best.rawCpu)} CPU; ratio ${(best.wall / best.rawWall).toFixed(1)}x wall, ${(best.cpu / best.rawCpu).toFixed(1)}x CPU`,
    );
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
