import type { Rack } from '../../../core/model/entities.js';
import { applyEdit } from '../store/edits.js';
import { plural } from './selection.js';

/** Moves racks by (dx, dy) mm in one undo step; the server refuses overlaps and leaving the hall. */
export function moveRacks(racks: Rack[], dx: number, dy: number, label?: string) {
  if (racks.length === 0 || (dx === 0 && dy === 0)) return Promise.resolve(null);
  return applyEdit({
    label: label ?? (racks.length === 1 ? `Move rack ${racks[0]!.name}` : `Move ${plural(racks.length, 'rack')}`),
    ops: racks.map((r) => ({ op: 'update' as const, kind: 'rack' as const, id: r.id, patch: { xMm: Math.round(r.xMm + dx), yMm: Math.round(r.yMm + dy) } })),
  });
}
