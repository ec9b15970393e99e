// The golden dump's parts (usage: test/bench/golden.ts): each a hash of one thing a user sees.
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Db } from '../../db/open.js';
import { loadSnapshot, snapshotJsonChunks } from '../../db/snapshot.js';
import { loadDetail, loadFloor } from '../../db/floor.js';
import { checkProject } from '../../main/app/checks.js';
import { exportSource } from '../../main/app/export.js';
import { projectInfo } from '../../main/app/project.js';
import { EXPORT_FORMATS } from '../../main/export/registry.js';

export interface Part {
  name: string;
  sha: string;
  count: number;
}

const sha = (h: Hash) => h.digest('hex');
export const hashText = (name: string, text: string | Buffer, count?: number): Part => ({
  name,
  sha: createHash('sha256').update(text).digest('hex'),
  count: count ?? (typeof text === 'string' ? Buffer.byteLength(text) : text.length),
});

/**
 * Entity tables as the user sees them: ports and cables through `port_view`/`cable_view` once
 * those exist. Storage details (port_blocks, channels, history, history_aside, floor_cache,
 * schema_migrations) are not hashed: a model change may change them freely.
 */
const TABLES: [table: string, view: string | null, key: string][] = [
  ['halls', null, 'id'],
  ['rows', null, 'id'],
  ['racks', null, 'id'],
  ['devices', null, 'id'],
  ['ports', 'port_view', 'id'],
  ['cables', 'cable_view', 'id'],
  ['trays', null, 'id'],
  ['power_feeds', null, 'id'],
  ['cdus', null, 'id'],
  ['media', null, 'id'],
  ['device_types', null, 'id'],
  ['port_templates', null, 'id'],
  ['settings', null, 'key'],
];

/** Whether the file has this view (the golden dump reads a file before and after migrations). */
export function hasView(db: Db, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?").get(name);
}

/** Each row as SQLite's quote() of every column (so 1 and 1.0 and '1' differ), ordered by key. */
export function tableParts(db: Db): Part[] {
  return TABLES.map(([table, view, key]) => {
    // The table's own columns, read from the view: a view missing one fails here, loudly.
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((c) => c.name);
    const from = view && hasView(db, view) ? view : table;
    const expr = cols.map((c) => `quote("${c}")`).join(" || '|' || ");
    const h = createHash('sha256');
    let n = 0;
    for (const line of db.prepare(`SELECT ${expr} FROM ${from} ORDER BY "${key}"`).pluck().iterate()) {
      h.update(`${line as string}\n`);
      n++;
    }
    return { name: `table:${table}`, sha: sha(h), count: n };
  });
}

/** The snapshot as loadSnapshot gives it and as the bridge sends it (snapshotJsonChunks), the floor and its details. */
export function snapshotParts(db: Db): Part[] {
  const snap = loadSnapshot(db);
  const objects = snap.halls.length + snap.rows.length + snap.racks.length + snap.devices.length + snap.ports.length + snap.cables.length + snap.trays.length + snap.feeds.length + (snap.cdus?.length ?? 0);
  const obj = hashText('snapshot', JSON.stringify({ ...snap, schemaVersion: 0 }), objects);
  return [obj, snapshotJsonPart(db), floorPart(db), detailPart(db)];
}

