// Where a cable runs along each tray segment of its route (core/geometry/route-spans.ts), hand
// computed on small layouts: from its rack's drop point to where it leaves, over the vertex two
// pieces of one tray share or the junction of two trays, to the far rack's drop point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkSeg } from '../../core/geometry/floor-marks.js';
import { routeSpans } from '../../core/geometry/route-spans.js';

const seg = (trayId: number, s: number, x0: number, y0: number, x1: number, y1: number): MarkSeg => ({ trayId, seg: s, x0, y0, x1, y1, widthMm: 300 });
const close = (got: number[], want: number[]) => {
  assert.equal(got.length, want.length);
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]!) < 1e-9, `${i}: ${g} != ${want[i]}`));
};

// The structured two-row hall: Tray A y = 3 m and Tray B y = 6 m from x = 2.4 to 6 m, Tray X
// along x = 2.4 m joining their west ends; racks NA01 and NB01 at x = 3.3 m drop onto A and B.
const A = seg(1, 0, 2400, 3000, 6000, 3000);
const X = seg(3, 0, 2400, 3000, 2400, 6000);
const B = seg(2, 0, 2400, 6000, 6000, 6000);

test('a trunk from rack to rack runs from each drop to the tee, not to the trays\' far ends', () => {
  // A: from the drop (3.3 - 2.4) / 3.6 = 0.25 west to the tee at t = 0; X whole; B as A
  close(routeSpans([A, X, B], { x: 3300, y: 3000 }, { x: 3300, y: 6000 }), [0, 0.25, 0, 1, 0, 0.25]);
  // the other way round: the same stretches
  close(routeSpans([B, X, A], { x: 3300, y: 6000 }, { x: 3300, y: 3000 }), [0, 0.25, 0, 1, 0, 0.25]);
});

test('two pieces of one tray meet at their shared vertex; two trays crossing, at the crossing', () => {
  const p0 = seg(5, 0, 0, 0, 1000, 0);
  const p1 = seg(5, 1, 1000, 0, 1000, 1000);
  close(routeSpans([p0, p1], { x: 400, y: 0 }, { x: 1000, y: 300 }), [0.4, 1, 0, 0.3]);
  close(routeSpans([p1, p0], { x: 1000, y: 300 }, { x: 400, y: 0 }), [0, 0.3, 0.4, 1]);
  const h = seg(6, 0, 0, 500, 2000, 500);
  const v = seg(7, 0, 1000, 0, 1000, 2000);
  // h from x = 200 (0.1) to the crossing at x = 1000 (0.5); v from y = 500 (0.25) to 1800 (0.9)
  close(routeSpans([h, v], { x: 200, y: 500 }, { x: 1000, y: 1800 }), [0.1, 0.5, 0.25, 0.9]);
  // both drops on one segment, the route running against its direction
  close(routeSpans([h], { x: 1800, y: 500 }, { x: 300, y: 500 }), [0.15, 0.9]);
});

test('where an end is not known the stretch is the whole segment', () => {
  close(routeSpans([A, X, B], null, { x: 3300, y: 6000 }), [0, 1, 0, 1, 0, 0.25]);
  // X not drawn (another hall): A and B cannot tell where they meet it
  close(routeSpans([A, undefined, B], { x: 3300, y: 3000 }, { x: 3300, y: 6000 }), [0, 1, 0, 1, 0, 1]);
  // two segments that do not meet
  close(routeSpans([A, seg(9, 0, 9000, 9000, 9500, 9000)], { x: 3300, y: 3000 }, { x: 9200, y: 9000 }), [0, 1, 0, 1]);
});
