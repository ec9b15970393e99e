import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitCables } from '../../../renderer/src/canvas/hit-cables.js';
import type { Scene, SegItem } from '../../../renderer/src/canvas/scene.js';
import { GridIndex } from '../../../core/geometry/grid-index.js';

/**
 * One 600 mm tray segment along y = 5000 from x = 0 to 10000, carrying cables 1..n (or, `floor`,
 * only their count, as a floor-first store has it).
 */
function scene(n: number, floor = false, spans: number[] | null = null): Scene {
  const cables = floor ? [] : Array.from({ length: n }, (_, i) => i + 1);
  const seg: SegItem = { trayId: 7, seg: 0, x0: 0, y0: 5000, x1: 10000, y1: 5000, widthMm: 600, cables, count: n };
  const segIndex = new GridIndex(4800);
  segIndex.insert(0, { x0: 0, y0: 4700, x1: 10000, y1: 5300 });
  // each strand's stretch of the segment (scene.spans: drop to tee); none known: the whole segment
  return { segs: [seg], segIndex, spans: { of: () => (spans ? Float64Array.from(spans) : null) } } as unknown as Scene;
}

test('zoomed out, a click on the bundle picks all its cables; beside it, none', () => {
  // 0.01 px/mm: the tray is 6 px wide on screen, 100 cables need 200 px: a bundle 6 x 0.7 = 4.2 px wide.
  const s = scene(100);
  assert.equal(hitCables(s, 5000, 5000, 0.01)?.cables.length, 100);
  // 2.1 px (half the bundle) + 4 px tolerance = 6.1 px = 610 mm from the centre line
  assert.equal(hitCables(s, 5000, 5600, 0.01)?.cables.length, 100);
  assert.equal(hitCables(s, 5000, 5620, 0.01), null);
  // beyond the segment's end by more than the tolerance (400 mm at 0.01 px/mm)
  assert.equal(hitCables(s, 10500, 5000, 0.01), null);
});

test('zoomed in, a click picks the one strand under the pointer', () => {
  // 0.1 px/mm: the tray is 60 px for 4 cables (2 px each needs 8): strands. Spread 540 mm, strand j
  // at offset (-0.5 + (j + 0.5) / 4) x 540 = -202.5, -67.5, 67.5, 202.5 mm across the run. The
  // normal of a run pointing +x is (0, 1), so offset +y.
  const s = scene(4);
  assert.deepEqual(hitCables(s, 3000, 5000 - 202.5, 0.1)?.cables, [1]);
  assert.deepEqual(hitCables(s, 3000, 5000 + 67.5 + 30, 0.1)?.cables, [3]); // 3 px off strand 3
  assert.deepEqual(hitCables(s, 3000, 5000 + 202.5, 0.1)?.cables, [4]);
  // half way between strands 2 and 3 (offset 0) is 67.5 mm = 6.75 px from both: no pick
  assert.equal(hitCables(s, 3000, 5000, 0.1), null);
});

test('floor mode: the hit names the bundle or the strand index, for the cables to be fetched', () => {
  const bundle = hitCables(scene(100, true), 5000, 5000, 0.01);
  assert.deepEqual([bundle?.seg.trayId, bundle?.seg.seg, bundle?.cables, bundle?.strand], [7, 0, [], null]);
  // strand 3 of 4 (index 2) at +67.5 mm, as above
  const strand = hitCables(scene(4, true), 3000, 5000 + 67.5, 0.1);
  assert.deepEqual([strand?.cables, strand?.strand], [[], 2]);
});

test('zoomed in, a strand is picked only along its own stretch of the segment', () => {
  // cable 1 runs x = 0..2500 (t 0..0.25, from a tee to its rack's drop), cable 2 the whole segment
  const s = scene(2, false, [0, 0.25, 0, 1]);
  // strands at -0.5 + 0.25 = -0.25 and +0.25 of 540 mm: y = 4865 and 5135
  assert.deepEqual(hitCables(s, 2000, 4865, 0.1)?.cables, [1]);
  // within the tolerance (4 px = 40 mm) past its drop, still; past that, nothing there
  assert.deepEqual(hitCables(s, 2530, 4865, 0.1)?.cables, [1]);
  assert.equal(hitCables(s, 6000, 4865, 0.1), null);
  assert.deepEqual(hitCables(s, 6000, 5135, 0.1)?.cables, [2]);
});
