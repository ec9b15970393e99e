import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TrayGraph, type TrayPoint } from '../../../core/routing/tray-graph.js';
import { World } from './world.js';

// A ladder: two 12 m rails (y = 0 and y = 3000) joined by rungs every 3 m (x = 0 ... 12000).
function ladder(): { w: World; bottom: number; top: number } {
  const w = new World();
  const bottom = w.tray([[0, 0], [12000, 0]]).id;
  const top = w.tray([[0, 3000], [12000, 3000]]).id;
  for (let x = 0; x <= 12000; x += 3000) w.tray([[x, 0], [x, 3000]]);
  return { w, bottom, top };
}

function dropPoints(g: TrayGraph, bottom: number, top: number): TrayPoint[] {
  const pts: TrayPoint[] = [];
  for (const [id, y] of [[bottom, 0], [top, 3000]] as const) {
    for (let x = 500; x < 12000; x += 1000) pts.push(g.dropOn(g.trays.get(id)!, [x, y + 100]));
  }
  return pts;
}

test('tray graph: the shortest path climbs the nearest rung between the two drops', () => {
  const { w, bottom, top } = ladder();
  const g = new TrayGraph(w.snap.trays);
  const a = g.dropOn(g.trays.get(bottom)!, [500, 100]);
  const b = g.dropOn(g.trays.get(top)!, [11500, 3100]);
  const p = g.shortest(a, b)!;
  // along a rail 11,000 mm (whichever rung between x = 500 and 11,500) plus one rung of 3,000 mm
  assert.equal(p.mm, 11000 + 3000);
  assert.equal(p.steps[0]!.trayId, bottom);
  assert.equal(p.steps[p.steps.length - 1]!.trayId, top);
  assert.equal(p.steps.length, 3);
});

test('tray graph: with room for one Dijkstra tree, every path is the same as with all trees kept, and repeated pairs share their steps', () => {
  const { w, bottom, top } = ladder();
  const all = new TrayGraph(w.snap.trays);
  const one = new TrayGraph(w.snap.trays, 0);
  const pa = dropPoints(all, bottom, top);
  const po = dropPoints(one, bottom, top);
  assert.equal(pa.length, 24);
  // Sources interleaved, so that the one-tree graph drops and recomputes a tree on nearly every ask.
  const order: [number, number][] = [];
  for (let j = 0; j < pa.length; j++) for (let i = 0; i < pa.length; i++) if (i !== j) order.push([i, j]);
  const first = new Map<string, unknown>();
  for (const round of [1, 2]) {
    for (const [i, j] of order) {
      const x = all.shortest(pa[i]!, pa[j]!)!;
      const y = one.shortest(po[i]!, po[j]!)!;
      assert.equal(y.mm, x.mm, `${i} -> ${j}`);
      assert.deepEqual(y.steps, x.steps, `${i} -> ${j}`);
      if (round === 1) first.set(`${i}:${j}`, y.steps);
      else assert.equal(y.steps, first.get(`${i}:${j}`), `${i} -> ${j}: the same array as the first time`);
    }
  }
});
