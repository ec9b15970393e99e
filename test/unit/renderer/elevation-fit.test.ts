// Side-by-side elevations (a channel's racks): the face width that makes n columns fit a width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elevationScale, portBox, rackFrameW, sideBySideFaceW, SIDE_BY_SIDE } from '../../../renderer/src/elevation/layout.js';

test('three racks in 872 px (the view at 1400 x 900 with the inspector open): faces of 104 px', () => {
  // 872 - 24 padding - 2 x 25 between racks = 798; minus 3 x (2 x 25 frame + 8 gap) = 624; / 6 faces = 104
  assert.equal(sideBySideFaceW(3, 872), 104);
  const s = elevationScale(18, 1, true, 104);
  assert.deepEqual(s, { uPx: 18, faceW: 104, labelW: 47, gutter: 16 });
  // the columns' whole width, laid out as elevation.css spaces them, is within 872 px
  const total = SIDE_BY_SIDE.padX + 3 * (2 * rackFrameW(s) + SIDE_BY_SIDE.faceGap) + 2 * SIDE_BY_SIDE.colGap;
  assert.equal(total, 24 + 3 * (2 * 129 + 8) + 50);
  assert.ok(total <= 872);
  // a 1U device's port box: 104 - 47 - 12 = 45 px by 18 - 6 = 12 px
  assert.deepEqual(portBox(s, 1), { w: 45, h: 12 });
});

test('two racks get the full 200 px faces when there is room; many racks stop at 100 px and scroll', () => {
  assert.equal(sideBySideFaceW(2, 1200), 200);
  assert.equal(sideBySideFaceW(6, 872), 100);
  // one rack alone keeps its own scale: 280 px faces, 110 px labels, 25 px U column
  assert.deepEqual(elevationScale(12, 1), { uPx: 12, faceW: 280, labelW: 110, gutter: 25 });
  assert.equal(rackFrameW(elevationScale(12, 1)), 280 + 34);
});
