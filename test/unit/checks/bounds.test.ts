// The bounds rule and the edit validator share core/model/bounds.ts: hand-computed footprints
// against a 60 x 40 m hall (the test World's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import { rackOutside, trayOutside } from '../../../core/model/bounds.js';
import { World } from '../routing/world.js';

const bounds = (s: CheckSession) => s.violations().filter((v) => v.rule === 'bounds');

test('rackOutside: a 600 x 1200 rack touching the edges is inside; 1 mm over is not', () => {
  const hall = { widthMm: 60000, depthMm: 40000 };
  // centre (300, 600): footprint 0..600 x 0..1200, touching the north-west corner
  assert.equal(rackOutside({ xMm: 300, yMm: 600, widthMm: 600, depthMm: 1200, rotationDeg: 0 }, hall), null);
  // centre (59700, 39400): footprint 59400..60000 x 38800..40000, touching the far corner
  assert.equal(rackOutside({ xMm: 59700, yMm: 39400, widthMm: 600, depthMm: 1200, rotationDeg: 0 }, hall), null);
  // turned 90 degrees at (59701, 20000): footprint 1200 wide, 59101..60301
  assert.equal(rackOutside({ xMm: 59701, yMm: 20000, widthMm: 600, depthMm: 1200, rotationDeg: 90 }, hall), "reaches x = 60.30 m, beyond the hall's 60.00 m width");
  assert.equal(rackOutside({ xMm: 299, yMm: 600, widthMm: 600, depthMm: 1200, rotationDeg: 0 }, hall), "reaches x = -0.00 m, west of the hall's edge");
  assert.equal(rackOutside({ xMm: 5000, yMm: 39500, widthMm: 600, depthMm: 1200, rotationDeg: 0 }, hall), "reaches y = 40.10 m, beyond the hall's 40.00 m depth");
  assert.equal(trayOutside({ points: [[0, 0], [60000, 0], [60000, 40001]] }, hall), "point 3 reaches y = 40.00 m, beyond the hall's 40.00 m depth");
  assert.equal(trayOutside({ points: [[0, 0], [60000, 40000]] }, hall), null);
});

test('bounds check: racks (with their devices) and trays outside the hall are errors', () => {
  const w = new World();
  const t = w.type();
  const inside = w.rack({ xMm: 1000, yMm: 1000 });
  // centre x 59800: footprint 59500..60100, 100 mm beyond the 60 m wall
  const out = w.rack({ xMm: 59800, yMm: 1000 });
  w.device(out, t, 1);
  w.device(out, t, 2);
  w.device(inside, t, 1);
  const tray = w.tray([[1000, 3000], [1000, 45000]]);
  w.tray([[1000, 3000], [50000, 3000]]);
  const v = bounds(new CheckSession(w.snap));
  assert.equal(v.length, 2);
  assert.deepEqual(v.map((x) => x.objects), [[{ kind: 'rack', id: out.id, name: out.name }], [{ kind: 'tray', id: tray.id, name: tray.name }]]);
  assert.equal(v[0]!.message, `Rack ${out.name} with its 2 devices stands outside hall H1: its footprint reaches x = 60.10 m, beyond the hall's 60.00 m width.`);
  assert.equal(v[1]!.message, `Tray ${tray.name} runs outside hall H1: its point 2 reaches y = 45.00 m, beyond the hall's 40.00 m depth.`);
  assert.ok(v.every((x) => x.severity === 'error'));
});

test('bounds check follows the hall: shrinking it in a patch re-checks its racks and trays', () => {
  const w = new World();
  const r = w.rack({ xMm: 20000, yMm: 1000 }); // footprint x 19700..20300
  const s = new CheckSession(w.snap);
  assert.equal(bounds(s).length, 0);
  s.applyPatch({ put: { hall: [{ ...w.snap.halls[0]!, widthMm: 20000 }] }, del: {} });
  const v = bounds(s);
  assert.equal(v.length, 1);
  assert.equal(v[0]!.objects[0]!.id, r.id);
  assert.match(v[0]!.message, /reaches x = 20\.30 m, beyond the hall's 20\.00 m width/);
  s.applyPatch({ put: { hall: [{ ...w.snap.halls[0]!, widthMm: 20300 }] }, del: {} });
  assert.equal(bounds(s).length, 0, 'touching the wall is inside');
});
