// The comparison chart: bar lengths proportional to the values (one scale per measure), labels
// that read the same numbers, and the bars marked for readers (data-arch, data-measure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareChart, stackCharts } from '../../../core/economics/chart.js';
import { compareRows } from '../../../core/economics/compare.js';
import { toSvg } from '../../../core/export/drawing.js';
import { compareFabrics } from '../../../core/fabric/plan.js';
import { catalog } from './fixture.js';

test('cost bars split switches/optics/cables per GPU on one scale; labels carry the totals', () => {
  const { rows, explanations } = compareRows(compareFabrics({ gpus: 8, server: 'host', switch: 'r4' } as never, catalog()));
  const d = compareChart({ values: {}, label: '', rows, explanations });
  const bar = (arch: string, measure: string) => d.shapes.find((s) => s.t === 'rect' && s.data?.arch === arch && s.data.measure === measure);
  const clos = rows.find((r) => r.arch === 'clos')!;
  const max = Math.max(...rows.filter((r) => r.cost).map((r) => r.cost!.perGpu.total));
  // Clos of 8 hosts: 750 + 400 + 20 USD per GPU (exposure.test.ts), drawn 130 pt for the largest total.
  const sw = bar('clos', 'cost-switches');
  assert.ok(sw && sw.t === 'rect');
  assert.equal(Math.round(sw.w * 1000) / 1000, Math.round(((750 / max) * 130) * 1000) / 1000);
  const op = bar('clos', 'cost-optics');
  assert.ok(op && op.t === 'rect' && op.x === sw.x + sw.w, 'optics start where switches end');
  const label = d.shapes.find((s) => s.t === 'text' && s.data?.arch === 'clos' && s.data.measure === 'cost-per-gpu');
  assert.ok(label && label.t === 'text');
  assert.equal(label.text, `$${clos.cost!.perGpu.total.toLocaleString('en-US')}`);
  const svg = toSvg(d);
  assert.match(svg, /data-arch="clos" data-measure="cost-switches"/);
  assert.ok(d.widthPt <= 300);
});

test('charts of a sensitivity run stack one under the other', () => {
  const { rows, explanations } = compareRows(compareFabrics({ gpus: 8, server: 'host', switch: 'r4' } as never, catalog()));
  const a = compareChart({ values: { radix: 4 }, label: 'radix 4', rows, explanations });
  const s = stackCharts([a, a], 'both');
  assert.equal(s.heightPt, 2 * (a.heightPt + 8));
  assert.equal(s.shapes.length, 2 * a.shapes.length);
  const first = a.shapes[0]!;
  const second = s.shapes[a.shapes.length]!;
  assert.ok(first.t === 'text' && second.t === 'text' && second.y === first.y + a.heightPt + 8);
});
