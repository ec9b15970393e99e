import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitRect, screenToWorld, visibleRect, worldToScreen, zoomAt } from '../../../renderer/src/canvas/camera.js';

test('zooming at the cursor keeps the world point under it', () => {
  const cam = { x: 40, y: 25, scale: 0.05 };
  const before = screenToWorld(cam, 300, 200);
  const after = zoomAt(cam, 300, 200, 2.5);
  assert.equal(after.scale, 0.125);
  const p = worldToScreen(after, before.x, before.y);
  assert.ok(Math.abs(p.x - 300) < 1e-9 && Math.abs(p.y - 200) < 1e-9);
});

test('fit puts a 24 x 18 m hall in the middle of an 800 x 600 viewport with 40 px margins', () => {
  const cam = fitRect({ x0: 0, y0: 0, x1: 24000, y1: 18000 }, { width: 800, height: 600 }, 40);
  // (800 - 80) / 24000 = 0.03 and (600 - 80) / 18000 = 0.0289: the height limits.
  assert.equal(cam.scale, 520 / 18000);
  const c = worldToScreen(cam, 12000, 9000);
  assert.ok(Math.abs(c.x - 400) < 1e-9 && Math.abs(c.y - 300) < 1e-9);
  const v = visibleRect(cam, { width: 800, height: 600 });
  assert.ok(v.x0 < 0 && v.x1 > 24000 && Math.abs(v.y0 + 40 / cam.scale) < 1e-6);
});
