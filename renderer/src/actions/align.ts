// Align and distribute selected racks by their footprints.
import { rackRect } from '../../../core/geometry/footprint.js';
import type { Rack } from '../../../core/model/entities.js';
import { applyEdit } from '../store/edits.js';
import { plural, selectedRacks } from './selection.js';

export type AlignEdge = 'left' | 'right' | 'top' | 'bottom' | 'centre-x' | 'centre-y';

/** New centres for `racks` aligned on `edge`. Pure, for tests. */
export function alignPositions(racks: Rack[], edge: AlignEdge): Map<number, { xMm: number; yMm: number }> {
  const rects = racks.map(rackRect);
  const out = new Map<number, { xMm: number; yMm: number }>();
  const x0 = Math.min(...rects.map((r) => r.x0)), x1 = Math.max(...rects.map((r) => r.x1));
  const y0 = Math.min(...rects.map((r) => r.y0)), y1 = Math.max(...rects.map((r) => r.y1));
  racks.forEach((r, i) => {
    const rc = rects[i]!;
    const hw = (rc.x1 - rc.x0) / 2, hd = (rc.y1 - rc.y0) / 2;
    let { xMm, yMm } = r;
    if (edge === 'left') xMm = x0 + hw;
    if (edge === 'right') xMm = x1 - hw;
    if (edge === 'centre-x') xMm = (x0 + x1) / 2;
    if (edge === 'top') yMm = y0 + hd;
    if (edge === 'bottom') yMm = y1 - hd;
    if (edge === 'centre-y') yMm = (y0 + y1) / 2;
    out.set(r.id, { xMm: Math.round(xMm), yMm: Math.round(yMm) });
  });
  return out;
}

/** Even spacing of centres between the first and last rack along an axis. Pure, for tests. */
export function distributePositions(racks: Rack[], axis: 'x' | 'y'): Map<number, { xMm: number; yMm: number }> {
  const key = axis === 'x' ? 'xMm' : 'yMm';
  const sorted = [...racks].sort((a, b) => a[key] - b[key]);
  const out = new Map<number, { xMm: number; yMm: number }>();
  const first = sorted[0]!, last = sorted[sorted.length - 1]!;
  const step = sorted.length > 1 ? (last[key] - first[key]) / (sorted.length - 1) : 0;
  sorted.forEach((r, i) => out.set(r.id, { xMm: r.xMm, yMm: r.yMm, [key]: Math.round(first[key] + step * i) }));
  return out;
}

function apply(label: string, racks: Rack[], pos: Map<number, { xMm: number; yMm: number }>) {
  const ops = racks
    .filter((r) => pos.get(r.id)!.xMm !== r.xMm || pos.get(r.id)!.yMm !== r.yMm)
    .map((r) => ({ op: 'update' as const, kind: 'rack' as const, id: r.id, patch: pos.get(r.id)! }));
  if (ops.length === 0) return Promise.resolve(null);
  return applyEdit({ label, ops });
}

export function alignSelected(edge: AlignEdge) {
  const racks = selectedRacks();
  if (racks.length < 2) return Promise.resolve(null);
  return apply(`Align ${plural(racks.length, 'rack')} (${edge})`, racks, alignPositions(racks, edge));
}

export function distributeSelected(axis: 'x' | 'y') {
  const racks = selectedRacks();
  if (racks.length < 3) return Promise.resolve(null);
  return apply(`Distribute ${plural(racks.length, 'rack')} ${axis === 'x' ? 'horizontally' : 'vertically'}`, racks, distributePositions(racks, axis));
}
