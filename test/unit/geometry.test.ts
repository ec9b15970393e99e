import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rackRect, rectsOverlap } from '../../core/geometry/footprint.js';
import { tileName, columnLetters } from '../../core/geometry/grid.js';

test('a rotated rack swaps width and depth', () => {
  const r = rackRect({ xMm: 3000, yMm: 2000, widthMm: 600, depthMm: 1200, rotationDeg: 90 });
  assert.deepEqual(r, { x0: 2400, y0: 1700, x1: 3600, y1: 2300 });
});

test('racks side by side touch but do not overlap', () => {
  const a = rackRect({ xMm: 300, yMm: 600, widthMm: 600, depthMm: 1200, rotationDeg: 0 });
  const b = rackRect({ xMm: 900, yMm: 600, widthMm: 600, depthMm: 1200, rotationDeg: 0 });
  const c = rackRect({ xMm: 800, yMm: 600, widthMm: 600, depthMm: 1200, rotationDeg: 0 });
  assert.equal(rectsOverlap(a, b), false);
  assert.equal(rectsOverlap(a, c), true);
});

test('tiles are named with letters for columns and two-digit numbers for rows', () => {
  assert.equal(columnLetters(0), 'A');
  assert.equal(columnLetters(25), 'Z');
  assert.equal(columnLetters(26), 'AA');
  // column index 35 = "AJ", row index 4 = "05": 600 mm tiles
  assert.equal(tileName(35 * 600 + 10, 4 * 600 + 10, 600), 'AJ05');
});
