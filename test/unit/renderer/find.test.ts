import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Finder, type FindSources } from '../../../renderer/src/find/search.js';
import type { Cable, Device, Port, Rack } from '../../../core/model/entities.js';

function sources(): FindSources {
  const rack = new Map<number, Rack>();
  for (const [id, name] of [[1, 'A01'], [2, 'AA01'], [3, 'B01']] as const) rack.set(id, { id, name } as Rack);
  const device = new Map<number, Device>([[10, { id: 10, name: 'leaf-01', rackId: 1 } as Device], [11, { id: 11, name: 'dgx-01', rackId: 3 } as Device]]);
  const port = new Map<number, Port>([[20, { id: 20, deviceId: 10, name: '1/1' } as Port], [21, { id: 21, deviceId: 10, name: '11/1' } as Port]]);
  const cable = new Map<number, Cable>([[30, { id: 30, label: 'GPU-A01' } as Cable]]);
  return { rack, device, port, cable };
}

test('find: exact names first, then prefixes, then the rest; racks before cables', () => {
  const f = new Finder();
  const r = f.find(sources(), 'a01');
  // A01 exact; AA01 and GPU-A01 contain it (rank 2, racks before cables)
  assert.deepEqual(r.hits.map((h) => [h.kind, h.name, h.rank]), [['rack', 'A01', 0], ['rack', 'AA01', 2], ['cable', 'GPU-A01', 2]]);
  assert.equal(r.total, 3);
});

test('find: ports by device:port or "device port"; a longer query narrows the last matches to the same answer', () => {
  const s = sources();
  const typed = new Finder();
  let last;
  for (const q of ['l', 'le', 'leaf', 'leaf-01', 'leaf-01 ', 'leaf-01 1', 'leaf-01 1/1']) last = typed.find(s, q);
  const fresh = new Finder().find(s, 'leaf-01 1/1');
  assert.deepEqual(last, fresh);
  assert.deepEqual(fresh.hits.map((h) => [h.kind, h.name, h.rank]), [['port', 'leaf-01:1/1', 0]]);
  assert.deepEqual(new Finder().find(s, 'LEAF-01:1').hits.map((h) => h.name), ['leaf-01:1/1', 'leaf-01:11/1']);
  // after an edit (a new map) the index is rebuilt: a renamed rack is found by its new name
  const f = new Finder();
  f.find(s, 'b0');
  s.rack = new Map(s.rack).set(3, { id: 3, name: 'C01' } as Rack);
  assert.deepEqual(f.find(s, 'b01').hits, []);
  assert.deepEqual(f.find(s, 'c01').hits.map((h) => h.id), [3]);
});
