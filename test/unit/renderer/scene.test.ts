import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildScene, hitRack, hitTray } from '../../../renderer/src/canvas/scene.js';
import { useDoc } from '../../../renderer/src/store/document.js';
import { loadDoc, rack, tray } from './fixtures.js';

test('drop points: each rack drops to the nearest point of the nearest tray, or of its chosen tray', () => {
  // Two horizontal runs at y = 1500 and y = 8000; racks at y = 3000 and y = 7000.
  loadDoc(
    [rack(1, 2100, 3000), rack(2, 4500, 7000), rack(3, 6900, 3000, 0, { dropTrayId: 11 })],
    [tray(10, [[600, 1500], [11400, 1500]]), tray(11, [[600, 8000], [11400, 8000]])],
  );
  const s = buildScene(useDoc.getState(), 1);
  const d = (id: number) => s.dropByRack.get(id)!;
  // Rack 1: 1500 mm to run 10, 5000 mm to run 11 -> run 10, straight up at x = 2100.
  assert.deepEqual([d(1).trayId, d(1).px, d(1).py], [10, 2100, 1500]);
  // Rack 2: 5500 mm vs 1000 mm -> run 11.
  assert.deepEqual([d(2).trayId, d(2).px, d(2).py], [11, 4500, 8000]);
  // Rack 3 is nearer run 10 but chose run 11.
  assert.deepEqual([d(3).trayId, d(3).chosen], [11, true]);
});

test('junctions where runs cross or one ends on another, none along one run', () => {
  loadDoc([], [
    tray(1, [[0, 3000], [6000, 3000], [12000, 3000]]),
    tray(2, [[3000, 0], [3000, 9000]]), // crosses run 1 at (3000, 3000)
    tray(3, [[9000, 3100], [9000, 8000]]), // ends 100 mm from run 1 (within half its 300 mm width)
  ]);
  const s = buildScene(useDoc.getState(), 1);
  const pts = s.junctions.map((j) => [Math.round(j.x), Math.round(j.y)]).sort((a, b) => a[0]! - b[0]!);
  assert.deepEqual(pts, [[3000, 3000], [9000, 3000]]);
});

test('aisles: facing rows share a cold aisle; racks facing the same way split the gap', () => {
  // Row A at y = 600..1800 faces +y (0°); row B at y = 3000..4200 faces -y (180°): 1200 mm cold aisle.
  loadDoc([rack(1, 300, 1200, 0), rack(2, 300, 3600, 180)]);
  let s = buildScene(useDoc.getState(), 1);
  const cold = s.aisles.filter((a) => a.kind === 'cold').map((a) => a.rect);
  assert.deepEqual(cold, [{ x0: 0, y0: 1800, x1: 600, y1: 3000 }, { x0: 0, y0: 1800, x1: 600, y1: 3000 }]);
  // Both face +y: rack 1's front looks at rack 2's rear across 1200 mm: 600 cold, 600 hot.
  loadDoc([rack(1, 300, 1200, 0), rack(2, 300, 3600, 0)]);
  s = buildScene(useDoc.getState(), 1);
  const front1 = s.aisles.find((a) => a.kind === 'cold' && a.rect.y0 === 1800)!;
  const rear2 = s.aisles.find((a) => a.kind === 'hot' && a.rect.y1 === 3000)!;
  assert.equal(front1.rect.y1, 2400);
  assert.equal(rear2.rect.y0, 2400);
});

test('cables are counted on the tray segments of their routes', () => {
  loadDoc([rack(1, 300, 1200), rack(2, 3300, 1200)], [tray(5, [[0, 300], [3000, 300], [6000, 300]])]);
  const doc = useDoc.getState();
  const cable = (id: number, segs: number[]) => ({
    id, label: `C${id}`, aPortId: 1, bPortId: 2, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null,
    orderedMm: null, route: segs.map((seg) => ({ trayId: 5, seg })), status: 'planned' as const,
  });
  doc.applyPatch({ put: { cable: [cable(1, [0, 1]), cable(2, [0]), cable(3, [1])] }, del: {} });
  const s = buildScene(useDoc.getState(), 1);
  assert.deepEqual(s.segs.map((g) => g.cables.length), [2, 2]);
  assert.equal(s.maxSegCables, 2);
});

test('hit-testing finds the rack under a point and the tray near it', () => {
  loadDoc([rack(1, 300, 1200), rack(2, 900, 1200, 90)], [tray(7, [[0, 5000], [6000, 5000]])]);
  const s = buildScene(useDoc.getState(), 1);
  assert.equal(hitRack(s, 100, 700)?.rack.id, 1);
  // Rack 2 at 90° is 1200 wide, 600 deep around (900, 1200): x 300..1500, y 900..1500.
  assert.equal(hitRack(s, 1400, 1000)?.rack.id, 2);
  assert.equal(hitRack(s, 1400, 1600), null);
  assert.equal(hitTray(s, 3000, 5100, 50)?.trayId, 7); // 100 mm off the centreline, inside its 150 mm half-width
  assert.equal(hitTray(s, 3000, 5400, 50), null);
});
