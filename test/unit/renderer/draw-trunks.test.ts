// Trunks over the cables in a tray: where strands are drawn, the trunk's own strand again at its
// place across the tray (the place a click picks it, hit-cables.ts); where the segment is a bundle,
// one dashed line along its middle; nothing for a segment without a trunk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawTrunks } from '../../../renderer/src/canvas/draw-trunks.js';
import type { View } from '../../../renderer/src/canvas/draw.js';
import { hitCables } from '../../../renderer/src/canvas/hit-cables.js';
import type { Scene, SegItem } from '../../../renderer/src/canvas/scene.js';
import { GridIndex } from '../../../core/geometry/grid-index.js';

/** Records path calls and the style each stroke used. */
function recorder() {
  const moves: [number, number][] = [];
  const lines: [number, number][] = [];
  const strokes: { width: number; color: string; dash: number[]; moves: number }[] = [];
  let dash: number[] = [];
  let since = 0;
  const ctx = {
    lineWidth: 0,
    strokeStyle: '',
    beginPath: () => (since = moves.length),
    moveTo: (x: number, y: number) => moves.push([x, y]),
    lineTo: (x: number, y: number) => lines.push([x, y]),
    setLineDash: (d: number[]) => (dash = d),
    stroke() {
      strokes.push({ width: this.lineWidth, color: this.strokeStyle, dash, moves: moves.length - since });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, moves, lines, strokes };
}

// Two 600 mm tray segments along y = 5000: segment 0 holds cables 1..4 (cable 3 a trunk), segment 1
// cables 5..6 (no trunk). Camera 0.1 px/mm at the origin.
function scene(): Scene {
  const segs: SegItem[] = [
    { trayId: 7, seg: 0, x0: 0, y0: 5000, x1: 10000, y1: 5000, widthMm: 600, cables: [1, 2, 3, 4], count: 4 },
    { trayId: 7, seg: 1, x0: 10000, y0: 5000, x1: 20000, y1: 5000, widthMm: 600, cables: [5, 6], count: 2 },
  ];
  const segIndex = new GridIndex(4800);
  segIndex.insert(0, { x0: 0, y0: 4700, x1: 10000, y1: 5300 });
  segIndex.insert(1, { x0: 10000, y0: 4700, x1: 20000, y1: 5300 });
  // (no stretches known: each strand over its whole segment, as floor first)
  return { segs, segIndex, trunks: new Set([3]), spans: { of: () => null } } as unknown as Scene;
}
const view: View = { cam: { x: 0, y: 0, scale: 0.1 }, vis: { x0: 0, y0: 0, x1: 20000, y1: 10000 }, width: 2000, height: 1000 };

test('strands: the trunk is drawn again at its own offset, thicker, in the trunk colour', () => {
  const s = scene();
  const r = recorder();
  assert.equal(drawTrunks(r.ctx, s, view, [0, 1], []), 1);
  // strand 3 of 4 (j = 2) at (-0.5 + 2.5 / 4) x 600 x 0.9 = +67.5 mm across: y = 5067.5 mm = 506.75 px
  assert.deepEqual(r.moves, [[0, 506.75]]);
  assert.deepEqual(r.strokes[0], { width: 3, color: '#ea580c', dash: [], moves: 1 });
  // and a click there picks the trunk
  assert.deepEqual(hitCables(s, 3000, 5067.5, 0.1)?.cables, [3]);
});

test('bundles: one dashed line along the middle of a bundle that holds a trunk, none for the others', () => {
  const r = recorder();
  assert.equal(drawTrunks(r.ctx, scene(), view, [], [0, 1]), 1);
  assert.deepEqual(r.moves, [[0, 500]]);
  assert.deepEqual(r.strokes[1], { width: 3, color: '#ea580c', dash: [8, 5], moves: 1 });
});

test('a hall without trunks draws nothing', () => {
  const r = recorder();
  const s = { ...scene(), trunks: new Set() } as unknown as Scene;
  assert.equal(drawTrunks(r.ctx, s, view, [0, 1], []), 0);
  assert.equal(r.strokes.length, 0);
});

test('strands: a trunk is drawn over its own stretch of the segment only (drop to tee), as its cable strand', () => {
  // cables 1..4 of segment 0: the trunk (cable 3, strand j = 2) runs x = 3000..6000 (t 0.3..0.6)
  const spans = Float64Array.from([0, 1, 0, 1, 0.3, 0.6, 0, 1]);
  const s = { ...scene(), spans: { of: (i: number) => (i === 0 ? spans : null) } } as unknown as Scene;
  const r = recorder();
  assert.equal(drawTrunks(r.ctx, s, view, [0, 1], []), 1);
  assert.deepEqual(r.moves, [[300, 506.75]]);
  assert.deepEqual(r.lines, [[600, 506.75]]);
});
