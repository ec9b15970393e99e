// IdMap (core/model/id-map.ts) stands in for the routing world's Maps: it must answer and iterate
// exactly as a Map does, whatever order ids are added, deleted and added again in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdMap } from '../../../core/model/id-map.js';

const same = (m: IdMap<string>, ref: Map<number, string>) => {
  assert.equal(m.size, ref.size);
  assert.deepEqual([...m], [...ref]);
  assert.deepEqual([...m.keys()], [...ref.keys()]);
  assert.deepEqual([...m.values()], [...ref.values()]);
  const seen: [number, string][] = [];
  m.forEach((v, k) => seen.push([k, v]));
  assert.deepEqual(seen, [...ref]);
};

test('ascending ids: lookups by id, iteration in id order, holes after deletes', () => {
  const m = IdMap.of([{ id: 5 }, { id: 6 }, { id: 9 }].map((x) => ({ ...x, name: `n${x.id}` })));
  assert.equal(m.get(9)?.name, 'n9');
  assert.equal(m.get(7), undefined);
  assert.equal(m.get(4), undefined);
  assert.equal(m.get(1e9), undefined);
  assert.equal(m.delete(6), true);
  assert.equal(m.delete(6), false);
  assert.equal(m.has(6), false);
  assert.deepEqual([...m.keys()], [5, 9]);
  assert.equal(m.size, 2);
});

test('a list out of id order keeps its own order, as new Map(list) would', () => {
  const m = IdMap.of([{ id: 5 }, { id: 3 }, { id: 9 }, { id: 4 }]);
  assert.deepEqual([...m.keys()], [5, 3, 9, 4]);
  assert.equal(m.get(4)?.id, 4);
  assert.equal(m.size, 4);
});

test('an id re-added after its delete goes last, as in a Map (a smaller id after a larger one)', () => {
  const m = new IdMap<string>();
  const ref = new Map<number, string>();
  for (const [k, v] of [[1, 'a'], [2, 'b'], [3, 'c']] as const) {
    m.set(k, v);
    ref.set(k, v);
  }
  m.delete(2);
  ref.delete(2);
  m.set(2, 'B');
  ref.set(2, 'B');
  same(m, ref);
  assert.deepEqual([...m.keys()], [1, 3, 2]);
});

test('random adds, replacements and deletes: always the same answers and order as a Map', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 50; round++) {
    const m = new IdMap<string>();
    const ref = new Map<number, string>();
    let next = 100;
    for (let step = 0; step < 200; step++) {
      const op = rnd(10);
      // mostly ascending new ids (as a snapshot and edits add them), sometimes an old one, a far one
      const k = op < 5 ? next++ : op < 7 ? 100 + rnd(next - 99) : op < 8 ? next + 5000 + rnd(3) : 100 + rnd(next - 99);
      if (op < 8) {
        m.set(k, `v${step}`);
        ref.set(k, `v${step}`);
      } else assert.equal(m.delete(k), ref.delete(k));
      assert.equal(m.get(k), ref.get(k));
    }
    same(m, ref);
  }
});

test('a map sized for some ids takes an id below them (a check session sized for the cables it was given, then a held jumper becomes a plain cable)', () => {
  const m = IdMap.spanning<string>([{ id: 500 }, { id: 501 }, { id: 502 }]);
  m.set(8, 'below');
  m.set(500, 'a');
  assert.equal(m.get(8), 'below');
  assert.equal(m.get(500), 'a');
  assert.equal(m.size, 2);
  same(m, new Map([[8, 'below'], [500, 'a']]));
});
