import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Router } from '../../../core/routing/router.js';
import { CheckSession } from '../../../core/checks/session.js';
import { U_MM } from '../../../core/model/units.js';
import { World } from './world.js';

function router(w: World) {
  return new CheckSession(w.snap).router;
}

test('same rack: U distance between device middles, plus slack; a face crossing adds its allowance', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  const r = w.rack();
  const a = w.device(r, t, 10).ports[0]!;
  const b = w.device(r, t, 20).ports[0]!;
  const c = w.device(r, t, 30, { face: 'rear' }).ports[0]!;
  const ab = w.cable(a, b);
  const ac = w.cable(a, c);
  const rt = router(w);
  // middles: (10-1+0.5) x 44.45 = 422.275 mm and (20-1+0.5) x 44.45 = 866.775 mm -> 444.5 mm apart
  // 444.5 + slack 500 = 944.5 -> 945 mm (whole mm)
  const x = rt.route(ab);
  assert.equal(x.routedMm, Math.round(444.5 + 500));
  assert.deepEqual(x.route, []);
  // rear-mounted device: its front port faces the rack's rear: + face crossing 600
  // (30-1+0.5) x 44.45 = 1311.275; 1311.275 - 422.275 = 889 + 600 + 500 = 1989
  assert.equal(rt.route(ac).routedMm, 889 + 600 + 500);
});

test('an in-rack route reads as any route: its own cable, lengths, one rack at both ends, no trays, no problem', () => {
  const w = new World();
  const p = (name: string) => ({ name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] });
  const t = w.type({ uHeight: 1, ports: [p('p1'), p('p2')] });
  const r = w.rack();
  const a = w.device(r, t, 10).ports;
  const b = w.device(r, t, 20).ports;
  w.media({ id: 'CORD', kind: 'fiber', lengthsM: [1, 3] });
  const c1 = w.cable(a[0]!, b[0]!, { mediaId: 'CORD' });
  const c2 = w.cable(a[1]!, b[1]!, { mediaId: 'CORD', lengthMm: 2000 });
  const rt = router(w);
  const fields = (q: ReturnType<typeof rt.route>) => ({ cableId: q.cableId, routedMm: q.routedMm, orderedMm: q.orderedMm, route: q.route, problem: q.problem, rackA: q.rackA, rackB: q.rackB });
  const one = { cableId: c1.id, routedMm: Math.round(444.5 + 500), orderedMm: 1000, route: [], problem: null, rackA: r.id, rackB: r.id };
  assert.deepEqual(fields(rt.route(c1)), one);
  assert.deepEqual(fields(rt.route(c2)), { ...one, cableId: c2.id, orderedMm: 2000 });
  // its JSON is a plain route's, fields in the same order
  assert.equal(JSON.stringify(rt.route(c1)), JSON.stringify(one));
});

test('between racks: up to the rack top, across to the drop, over crossing trays, down the other rack', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  // T1 runs east along y=0; T2 runs north along x=5000 in two segments and crosses T1 at (5000, 0).
  const t1 = w.tray([[0, 0], [10000, 0]]);
  const t2 = w.tray([[5000, -5000], [5000, 2000], [5000, 5000]]);
  const ra = w.rack({ xMm: 1000, yMm: 600 }); // nearest tray point: T1 (1000, 0), 600 mm across
  const rb = w.rack({ xMm: 5600, yMm: 4000 }); // nearest: T2 (5000, 4000) on segment 1, 600 mm across
  const a = w.device(ra, t, 1).ports[0]!;
  const b = w.device(rb, t, 1).ports[0]!;
  const c = w.cable(a, b);
  const res = router(w).route(c);
  // The port of a 1U device in U1 is 100 (default plinth) + 0.5 x 44.45 = 122.225 mm above the
  // floor; the tray (2600) is above the 42U rack's top (100 + 1866.9 = 1966.9): up 2477.775 per end.
  const up = 2600 - (100 + 0.5 * U_MM);
  // across 600 per rack; trays: T1 1000 -> 5000 (4000) + junction (same height, 0) + T2 y 0 -> 4000
  // (4000) = 8000; slack 500 + two service loops 2 x 300
  const expected = 2 * up + 2 * 600 + 8000 + 500 + 2 * 300; // 15255.55
  assert.equal(res.routedMm, Math.round(expected));
  assert.deepEqual(res.route, [
    { trayId: t1.id, seg: 0 },
    { trayId: t2.id, seg: 0 },
    { trayId: t2.id, seg: 1 },
  ]);
  // drawn: rack centre, drop on T1, the crossing, T2's vertex at y=2000, drop on T2, rack centre
  assert.deepEqual(router(w).path(c)!.points, [[1000, 600], [1000, 0], [5000, 0], [5000, 2000], [5000, 4000], [5600, 4000]]);
});

