// Bounded work on hostile NetBox exports (issue 12): a 50,000-row devices.csv where every row has
// the same name and rack position used to build a problem for every pair of devices (1.25 billion)
// and die out of memory; each device is now reported once per problem, found in one sweep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBuiltinDeviceType, toDeviceType } from '../../../core/catalog/index.js';
import { checkNetboxImport } from '../../../core/import/netbox-hall.js';
import { NetboxImportError } from '../../../core/import/netbox-types.js';
import { slotOf, uSpaceProblems } from '../../../core/model/rack-space.js';

test('rack space: each device overlapping an earlier one is reported once, with the one reaching highest', () => {
  const tall = { uHeight: 2, isFullDepth: true };
  const oneU = { uHeight: 1, isFullDepth: true };
  const half = { uHeight: 1, isFullDepth: false };
  const slots = [
    slotOf({ id: 1, u: 1, face: 'front' }, tall), // U1-2
    slotOf({ id: 2, u: 2, face: 'front' }, oneU), // U2: inside 1
    slotOf({ id: 3, u: 3, face: 'front' }, oneU), // U3: free
    slotOf({ id: 4, u: 5, face: 'front' }, half), // U5 front only
    slotOf({ id: 5, u: 5, face: 'rear' }, half), // U5 rear only: no clash with 4
    slotOf({ id: 6, u: 47, face: 'front' }, tall), // U47-48 of a 47U rack: over the top
  ];
  assert.deepEqual(uSpaceProblems(47, slots), [
    { kind: 'overflow', deviceId: 6, hi: 48, heightU: 47 },
    { kind: 'overlap', deviceId: 2, otherId: 1, u: 2 },
  ]);
});

test('50,000 NetBox devices with one name at one position: 49,999 duplicates and 49,999 overlaps, not every pair', () => {
  const n = 50_000;
  const qm = { ...toDeviceType(findBuiltinDeviceType('nvidia-qm9700')!), id: 1 };
  assert.equal(qm.uHeight, 1);
  const devices = ['role,manufacturer,device_type,status,name,site,location,rack,position,face', ...Array<string>(n).fill('Leaf,NVIDIA,nvidia-qm9700,active,leaf01,DC1,Hall 1,A01,1,front')].join('\n');
  const racks = 'site,location,name,u_height\nDC1,Hall 1,A01,48\n';
  const project = { deviceTypes: [qm], racks: [], devices: [], cables: () => [], portsOf: () => [] };
  const t0 = performance.now();
  let err: unknown;
  try {
    checkNetboxImport({ racks: { name: 'racks.csv', text: racks }, devices: { name: 'devices.csv', text: devices } }, project);
  } catch (e) {
    err = e;
  }
  const ms = performance.now() - t0;
  assert.ok(err instanceof NetboxImportError);
  const dup = err.errors.filter((e) => /^device leaf01 is already on row \d+$/.test(e.reason));
  const overlap = err.errors.filter((e) => /^leaf01 would share U1 with leaf01 in rack A01$/.test(e.reason));
  assert.equal(dup.length, n - 1);
  assert.equal(overlap.length, n - 1);
  assert.equal(err.errors.length, 2 * (n - 1));
  // A guard against a hang, not a benchmark: 8.5 s here on a loaded 2-core machine, most of it csv-parse.
  assert.ok(ms < 60_000, `${Math.round(ms)} ms`);
  console.log(`netbox ${n} duplicate devices: ${err.errors.length} problems in ${Math.round(ms)} ms`);
});

test('a table over the row bound is refused before it is parsed, naming the file and the bound', async () => {
  const { readTable } = await import('../../../core/audit/table.js');
  const { LIMITS } = await import('../../../core/model/limits.js');
  const text = 'side_a_device,side_a_name\n' + 'leaf01,swp1\n'.repeat(LIMITS.tableRows + 1);
  const t0 = performance.now();
  assert.throws(() => readTable('cables.csv', text), (e: Error) => e.message === `cables.csv: more than ${LIMITS.tableRows.toLocaleString('en-US')} rows: split the file`);
  // Parsing that many rows takes minutes here; counting lines, milliseconds.
  assert.ok(performance.now() - t0 < 5_000);
  // One row under the bound is read.
  assert.equal(readTable('cables.csv', 'side_a_device,side_a_name\nleaf01,swp1\n').records.length, 1);
});
