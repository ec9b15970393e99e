// CDUs read back from NetBox devices rows (core/import/netbox-cdus.ts): Trayline's own export
// writes role cdu, the capacity and footprint in the type's model and the racks in the comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coolingOf, isCduRow, readCduRow } from '../../../core/import/netbox-cdus.js';
import type { TableRecord } from '../../../core/audit/table.js';

/** A devices row by normalised column (devicetype, role, rack, comments, location). */
const row = (cols: Record<string, string>, line = 2): TableRecord => ({ line, get: (c) => cols[c] ?? '' });

test('an in-row unit of the export: capacity and footprint from its type, its racks from its comments', () => {
  const r = row({ role: 'cdu', devicetype: 'In-row CDU 2000 kW (750 x 1200 mm)', location: 'Hall 1', comments: 'in-row CDU, 2,000 kW. Serves 3 racks: C03, D03, E03. Stands with its centre at x 8.18 m, y 1.80 m on the floor of hall "Hall 1", turned 0°, 750 x 1200 mm.' });
  assert.ok(isCduRow(r));
  // (its place as an earlier export wrote it, to the centimetre, is read too)
  assert.deepEqual(readCduRow(r, 'CDU R01-1'), { line: 2, name: 'CDU R01-1', hall: 'Hall 1', placement: 'in-row', capacityW: 2_000_000, widthMm: 750, depthMm: 1200, racks: ['C03', 'D03', 'E03'], at: { row: null, xMm: 8180, yMm: 1800, rotationDeg: 0 } });
});

test('an in-rack unit in a rack, with no comments, serves that rack; its footprint is the rack', () => {
  const c = readCduRow(row({ role: 'CDU', devicetype: 'In-rack CDU 150 kW', rack: 'R7' }), 'cdu-r7');
  assert.deepEqual(c, { line: 2, name: 'cdu-r7', hall: 'NetBox', placement: 'in-rack', capacityW: 150_000, widthMm: null, depthMm: null, racks: ['R7'], at: null });
});

test("a CDU from another NetBox with no capacity written anywhere is not guessed: the reason names the type", () => {
  const r = row({ role: 'Cooling', devicetype: 'Vertiv XDU CDU' });
  assert.ok(isCduRow(r), 'its type names a CDU');
  assert.match(readCduRow(r, 'xdu-1') as string, /^CDU xdu-1: no capacity in its type "Vertiv XDU CDU"/);
  assert.ok(!isCduRow(row({ role: 'Leaf', devicetype: 'SN5600' })));
});

test('racks to declare liquid-cooled: of liquid-cooled devices, or served; a rack found nowhere or already in the project is left out and noted', () => {
  const cdus = [readCduRow(row({ role: 'cdu', devicetype: 'In-row CDU 1000 kW (600 x 1200 mm)', comments: 'Serves 3 racks: A01, OLD-1, GHOST.' }), 'CDU-1')] as Exclude<ReturnType<typeof readCduRow>, string>[];
  const notes: string[] = [];
  const liquid = coolingOf(
    cdus,
    [
      { rack: 'B01', type: { coolingKind: 'liquid' } },
      { rack: 'B02', type: { coolingKind: 'air' } },
    ],
    new Map([['a01', 1], ['b01', 1], ['b02', 1]]),
    new Map([['old-1', 1]]),
    notes,
  );
  assert.deepEqual([...liquid].sort(), ['a01', 'b01']);
  assert.deepEqual(cdus[0]!.racks, ['A01']);
  assert.ok(notes.some((n) => /serves rack OLD-1, which the project already has/.test(n)));
  assert.ok(notes.some((n) => /serves rack GHOST, which is neither in the racks file nor in the project/.test(n)));
  assert.ok(notes.some((n) => /^2 rack\(s\) declared liquid-cooled/.test(n)));
});
