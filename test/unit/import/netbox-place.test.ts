// Where NetBox racks and CDUs stand (core/import/netbox-place.ts): as Trayline's own export wrote
// them in their comments (core/import/netbox-floor.ts), else laid out anew in rows, an in-row CDU
// at the end of the row of the first rack it serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CDU_FOOTPRINT_MM } from '../../../core/geometry/footprint.js';
import type { CduRow } from '../../../core/import/netbox-cdus.js';
import { rackFloorComment, readFloorComment, type FloorPlace } from '../../../core/import/netbox-floor.js';
import { placeNetboxRacks } from '../../../core/import/netbox-place.js';
import type { RackRow } from '../../../core/import/netbox-types.js';
import type { Hall } from '../../../core/model/entities.js';

const rack = (name: string, at: FloorPlace | null = null, hall = 'Hall 1'): RackRow => ({ line: 2, name, hall, group: '', widthMm: 600, depthMm: 1200, heightU: 48, at });
const cdu = (name: string, racks: string[], at: FloorPlace | null = null): CduRow => ({ line: 9, name, hall: 'Hall 1', placement: 'in-row', capacityW: 1_000_000, widthMm: 750, depthMm: 1200, racks, at });
const EMPTY = { halls: [], racks: [], rows: [] };
const where = (p: ReturnType<typeof placeNetboxRacks>) => p.halls.flatMap((h) => h.rows.flatMap((r) => r.racks.map((k) => `${r.name}:${k.rack.name}@${k.xMm},${k.yMm},${k.rotationDeg}`))).sort();

test('a place written in a comment reads back to the millimetre, names with quotes included; a comment without one gives none', () => {
  const p = { xMm: 8175, yMm: 1801, rotationDeg: 180 } as const;
  const text = rackFloorComment(p, 'Row "A" 1', 'Hall "North"');
  assert.deepEqual(readFloorComment(text), { row: 'Row "A" 1', ...p });
  assert.deepEqual(readFloorComment(rackFloorComment(p, null, 'H')), { row: null, ...p });
  // an earlier export's CDU sentence, to the centimetre
  assert.deepEqual(readFloorComment('in-row CDU, 2,000 kW. Stands with its centre at x 8.18 m, y 1.80 m on the floor of hall "Hall 1", turned 90°, 750 x 1200 mm.'), { row: null, xMm: 8180, yMm: 1800, rotationDeg: 90 });
  assert.equal(readFloorComment('Rack in the north row, by the door'), null);
  assert.equal(readFloorComment('Stands with its centre at x -1.000 m, y 2.000 m on the floor of hall "H", turned 0°.'), null);
  assert.equal(readFloorComment('Stands with its centre at x 1.000 m, y 2.000 m on the floor of hall "H", turned 45°.'), null);
});

test('racks whose comments give their places stand there, in their rows, turned as written; the hall grows to hold them', () => {
  const racks = [rack('B1', { row: 'Row 2', xMm: 1500, yMm: 4800, rotationDeg: 180 }), rack('A1', { row: 'Row 1', xMm: 1500, yMm: 1800, rotationDeg: 0 }), rack('A2', { row: 'Row 1', xMm: 2100, yMm: 1800, rotationDeg: 0 }), rack('X', { row: null, xMm: 6000, yMm: 1800, rotationDeg: 90 })];
  const p = placeNetboxRacks(racks, EMPTY, {});
  assert.deepEqual(where(p), ['Row 1:A1@1500,1800,0', 'Row 1:A2@2100,1800,0', 'Row 2:B1@1500,4800,180', 'null:X@6000,1800,90']);
  // X turned: 1200 mm along x, so it reaches 6.6 m; B1 reaches 5.4 m; 1.2 m of margin, whole tiles
  assert.deepEqual([p.halls[0]!.widthMm, p.halls[0]!.depthMm], [7800, 6600]);
  assert.match(p.note!, /^4 rack\(s\) stand in their rows where their comments say/);
});

test('racks are laid out anew when one has no place, when two places overlap, or when their hall is one the project has', () => {
  const a = { row: 'R', xMm: 1500, yMm: 1800, rotationDeg: 0 } as const;
  const laidOut = (p: ReturnType<typeof placeNetboxRacks>) => p.halls[0]!.rows.flatMap((r) => r.racks).map((k) => `${k.xMm},${k.yMm}`);
  // (laid out anew: side by side from the margin, 1.2 m in)
  assert.deepEqual(laidOut(placeNetboxRacks([rack('A1', a), rack('A2')], EMPTY, {})), ['1500,1800', '2100,1800']);
  assert.deepEqual(laidOut(placeNetboxRacks([rack('A1', a), rack('A2', { ...a, xMm: 1800 })], EMPTY, {})), ['1500,1800', '2100,1800']);
  const hall: Hall = { id: 1, name: 'Hall 1', widthMm: 12000, depthMm: 12000, tileMm: 600 };
  const into = placeNetboxRacks([rack('A1', a)], { halls: [hall], racks: [], rows: [] }, {});
  assert.equal(into.halls[0]!.hallId, 1);
  assert.match(into.note!, /NetBox has no floor coordinates: 1 rack\(s\) placed in 1 row\(s\)/);
});

test('an in-row CDU stands where its comments say when that is free, else at the end of the row of the first rack it serves', () => {
  const row = (name: string, x: number) => rack(name, { row: 'R', xMm: x, yMm: 1800, rotationDeg: 180 });
  const racks = [row('A1', 1500), row('A2', 2100)];
  const free = placeNetboxRacks(racks, EMPTY, {}, [cdu('CDU-1', ['A1'], { row: null, xMm: 5000, yMm: 1800, rotationDeg: 0 })]);
  assert.deepEqual(free.cdus.get('cdu-1'), { xMm: 5000, yMm: 1800, rotationDeg: 0, asWritten: true });
  // its written place on a rack: after the row's last rack (2.4 m + half its 750 mm), turned as the row
  const taken = placeNetboxRacks(racks, EMPTY, {}, [cdu('CDU-1', ['A1'], { row: null, xMm: 2000, yMm: 1800, rotationDeg: 0 })]);
  assert.deepEqual(taken.cdus.get('cdu-1'), { xMm: 2400 + 375, yMm: 1800, rotationDeg: 180, asWritten: false });
  // racks from another NetBox (no places): two CDUs of one row stand one after the other; the hall grows
  const other = placeNetboxRacks([rack('A1'), rack('A2')], EMPTY, {}, [cdu('C1', ['A2']), cdu('C2', ['A1'])]);
  assert.deepEqual([other.cdus.get('c1')!.xMm, other.cdus.get('c2')!.xMm], [2400 + 375, 2400 + 750 + 375]);
  assert.equal(other.halls[0]!.widthMm, Math.ceil((2400 + 2 * CDU_FOOTPRINT_MM.widthMm + 1200) / 600) * 600);
  // a CDU serving no imported rack stands nowhere
  assert.equal(placeNetboxRacks([rack('A1')], EMPTY, {}, [cdu('C9', [])]).cdus.size, 0);
});
