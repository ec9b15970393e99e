// The comparison chart: bars per architecture for the network cost per GPU (split into switches,
// optics, cables, trunks), the network power per GPU, and the failures a month (links, switches)
// with the GPUs one switch failure cuts off. Built once as a Drawing, so the Compare panel, the
// SVG/PNG export and the workbook show the same chart. Sized for the side panel (300 pt wide).
import type { Drawing, Shape } from '../export/drawing.js';
import { ARCH_NAME, type CompareRow } from './compare.js';
import type { CompareCombo } from './vary.js';

export const CHART_COLORS = {
  switches: '#1d4ed8',
  optics: '#f59e0b',
  cables: '#10b981',
  trunks: '#a855f7',
  power: '#64748b',
  links: '#0ea5e9',
  switchFailures: '#dc2626',
} as const;

const W = 300;
const LABEL_W = 70;
const BAR_X = LABEL_W;
const BAR_MAX = 130;
const ROW_H = 16;
const BAR_H = 10;
const GAP = 10;

const usd = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`;
const num = (v: number, d = 1) => v.toLocaleString('en-US', { maximumFractionDigits: d });

interface Section {
  title: string;
  /** Bars of one row: a stack of segments, and the label after them. */
  bars: (r: CompareRow) => { measure: string; value: number; color: string }[][] | null;
  scale: (rows: CompareRow[]) => number[];
  /** One label per stack, written after it. */
  labels: (r: CompareRow) => string[];
  labelMeasures: string[];
}

const okRows = (rows: CompareRow[]) => rows.filter((r) => !r.error && r.cost && r.failures);
const max1 = (vals: number[]) => Math.max(1e-9, ...vals);

const SECTIONS: Section[] = [
  {
    title: 'Network cost per GPU (USD)',
    bars: (r) => [
      [
        { measure: 'cost-switches', value: r.cost!.perGpu.switches, color: CHART_COLORS.switches },
        { measure: 'cost-optics', value: r.cost!.perGpu.optics, color: CHART_COLORS.optics },
        { measure: 'cost-cables', value: r.cost!.perGpu.cables, color: CHART_COLORS.cables },
        { measure: 'cost-trunks', value: r.cost!.perGpu.trunks, color: CHART_COLORS.trunks },
      ],
    ],
    scale: (rows) => [max1(okRows(rows).map((r) => r.cost!.perGpu.total))],
    labels: (r) => [`${usd(r.cost!.perGpu.total)}${r.costComplete ? '' : '*'}`],
    labelMeasures: ['cost-per-gpu'],
  },
  {
    title: 'Network power per GPU (W)',
    bars: (r) => [[{ measure: 'power-per-gpu', value: r.powerPerGpuW!, color: CHART_COLORS.power }]],
    scale: (rows) => [max1(okRows(rows).map((r) => r.powerPerGpuW!))],
    labels: (r) => [`${num(r.powerPerGpuW!)} W`],
    labelMeasures: ['power-per-gpu'],
  },
  {
    title: 'Failures a month: links (blue), switches (red)',
    bars: (r) => [
      [{ measure: 'link-failures', value: r.failures!.linkFailuresPerMonth, color: CHART_COLORS.links }],
      [{ measure: 'switch-failures', value: r.failures!.switchFailuresPerMonth, color: CHART_COLORS.switchFailures }],
    ],
    scale: (rows) => [max1(okRows(rows).map((r) => r.failures!.linkFailuresPerMonth)), max1(okRows(rows).map((r) => r.failures!.switchFailuresPerMonth))],
    labels: (r) => [`${num(r.failures!.linkFailuresPerMonth, 2)} links`, `${num(r.failures!.switchFailuresPerMonth, 2)} · ${r.failures!.gpusPerSwitchFailure} GPUs each`],
    labelMeasures: ['link-failures', 'failures'],
  },
];

/** The chart of one comparison (one combination of a sensitivity run). */
export function compareChart(combo: CompareCombo, title = 'Architectures compared'): Drawing {
  const shapes: Shape[] = [];
  let y = 16;
  shapes.push({ t: 'text', x: 4, y, text: combo.label ? `${title}: ${combo.label}` : title, size: 10, bold: true, data: { role: 'title' } });
  y += 14;
  // Legend of the cost split.
  let lx = 4;
  for (const [k, name] of [['switches', 'switches'], ['optics', 'optics'], ['cables', 'cables'], ['trunks', 'trunks']] as const) {
    shapes.push({ t: 'rect', x: lx, y: y - 7, w: 8, h: 8, fill: CHART_COLORS[k] });
    shapes.push({ t: 'text', x: lx + 11, y, text: name, size: 8 });
    lx += 60;
  }
  y += 8;
  for (const sec of SECTIONS) {
    y += GAP;
    shapes.push({ t: 'text', x: 4, y, text: sec.title, size: 9, bold: true, data: { role: 'section' } });
    y += 4;
    const scales = sec.scale(combo.rows);
    for (const r of combo.rows) {
      const stacks = r.error || !r.cost || !r.failures ? null : sec.bars(r);
      const rowH = Math.max(1, stacks?.length ?? 1) * ROW_H;
      shapes.push({ t: 'text', x: 4, y: y + 11, text: ARCH_NAME[r.arch], size: 8, data: { arch: r.arch, role: 'arch' } });
      if (!stacks) {
        shapes.push({ t: 'text', x: BAR_X, y: y + 11, text: 'cannot build', size: 8, fill: '#6b7280', data: { arch: r.arch, measure: sec.labelMeasures[0]! } });
        y += rowH;
        continue;
      }
      const labels = sec.labels(r);
      stacks.forEach((stack, si) => {
        let x = BAR_X;
        const by = y + 3 + si * ROW_H;
        for (const seg of stack) {
          const w = (seg.value / scales[si]!) * BAR_MAX;
          if (w > 0) shapes.push({ t: 'rect', x, y: by, w, h: BAR_H, fill: seg.color, data: { arch: r.arch, measure: seg.measure, value: String(seg.value) } });
          x += w;
        }
        shapes.push({ t: 'text', x: x + 4, y: by + 8, text: labels[si]!, size: 8, data: { arch: r.arch, measure: sec.labelMeasures[si]! } });
      });
      y += rowH;
    }
  }
  if (combo.rows.some((r) => r.costComplete === false)) {
    y += 12;
    shapes.push({ t: 'text', x: 4, y, text: '* cost incomplete: a price is unknown', size: 8, fill: '#6b7280' });
  }
  return { title: combo.label ? `${title}: ${combo.label}` : title, widthPt: W, heightPt: y + 8, shapes };
}

/** Several charts one under the other (a sensitivity run), as one drawing. */
export function stackCharts(drawings: readonly Drawing[], title: string): Drawing {
  if (drawings.length === 1) return drawings[0]!;
  const shapes: Shape[] = [];
  let y = 0;
  for (const d of drawings) {
    for (const s of d.shapes) {
      if (s.t === 'rect') shapes.push({ ...s, y: s.y + y });
      else if (s.t === 'text') shapes.push({ ...s, y: s.y + y });
      else if (s.t === 'line') shapes.push({ ...s, y1: s.y1 + y, y2: s.y2 + y });
      else shapes.push({ ...s, points: s.points.map(([px, py]) => [px, py + y] as [number, number]) });
    }
    y += d.heightPt + 8;
  }
  return { title, widthPt: Math.max(...drawings.map((d) => d.widthPt)), heightPt: y, shapes };
}
