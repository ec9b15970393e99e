// Exports of one hall (issue 18 point 12): with options.hall every format but the layout JSON
// covers that hall only (its cables, racks, labels, BOM, floor plan), the file name says which
// hall, and export.formats gives the panel plain titles and descriptions without command-line flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { api } from '../../../core/api/index.js';
import type { HandlerContext } from '../../../main/handlers/context.js';
import { exportHandlers } from '../../../main/handlers/export.js';
import { openProject } from '../../../db/open.js';

const CLI = join(import.meta.dirname, '../../../bin/trayline.js');
const GEN = 'Fabric rail-optimized 256 GPUs';

// The demo hall (Hall 1: 16 racks, 512 cables) and a generated one (10 racks, 512 cables).
const path = join(mkdtempSync(join(tmpdir(), 'tl-hall-export-')), 'two.trayline');
execFileSync(process.execPath, [CLI, 'new', path, '--demo']);
execFileSync(process.execPath, [CLI, 'generate', path, '--arch', 'rail-optimized', '--gpus', '256']);
const db = openProject(path);
const ctx: HandlerContext = { project: () => ({ path, db }), progress: () => {} };
const run = async (args: unknown) => exportHandlers['export.run'](ctx, api['export.run'].args.parse(args));
const text = (r: { base64: string | null }) => Buffer.from(r.base64!, 'base64').toString('utf8');
const hallOfRack = new Map(db.prepare('SELECT r.name, h.name FROM racks r JOIN halls h ON h.id = r.hall_id').raw().all() as [string, string][]);

test('the cable schedule of one hall has that hall\'s cables only; without a hall, every cable', async () => {
  const gen = await run({ format: 'cable-schedule-csv', options: { hall: GEN } });
  assert.equal(gen.fileName, `${GEN}-cable-schedule.csv`);
  const rows = parse(text(gen), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 512);
  const rackColumns = Object.keys(rows[0]!).filter((k) => /rack/i.test(k));
  assert.ok(rackColumns.length >= 2, rackColumns.join());
  for (const row of rows) for (const k of rackColumns) assert.equal(hallOfRack.get(row[k]!), GEN, `${k} ${row[k]}`);
  const all = parse(text(await run({ format: 'cable-schedule-csv', options: {} })), { columns: true }) as unknown[];
  assert.equal(all.length, 1024);
});

test('labels, BOM and floor plan of one hall', async () => {
  const labels = parse(text(await run({ format: 'labels-csv', options: { hall: 'Hall 1' } })), { columns: true }) as unknown[];
  assert.equal(labels.length, 2 * 512);
  const svg = text(await run({ format: 'floorplan-svg', options: { hall: GEN } }));
  assert.ok(svg.includes(GEN));
  assert.ok(!svg.includes('>Hall 1<'));
  await assert.rejects(run({ format: 'bom-csv', options: { hall: 'Hall 9' } }), /options\.hall: no hall named "Hall 9" \(halls: Hall 1, Fabric rail-optimized 256 GPUs\)/);
});

test('export.formats: plain titles, descriptions without flags, and which formats go per hall', async () => {
  const list = await exportHandlers['export.formats'](ctx, {});
  for (const f of list) {
    assert.notEqual(f.title, f.name, f.name);
    assert.doesNotMatch(f.title, /^[a-z0-9-]+$/, f.name);
    assert.doesNotMatch(f.uiDescription, /--|trayline /, f.name);
  }
  const by = Object.fromEntries(list.map((f) => [f.name, f]));
  assert.equal(by['cable-schedule-xlsx']!.title, 'Cable schedule (Excel)');
  assert.equal(by['floorplan-png']!.scope, 'one-hall');
  assert.equal(by['json']!.scope, 'project');
  assert.equal(by['bom-xlsx']!.scope, 'hall');
});
