// The structured exports through the API the app's Export panel uses (export.formats, export.run),
// on the hand-built hall test/fixtures/layout/structured-two-rows.json (one 144-fibre trunk between
// two 48-port panels, 12 jumper pairs; expected rows worked in test/cli/structured-export.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { api } from '../../../core/api/index.js';
import { openProject } from '../../../db/open.js';
import { createProject } from '../../../main/app/create-project.js';
import { importLayoutInto, parseLayout } from '../../../main/app/imports.js';
import { routeProject } from '../../../main/app/routing.js';
import type { HandlerContext } from '../../../main/handlers/context.js';
import { exportHandlers } from '../../../main/handlers/export.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/layout/structured-two-rows.json');
const path = join(mkdtempSync(join(tmpdir(), 'tl-structured-')), 's.trayline');
createProject(path);
const db = openProject(path);
importLayoutInto(db, parseLayout(readFileSync(FIXTURE, 'utf8'), FIXTURE));
routeProject(db, { autoMedia: 'none', details: false });
const ctx: HandlerContext = { project: () => ({ path, db }), progress: () => {} };
const run = async (args: unknown) => exportHandlers['export.run'](ctx, api['export.run'].args.parse(args));
const rows = (r: { base64: string | null }): Record<string, string>[] => parse(Buffer.from(r.base64!, 'base64'), { columns: true });

test('export.formats: the structured formats with their plain titles, each of the hall on screen or the whole project', async () => {
  const list = await exportHandlers['export.formats'](ctx, {});
  const got = list.filter((f) => /^(trunk|panel|jumper)-/.test(f.name)).map((f) => [f.name, f.title, f.fileName, f.scope]);
  assert.deepEqual(got, [
    ['trunk-schedule-csv', 'Trunk schedule (CSV)', 'trunk-schedule.csv', 'hall'],
    ['trunk-schedule-xlsx', 'Trunk schedule (Excel)', 'trunk-schedule.xlsx', 'hall'],
    ['panel-map-csv', 'Panel map (CSV)', 'panel-map.csv', 'hall'],
    ['jumper-schedule-csv', 'Jumper schedule (CSV)', 'jumper-schedule.csv', 'hall'],
    ['jumper-schedule-xlsx', 'Jumper schedule (Excel)', 'jumper-schedule.xlsx', 'hall'],
  ]);
});

test('export.run: trunk schedule, panel map and jumper schedule of the hall, whole or by its name; another hall is refused', async () => {
  const trunks = rows(await run({ format: 'trunk-schedule-csv', options: { hall: 'Hall 1' } }));
  assert.deepEqual(trunks.map((r) => [r['trunk'], r['fibres'], r['A rack'], r['A U'], r['B rack'], r['B U'], r['routed length (m)'], r['ordered length (m)']]), [
    ['TRK-A01-B01', '144', 'NA01', '40', 'NB01', '40', '8.788', '9'],
  ]);
  const map = rows(await run({ format: 'panel-map-csv', options: {} }));
  assert.equal(map.length, 2 * 48);
  assert.equal(map.filter((r) => r['trunk'] === 'TRK-A01-B01').length, 2 * 12);
  const jumpers = rows(await run({ format: 'jumper-schedule-csv', options: {} }));
  assert.deepEqual(new Set(jumpers.map((r) => r['ordered length (m)'])), new Set(['1.5']));
  assert.equal(jumpers.length, 24);
  await assert.rejects(run({ format: 'trunk-schedule-csv', options: { hall: 'Hall 2' } }), /options\.hall: no hall named "Hall 2"/);
});

test('export.run: the panel map reports its progress against the number of panel ports it writes', async () => {
  const events: [string, number, number][] = [];
  const seen: HandlerContext = { ...ctx, progress: (phase, done, total) => events.push([phase, done, total]) };
  const map = rows(await exportHandlers['export.run'](seen, api['export.run'].args.parse({ format: 'panel-map-csv', options: {} })));
  const ports = events.filter(([phase]) => phase === 'panel ports');
  assert.deepEqual(ports[0], ['panel ports', 0, map.length]);
  assert.ok(ports.every(([, done, total]) => total === map.length && done <= total), JSON.stringify(ports));
  assert.deepEqual(ports.at(-1), ['panel ports', map.length, map.length]);
});