test('the shortest of two tray paths is taken, and a height step between trays counts', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  // A square ring: south side short way, north side detour. Rack A near (0,0), rack B near (4000,0).
  const south = w.tray([[0, 0], [4000, 0]]);
  const west = w.tray([[0, 0], [0, 8000]], { heightMm: 2900 });
  const north = w.tray([[0, 8000], [4000, 8000]]);
  const east = w.tray([[4000, 8000], [4000, 0]]);
  const ra = w.rack({ xMm: 1000, yMm: -700 }); // drops on south at (1000,0), 700 across
  const rb = w.rack({ xMm: 3000, yMm: -700 }); // south at (3000,0)
  const c = w.cable(w.device(ra, t, 1).ports[0]!, w.device(rb, t, 1).ports[0]!);
  const res = router(w).route(c);
  // up 2600 - (100 + 0.5 x 44.45) per end (the drop trays are at 2600), across 700 per end
  const fixed = 2 * (2600 - (100 + 0.5 * U_MM)) + 2 * 700 + 500 + 600;
  assert.equal(res.routedMm, Math.round(fixed + 2000)); // straight along south: 3000 - 1000
  assert.deepEqual(res.route, [{ trayId: south.id, seg: 0 }]);

  // Remove the middle of south: now the path goes round: 1000 back to (0,0), up west 8000 with a
  // 300 mm step up (2900 vs 2600) at each end, along north 4000, down east 8000, back 1000.
  w.snap.trays = [
    { ...south, points: [[0, 0], [1500, 0]] },
    w.tray([[2500, 0], [4000, 0]]),
    west, north, east,
  ];
  const w2 = router(w).route(c);
  // rack B now drops on the new eastern stub at (3000,0)
  assert.equal(w2.routedMm, Math.round(fixed + 1000 + 300 + 8000 + 300 + 4000 + 8000 + 1000));
  assert.deepEqual(w2.route!.map((s) => s.trayId).slice(0, 4), [south.id, west.id, north.id, east.id]);
});

test('racks with no tray path are unroutable, never a straight line', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  w.tray([[0, 0], [3000, 0]]);
  w.tray([[10000, 0], [13000, 0]]); // 7 m away, not joined
  const ra = w.rack({ xMm: 1000, yMm: 700 });
  const rb = w.rack({ xMm: 12000, yMm: 700 });
  const c = w.cable(w.device(ra, t, 1).ports[0]!, w.device(rb, t, 1).ports[0]!);
  const res = router(w).route(c);
  assert.equal(res.routedMm, null);
  assert.equal(res.route, null);
  assert.match(res.problem!, /no tray path/);
});

test('a tray end within half the trays\' widths of another tray joins it', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  const t1 = w.tray([[0, 0], [3000, 0]], { widthMm: 600 });
  // stops 250 mm short of T1 (tolerance (600 + 600) / 2 = 600)
  const t2 = w.tray([[2000, 250], [2000, 5000]], { widthMm: 600 });
  const ra = w.rack({ xMm: 500, yMm: -700 });
  const rb = w.rack({ xMm: 2800, yMm: 4000 });
  const c = w.cable(w.device(ra, t, 1).ports[0]!, w.device(rb, t, 1).ports[0]!);
  const res = router(w).route(c);
  // T1 500 -> 2000 (1500) + gap 250 + T2 250 -> 4000 (3750); across 700 + 800
  const expected = 2 * (2600 - (100 + 0.5 * U_MM)) + 700 + 800 + 1500 + 250 + 3750 + 500 + 600;
  assert.equal(res.routedMm, Math.round(expected));
  assert.deepEqual(res.route, [{ trayId: t1.id, seg: 0 }, { trayId: t2.id, seg: 0 }]);
});

