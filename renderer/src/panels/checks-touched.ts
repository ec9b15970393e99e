// Which objects an edit touched, found by comparing the document store's maps before and after
// (the store replaces a kind's Map, and changed entities, on every patch).
import type { EntityKind, Id } from '../../../core/model/entities.js';

export const CHECKED_KINDS = ['rack', 'device', 'port', 'cable', 'tray', 'feed', 'cdu', 'hall'] as const satisfies readonly EntityKind[];
export type CheckedKind = (typeof CHECKED_KINDS)[number];
export type Touched = Partial<Record<CheckedKind, Id[]>>;

/** Ids put or deleted between two versions of each kind's map; null when nothing changed. */
export function touchedBetween(before: Record<CheckedKind, Map<Id, unknown>>, after: Record<CheckedKind, Map<Id, unknown>>): { touched: Touched; count: number } | null {
  const touched: Touched = {};
  let count = 0;
  for (const k of CHECKED_KINDS) {
    const a = before[k];
    const b = after[k];
    if (a === b) continue;
    const ids: Id[] = [];
    for (const [id, v] of b) if (a.get(id) !== v) ids.push(id);
    for (const id of a.keys()) if (!b.has(id)) ids.push(id);
    if (ids.length) {
      touched[k] = ids;
      count += ids.length;
    }
  }
  return count ? { touched, count } : null;
}
