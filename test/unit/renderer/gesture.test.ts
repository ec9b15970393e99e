import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wheelCamera, worldToScreen, zoomAt } from '../../../renderer/src/canvas/camera.js';
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

test('the moved bitmap stands in while it leaves at most a third of the view bare and zooms under 1.5x', () => {
  // 900 x 600 view: a 300 px pan sideways leaves a third bare, 301 px more than that.
  assert.equal(transformFits({ k: 1, tx: 300, ty: 0 }, 900, 600), true);
  assert.equal(transformFits({ k: 1, tx: -301, ty: 0 }, 900, 600), false);
  assert.equal(transformFits({ k: 1, tx: 0, ty: 201 }, 900, 600), false);
  assert.equal(transformFits({ k: 1, tx: 0, ty: -200 }, 900, 600), true);
  // Zoomed in, the scaled bitmap covers the view: fine up to 1.5x, not beyond.
  assert.equal(transformFits({ k: 1.5, tx: -250, ty: -200 }, 1000, 800), true);
  // Zoomed in but moved off: the bitmap's right edge at -300 + 1.2 * 1000 = 900 leaves 100 px bare.
  assert.equal(transformFits({ k: 1.2, tx: -300, ty: 0 }, 1000, 800), true);
  assert.equal(transformFits({ k: 1.6, tx: -300, ty: -240 }, 1000, 800), false);
  // Zoomed out by 0.7 about the centre: 150 px bare each side of 1000 (300 <= 333), 120 of 800 (240 <= 266).
  assert.equal(transformFits({ k: 0.7, tx: 150, ty: 120 }, 1000, 800), true);
  // 0.66 is more than 1.5x out, even though it would leave only 340 of 1000 px bare.
  assert.equal(transformFits({ k: 0.66, tx: 170, ty: 136 }, 1000, 800), false);
});

test('a wheel notch with Ctrl zooms at the cursor by e^0.2; a trackpad scroll pans by its deltas', () => {
  const cam = { x: 40, y: 25, scale: 0.05 };
  const zoom = wheelCamera(cam, { deltaMode: 0, deltaX: 0, deltaY: -100, ctrlKey: true, metaKey: false }, 300, 200);
  assert.ok(Math.abs(zoom.scale - 0.05 * Math.exp(0.2)) < 1e-12);
  // 300 - (300 - 40) * e^0.2 = -17.56 (to 2 places).
  assert.equal(zoom.x.toFixed(2), '-17.56');
  const pan = wheelCamera(cam, { deltaMode: 0, deltaX: 12, deltaY: 7.5, ctrlKey: false, metaKey: false }, 300, 200);
  assert.deepEqual(pan, { x: 28, y: 17.5, scale: 0.05 });
});