test('assemblies round up to stock lengths; structured fibre keeps its exact length', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  w.media({ id: 'DAC', kind: 'dac', lengthsM: [0.5, 1, 1.5, 2], maxReachM: 2 });
  w.media({ id: 'FIB', kind: 'fiber', formFactor: 'MPO', connector: 'MPO-12', fiber: 'OS2', lengthsM: [], maxReachM: 0 });
  w.media({ id: 'CORD', kind: 'fiber', formFactor: 'MPO', connector: 'MPO-12', fiber: 'OS2', lengthsM: [1, 3, 5], maxReachM: 0 });
  const r = w.rack();
  const a = w.device(r, t, 10).ports[0]!;
  const b = w.device(r, t, 20).ports[0]!;
  const z = w.device(r, t, 40).ports[0]!;
  const dac = w.cable(a, b, { mediaId: 'DAC' }); // 945 mm -> 1 m
  const dacLong = w.cable(a, z, { mediaId: 'DAC' }); // (39.5 - 9.5) x 44.45 = 1333.5 + 500 = 1833.5 -> 1834 -> 2 m
  const fib = w.cable(a, z, { mediaId: 'FIB' });
  const cord = w.cable(a, z, { mediaId: 'CORD' }); // 1834 -> 3 m
  const rt = router(w);
  assert.equal(rt.route(dac).orderedMm, 1000);
  assert.equal(rt.route(dacLong).routedMm, 1834);
  assert.equal(rt.route(dacLong).orderedMm, 2000);
  assert.equal(rt.route(fib).orderedMm, 1834);
  assert.equal(rt.route(cord).orderedMm, 3000);
  // a fixed length is what is ordered
  assert.equal(rt.route({ ...dac, lengthMm: 1500 }).orderedMm, 1500);
});

test('a rack drops into its chosen tray even when another is nearer', () => {
  const w = new World();
  w.type({ uHeight: 1 });
  w.tray([[0, 0], [10000, 0]]);
  const far = w.tray([[0, 3000], [10000, 3000]]);
  const r = w.rack({ xMm: 2000, yMm: 800, dropTrayId: far.id });
  const rt = new Router(new CheckSession(w.snap).world);
  const d = rt.drop(r);
  assert.ok(typeof d !== 'string');
  assert.equal(d.tray.id, far.id);
  assert.equal(d.acrossMm, 2200); // 3000 - 800
});

test('a rack drops into the nearest tray; of two as near, the first drawn, even when the other one\'s box is nearer', () => {
  const w = new World();
  w.type({ uHeight: 1 });
  // the rack centre at (2000, 1000): the straight tray 1000 mm south of it; the L-shaped one has
  // the centre inside its plan box but its nearest point 1000 mm north, at (2000, 2000)
  const first = w.tray([[0, 0], [10000, 0]]);
  const second = w.tray([[0, 2000], [4000, 2000], [4000, -5000]]);
  const far = w.tray([[0, 9000], [10000, 9000]]);
  const r = w.rack({ xMm: 2000, yMm: 1000 });
  const d = new Router(new CheckSession(w.snap).world).drop(r);
  assert.ok(typeof d !== 'string');
  assert.equal(d.tray.id, first.id);
  assert.equal(d.acrossMm, 1000);
  // drawn the other way round, the L-shaped tray is first and wins the tie
  const v = new World();
  v.type({ uHeight: 1 });
  const l = v.tray([[0, 2000], [4000, 2000], [4000, -5000]]);
  v.tray([[0, 0], [10000, 0]]);
  const e = new Router(new CheckSession(v.snap).world).drop(v.rack({ xMm: 2000, yMm: 1000 }));
  assert.ok(typeof e !== 'string');
  assert.equal(e.tray.id, l.id);
  assert.deepEqual(e.at.point, [2000, 2000]);
  // a nearer tray wins whatever its place
  const u = new World();
  u.type({ uHeight: 1 });
  u.tray([[0, 0], [10000, 0]]);
  const near = u.tray([[0, 1500], [10000, 1500]]);
  const f = new Router(new CheckSession(u.snap).world).drop(u.rack({ xMm: 2000, yMm: 1000 }));
  assert.ok(typeof f !== 'string');
  assert.equal(f.tray.id, near.id);
  assert.equal(f.acrossMm, 500);
  void second;
  void far;
});
