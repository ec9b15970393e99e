// A CDU's name on the floor plan keeps the space it is drawn in: a row's tray runs on past the
// row's last rack, over the CDUs at its end, and its cable count was drawn over the CDU's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hallCdus, reserveCduNames } from '../../../renderer/src/canvas/draw-cdus.js';
import { LabelSpace } from '../../../renderer/src/canvas/label-space.js';
import type { View } from '../../../renderer/src/canvas/draw.js';
import type { Cdu } from '../../../core/model/entities.js';

// 7 px a character at any size: enough to place a box
const ctx = { font: '', measureText: (t: string) => ({ width: t.length * 7 }) } as unknown as CanvasRenderingContext2D;
const view = (scale: number): View => ({ cam: { x: 0, y: 0, scale }, vis: { x0: 0, y0: 0, x1: 1e6, y1: 1e6 }, width: 1600, height: 1000 });
const cdu: Cdu = { id: 1, hallId: 1, name: 'CDU R01-1', placement: 'in-row', capacityW: 2_000_000, xMm: 10_000, yMm: 5_000, rotationDeg: 0, widthMm: 750, depthMm: 1200 };
const items = hallCdus(new Map([[1, cdu]]), 1);

test('a CDU name runs up its footprint\'s long side and takes that box from the tray counts', () => {
  // 0.06 px/mm: the unit is 45 x 72 px, its name vertical at its centre (600, 300), 63 px long
  const space = reserveCduNames(ctx, items, view(0.06), new LabelSpace());
  assert.equal(space.free(590, 290, 610, 310), false, 'a count at the centre');
  assert.equal(space.free(590, 266, 610, 272), false, 'near the name\'s top end (300 - 31.5)');
  // beside the name (its font is at most 13 px) and past its ends: free
  assert.equal(space.free(612, 290, 640, 310), true);
  assert.equal(space.free(590, 230, 610, 262), true);
});

test('a CDU too small on screen for its name reserves nothing; one with no place is not drawn at all', () => {
  assert.equal(reserveCduNames(ctx, items, view(0.02), new LabelSpace()).free(0, 0, 1e4, 1e4), true);
  assert.deepEqual(hallCdus(new Map([[2, { ...cdu, id: 2, xMm: null, yMm: null }]]), 1), []);
});