export function snapshotJsonPart(db: Db): Part {
  const text = Buffer.concat(snapshotJsonChunks(db)).toString('utf8').replace(/^\{"schemaVersion":\d+,/, '{"schemaVersion":0,');
  return hashText('snapshot-json', text);
}

/** The floor payload as computed from the tables (not the copy kept in the file); its schema version
 * blanked as the snapshot's is (a migration bumps it). */
export function floorPart(db: Db): Part {
  return hashText('floor', JSON.stringify({ ...loadFloor(db), schemaVersion: 0 }));
}

/**
 * What a floor-first page reads when it opens a rack or picks a tray's cables (db/floor.ts
 * loadDetail, the app's project.detail): every rack alone, and segment 0 of the first three trays.
 */
export function detailPart(db: Db): Part {
  const h = createHash('sha256');
  const racks = db.prepare('SELECT id FROM racks ORDER BY id').pluck().all() as number[];
  for (const id of racks) h.update(JSON.stringify(loadDetail(db, { racks: [id] }))).update('\n');
  const trays = db.prepare('SELECT id FROM trays ORDER BY id LIMIT 3').pluck().all() as number[];
  for (const id of trays) h.update(JSON.stringify(loadDetail(db, { segment: { trayId: id, seg: 0 } }))).update('\n');
  return { name: 'detail', sha: sha(h), count: racks.length + trays.length };
}

/** `check --json` (the whole result, object ids included) and `info --json` without path and schema version. */
export function checkInfoParts(path: string, db: Db): Part[] {
  const check = checkProject(db);
  const { path: _p, schemaVersion: _v, ...info } = projectInfo({ path, db }, { structured: true });
  return [hashText('check', JSON.stringify(check), check.violations.length), hashText('info', JSON.stringify(info))];
}

const STAMPS: RegExp[] = [/\((D:\d{14}[^)]*)\)/g, /\/ID \[[^\]]*\]/g];

/** What an export's bytes say, without the writer's clock: unzipped parts of a workbook, a PDF without its dates. */
async function exportDigest(fileName: string, bytes: Buffer): Promise<{ sha: string; count: number }> {
  const h = createHash('sha256');
  if (fileName.endsWith('.xlsx')) {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
    let total = 0;
    for (const n of names) {
      let text = await zip.files[n]!.async('string');
      if (n === 'docProps/core.xml') text = text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');
      h.update(`${n}\n${text}\n`);
      total += text.length;
    }
    return { sha: sha(h), count: total };
  }
  if (fileName.endsWith('.pdf')) {
    let text = bytes.toString('latin1');
    for (const re of STAMPS) text = text.replace(re, '');
    h.update(text, 'latin1');
    return { sha: sha(h), count: bytes.length };
  }
  h.update(bytes);
  return { sha: sha(h), count: bytes.length };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/**
 * Every EXPORT_FORMATS entry, written by its own writer into a temporary folder; a one-hall format
 * for the first hall. The project name and date in titles are fixed, not the file's.
 */
export async function exportParts(db: Db, only?: (name: string) => boolean): Promise<Part[]> {
  const hall = (db.prepare('SELECT name FROM halls ORDER BY id LIMIT 1').pluck().get() as string | undefined) ?? undefined;
  const temp = mkdtempSync(join(tmpdir(), 'trayline-golden-'));
  const parts: Part[] = [];
  try {
    for (const [name, f] of Object.entries(EXPORT_FORMATS)) {
      if (only && !only(name)) continue;
      const choices = { date: '2026-01-01', ...(f.hall === 'one' && hall ? { hall } : {}) };
      const out = join(temp, name, f.folder ? 'out' : f.fileName);
      const opts = { projectPath: 'hall.trayline', progress: () => {}, choices };
      try {
        mkdirSync(join(temp, name));
        const t = performance.now();
        await f.write(exportSource(db, choices.hall), out, opts);
        if (process.env.GOLDEN_TIMES) process.stderr.write(`  export ${name} ${Math.round(performance.now() - t)} ms\n`);
      } catch (e) {
        // A format that refuses this hall (no InfiniBand switch, say) is part of what users see.
        process.stderr.write(`golden: export ${name} refused (hashed as such): ${(e as Error).message}\n`);
        parts.push(hashText(`export:${name}`, `refused: ${(e as Error).message}`));
        continue;
      }
      if (f.folder) {
        const h = createHash('sha256');
        const files = filesUnder(out);
        for (const file of files) h.update(`${file}\n`).update(readFileSync(join(out, file))).update('\n');
        parts.push({ name: `export:${name}`, sha: sha(h), count: files.length });
      } else {
        parts.push({ name: `export:${name}`, ...(await exportDigest(f.fileName, readFileSync(out))) });
      }
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return parts;
}


export function totalOf(parts: readonly Part[]): string {
  return createHash('sha256')
    .update(parts.map(partLine).join('\n') + '\n')
    .digest('hex');
}

export const partLine = (p: Part) => `${p.name} ${p.sha} ${p.count}`;
