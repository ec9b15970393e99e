import { test } from 'node:test';
import assert from 'node:assert/strict';
import { worldToScreen, zoomAt } from '../../../renderer/src/canvas/camera.js';
import { cameraTransform, transformFits } from '../../../renderer/src/canvas/gesture.js';

// The transformed bitmap must put every world point where a redraw with the new camera would.
const moved = (t: { k: number; tx: number; ty: number }, p: { x: number; y: number }) => ({ x: t.k * p.x + t.tx, y: t.k * p.y + t.ty });

test('a pan moves the drawn bitmap by the camera offset, unscaled', () => {
  const t = cameraTransform({ x: 40, y: 25, scale: 0.05 }, { x: 70, y: 5, scale: 0.05 });
  assert.deepEqual(t, { k: 1, tx: 30, ty: -20 });
});

test('a zoom at the cursor scales the bitmap about the cursor: world points land where a redraw puts them', () => {
  const from = { x: 40, y: 25, scale: 0.05 };
  const to = zoomAt(from, 300, 200, 1.25);
  const t = cameraTransform(from, to);
  assert.equal(t.k, 1.25);
  for (const w of [{ x: 0, y: 0 }, { x: 12_000, y: 3_500 }, { x: 5_160, y: 3_500 }]) {
    const a = moved(t, worldToScreen(from, w.x, w.y)), b = worldToScreen(to, w.x, w.y);
    assert.ok(Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  // The cursor's point stays put.
  assert.deepEqual(moved(t, { x: 300, y: 200 }), { x: 300, y: 200 });
});

test('the moved bitmap stands in while it leaves at most a quarter of the view bare and zooms under 1.5x', () => {
  // 1000 x 800 view: a 250 px pan sideways leaves a quarter bare, 251 px more than that.
  assert.equal(transformFits({ k: 1, tx: 250, ty: 0 }, 1000, 800), true);
  assert.equal(transformFits({ k: 1, tx: -251, ty: 0 }, 1000, 800), false);
  assert.equal(transformFits({ k: 1, tx: 0, ty: 201 }, 1000, 800), false);
  // Zoomed in, the scaled bitmap covers the view: fine up to 1.5x, not beyond.
  assert.equal(transformFits({ k: 1.5, tx: -250, ty: -200 }, 1000, 800), true);
  assert.equal(transformFits({ k: 1.6, tx: -300, ty: -240 }, 1000, 800), false);
  // Zoomed out by 0.8 about the centre: 100 px bare each side of 1000 (200 <= 250), 80 of 800 (160 <= 200).
  assert.equal(transformFits({ k: 0.8, tx: 100, ty: 80 }, 1000, 800), true);
  assert.equal(transformFits({ k: 0.6, tx: 200, ty: 160 }, 1000, 800), false);
});
