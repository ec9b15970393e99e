import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridIndex } from '../../core/geometry/grid-index.js';

test('a query returns exactly the items whose boxes meet it, each once', () => {
  const idx = new GridIndex(1000);
  const boxes = Array.from({ length: 400 }, (_, i) => {
    const x = (i % 20) * 700, y = Math.floor(i / 20) * 900;
    return { x0: x, y0: y, x1: x + 600 + (i % 3) * 800, y1: y + 1200 };
  });
  boxes.forEach((b, i) => idx.insert(i, b));
  const q = { x0: 2500, y0: 3100, x1: 7200, y1: 6400 };
  const got = idx.query(q).sort((a, b) => a - b);
  const want = boxes.flatMap((b, i) => (b.x0 <= q.x1 && q.x0 <= b.x1 && b.y0 <= q.y1 && q.y0 <= b.y1 ? [i] : []));
  assert.deepEqual(got, want);
  assert.equal(new Set(got).size, got.length);
  // A second query is independent of the first.
  assert.deepEqual(idx.query({ x0: -10, y0: -10, x1: 10, y1: 10 }), [0]);
});
