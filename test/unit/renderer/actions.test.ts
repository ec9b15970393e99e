import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignPositions, distributePositions } from '../../../renderer/src/actions/align.js';
import { rowPositions } from '../../../renderer/src/actions/add-row.js';
import { snapCentre } from '../../../renderer/src/actions/footprint.js';
import { cleanPoints } from '../../../renderer/src/actions/create-tray.js';
import { rack } from './fixtures.js';

test('align left lines up the left edges on the leftmost; rotated racks use their turned footprint', () => {
  const racks = [rack(1, 1500, 1200), rack(2, 3300, 4200), rack(3, 2400, 7000, 90)];
  const pos = alignPositions(racks, 'left');
  // Leftmost edge: rack 1 at 1500 - 300 = 1200. Rack 3 at 90° is 1200 wide: centre 1200 + 600.
  assert.deepEqual([pos.get(1)!.xMm, pos.get(2)!.xMm, pos.get(3)!.xMm], [1500, 1500, 1800]);
  assert.deepEqual([pos.get(1)!.yMm, pos.get(2)!.yMm, pos.get(3)!.yMm], [1200, 4200, 7000]);
});

test('distribute spaces centres evenly between the outermost', () => {
  const racks = [rack(1, 600, 0), rack(2, 900, 0), rack(3, 4000, 0), rack(4, 3000, 0)];
  const pos = distributePositions(racks, 'x');
  // 600 .. 4000 in three equal steps of 3400 / 3.
  assert.deepEqual([1, 2, 4, 3].map((id) => pos.get(id)!.xMm), [600, Math.round(600 + 3400 / 3), Math.round(600 + 6800 / 3), 4000]);
});

test('a row continues sideways to the way the rack faces', () => {
  // Facing +y (0°): the row runs along x, one 600 mm width per rack.
  assert.deepEqual(rowPositions(rack(1, 300, 1200), 3, 1), [{ xMm: 900, yMm: 1200 }, { xMm: 1500, yMm: 1200 }, { xMm: 2100, yMm: 1200 }]);
  // Facing -x (90°): the row runs along y, one 600 mm (the turned width) per rack.
  assert.deepEqual(rowPositions(rack(1, 600, 3300, 90), 2, -1), [{ xMm: 600, yMm: 2700 }, { xMm: 600, yMm: 2100 }]);
});

test('snapping puts the footprint corner on the nearest tile corner', () => {
  // 600 x 1200 at (3350, 4100): corner (3050, 3500) -> (3000, 3600) -> centre (3300, 4200).
  assert.deepEqual(snapCentre({ widthMm: 600, depthMm: 1200, rotationDeg: 0 }, 3350, 4100, { tileMm: 600 }), { xMm: 3300, yMm: 4200 });
  // 800 x 1200 turned 90°: 1200 x 800 footprint; corner (2400, 1600) is on the grid already.
  assert.deepEqual(snapCentre({ widthMm: 800, depthMm: 1200, rotationDeg: 90 }, 3000, 2000, { tileMm: 600 }), { xMm: 3000, yMm: 1800 + 400 });
});

test('a double-click does not leave a repeated tray point', () => {
  assert.deepEqual(cleanPoints([[0, 0], [600, 0], [600, 0], [600, 900]]), [[0, 0], [600, 0], [600, 900]]);
});

test('paste lands beside the copied racks, or behind them when the side is taken', async () => {
  const { freeOffset } = await import('../../../renderer/src/actions/clipboard.js');
  const { buildScene } = await import('../../../renderer/src/canvas/scene.js');
  const { useDoc } = await import('../../../renderer/src/store/document.js');
  const { loadDoc } = await import('./fixtures.js');
  // Two racks side by side at x 600..1800, y 600..1800 (1.2 m wide selection, 2 tiles).
  const pair = [rack(1, 900, 1200), rack(2, 1500, 1200)];
  loadDoc(pair);
  assert.deepEqual(freeOffset(pair, buildScene(useDoc.getState(), 1), 600), { dx: 1200, dy: 0 });
  // Something stands to their right: the copy goes one selection-depth (1.2 m) down instead.
  loadDoc([...pair, rack(3, 2100, 1200)]);
  assert.deepEqual(freeOffset(pair, buildScene(useDoc.getState(), 1), 600), { dx: 0, dy: 1200 });
});

test('the cable a New trunk edit made is found by its ends, not taken as the patch\'s first cable', async () => {
  const { createdCable } = await import('../../../renderer/src/actions/create-cable.js');
  const cable = (id: number, a: number, b: number) => ({ id, label: `c${id}`, aPortId: a, bPortId: b, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' as const });
  // the edit turned a record's jumper in one of the racks into a row: it comes first in the patch
  const patch = { put: { cable: [cable(7, 100, 500), cable(205569, 301, 302)] }, del: {} };
  assert.equal(createdCable(patch, 301, 302), 205569);
  assert.equal(createdCable(patch, 302, 301), null);
  assert.equal(createdCable({ put: {}, del: {} }, 301, 302), null);
});
