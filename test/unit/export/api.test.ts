import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { api } from '../../../core/api/index.js';
import type { HandlerContext } from '../../../main/handlers/context.js';
import { exportHandlers } from '../../../main/handlers/export.js';
import { buildFixture } from './fixture.js';

const f = buildFixture();
const events: [string, number, number][] = [];
const ctx: HandlerContext = {
  project: () => ({ path: f.path, db: f.db }),
  progress: (phase, done, total) => events.push([phase, done, total]),
};
const run = async (args: unknown) => exportHandlers['export.run'](ctx, api['export.run'].args.parse(args));

test('export.formats lists every issue 7 format with a file name', async () => {
  const names = (await exportHandlers['export.formats'](ctx, {})).map((x) => x.name);
  for (const n of ['cable-schedule-csv', 'cable-schedule-xlsx', 'bom-csv', 'bom-xlsx', 'labels-pdf', 'labels-csv', 'netbox', 'floorplan-svg', 'floorplan-png', 'floorplan-pdf', 'elevations-pdf']) {
    assert.ok(names.includes(n), n);
  }
});

test('export.run returns the file as base64 with progress, and a folder format as a zip', async () => {
  const r = await run({ format: 'labels-csv', options: { date: '2026-11-30' } });
  assert.equal(r.fileName, 'labels.csv');
  assert.equal(r.mime, 'text/csv');
  const rows = parse(Buffer.from(r.base64!, 'base64'), { columns: true });
  assert.equal(rows.length, 2 * f.cables);
  assert.equal(r.bytes, Buffer.from(r.base64!, 'base64').length);
  assert.deepEqual(events.at(-1), ['labels', 2 * f.cables, 2 * f.cables]);

  const nb = await run({ format: 'netbox', options: { site: 'DC1' } });
  assert.equal(nb.fileName, 'netbox.zip');
  const zip = await JSZip.loadAsync(Buffer.from(nb.base64!, 'base64'));
  const files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort();
  for (const n of ['README.md', 'cables.csv', 'devices.csv', 'racks.csv']) assert.ok(files.includes(n), n);
  assert.ok(files.some((n) => n.startsWith('device-types/') && n.endsWith('.yaml')));
  const cables = parse(await zip.file('cables.csv')!.async('string'), { columns: true });
  assert.equal(cables.length, f.cables);
});

test('export.run takes no path from the page: outPath is refused by the contract', () => {
  const parsed = api['export.run'].args.safeParse({ format: 'cable-schedule-csv', outPath: join(f.dir, 'x.csv') });
  assert.equal(parsed.success, false);
  assert.match(parsed.error!.issues[0]!.message, /outPath|Unrecognized key/i);
});

test('export.run in the desktop app writes where its save dialog says; a cancel writes nothing; bad input names the field', async () => {
  const path = join(f.dir, 'api-schedule.csv');
  const offers: { fileName: string; mime: string }[] = [];
  const desktop: HandlerContext = { ...ctx, chooseSavePath: async (offer) => (offers.push(offer), path) };
  const r = await exportHandlers['export.run'](desktop, api['export.run'].args.parse({ format: 'cable-schedule-csv' }));
  assert.deepEqual(offers, [{ fileName: 'cable-schedule.csv', mime: 'text/csv' }]);
  assert.equal(r.savedAs, 'api-schedule.csv');
  assert.equal(r.base64, null);
  assert.equal(r.canceled, false);
  assert.equal(r.bytes, readFileSync(path).length);
  assert.equal(parse(readFileSync(path), { columns: true }).length, f.cables);
  const canceled = await exportHandlers['export.run']({ ...ctx, chooseSavePath: async () => null }, api['export.run'].args.parse({ format: 'bom-csv' }));
  assert.deepEqual([canceled.canceled, canceled.base64, canceled.savedAs], [true, null, null]);
  // The dialog's answer goes through the same guard as the CLI's --out: never the project itself.
  await assert.rejects(async () => exportHandlers['export.run']({ ...ctx, chooseSavePath: async () => f.path }, api['export.run'].args.parse({ format: 'json' })), /that is the open project; not writing there/);
  await assert.rejects(run({ format: 'nope' }), /unknown format "nope"/);
  await assert.rejects(run({ format: '__proto__' }), /unknown format "__proto__"/);
  assert.throws(() => api['export.run'].args.parse({ format: 'bom-csv', options: { date: '30/11/2026' } }));
  await assert.rejects(run({ format: 'floorplan-svg', options: { hall: 'H9' } }), (e: Error & { where?: string }) => e.where === 'options.hall');
});

test('export.formats and export.run: the fabric formats of issue 15, one hall each', async () => {
  const list = await exportHandlers['export.formats'](ctx, {});
  const files = Object.fromEntries(list.map((x) => [x.name, x.fileName]));
  assert.deepEqual(
    ['ibnetdiscover', 'ufm-p2p-xlsx', 'ufm-hca-mapping-csv', 'ufm-layout-csv', 'slurm-topology', 'bring-up-csv', 'bring-up-xlsx'].map((n) => files[n]),
    ['plan.topo', 'ufm-p2p.xlsx', 'hca_mapping.csv', 'layout.csv', 'topology.conf', 'bring-up.csv', 'bring-up.xlsx'],
  );
  const r = await run({ format: 'ufm-layout-csv', options: { date: '2026-11-30' } });
  assert.match(Buffer.from(r.base64!, 'base64').toString('utf8'), /^Rack,Data Hall,Scalable Unit,Row\n/);
  await assert.rejects(run({ format: 'slurm-topology', options: { hall: 'Nope' } }), /options\.hall: no hall named "Nope"/);
  await assert.rejects(run({ format: 'slurm-topology', options: { block: 'row' } }), /block/);
});
