// The compact floor payload (core/model/floor.ts): objects packed as columns come back equal,
// optional keys absent where they were absent; bundle counts add up what the routes carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundleCounts, packColumns, unpackColumns } from '../../../core/model/floor.js';

test('columns round trip: same objects, same key order, absent optional keys stay absent', () => {
  const items = [
    { id: 1, name: 'A "1"', dropTrayId: null, plinthMm: 150, tags: [1, 2] },
    { id: 2, name: 'B\n2', dropTrayId: 7 },
    { id: 3, name: 'C', dropTrayId: null, plinthMm: 0 },
  ];
  const c = packColumns(items);
  assert.deepEqual(c.cols, ['id', 'name', 'dropTrayId', 'plinthMm', 'tags']);
  assert.deepEqual(c.opt, ['plinthMm', 'tags']);
  // 3 rows of 5 values instead of 3 objects repeating the keys
  assert.deepEqual(c.rows[1], [2, 'B\n2', 7, null, null]);
  const back = unpackColumns<(typeof items)[number]>(JSON.parse(JSON.stringify(c)));
  assert.deepEqual(back, items);
  assert.equal(JSON.stringify(back), JSON.stringify(items));
  assert.deepEqual(unpackColumns(packColumns([])), []);
});

test('an optional key null in one object and absent in another is refused, not changed', () => {
  assert.throws(() => packColumns([{ id: 1, a: null }, { id: 2 }]), /optional key "a"/);
});

test('bundle counts: each distinct route counted once per cable taking it, per hall', () => {
  // Trays 10 and 11 in hall 1, tray 20 in hall 2. 5 cables take 10/0 -> 10/1, 2 take 10/1 -> 11/0,
  // 1 takes 20/0. Segment 10/1 carries 5 + 2 = 7.
  const trays = [{ id: 10, hallId: 1 }, { id: 11, hallId: 1 }, { id: 20, hallId: 2 }];
  const r = bundleCounts(
    [
      [[{ trayId: 10, seg: 0 }, { trayId: 10, seg: 1 }], 5],
      [[{ trayId: 10, seg: 1 }, { trayId: 11, seg: 0 }], 2],
      [[{ trayId: 20, seg: 0 }], 1],
    ],
    trays,
  );
  const bySeg = new Map(r.bundles.trayId.map((t, i) => [`${t}/${r.bundles.seg[i]}`, r.bundles.count[i]]));
  assert.deepEqual(Object.fromEntries(bySeg), { '10/0': 5, '10/1': 7, '11/0': 2, '20/0': 1 });
  const byHall = new Map(r.routedByHall.hallId.map((h, i) => [h, r.routedByHall.count[i]]));
  // hall 1: 5 + 2 cables (the 2 touch two of its trays but count once each)
  assert.deepEqual(Object.fromEntries(byHall), { 1: 7, 2: 1 });
});
