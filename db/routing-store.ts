// Writes routed results: derived data (recomputed from the layout at any time), so no undo step;
// one transaction so a reader never sees half a routing run.
import type { Id, RouteStep } from '../core/model/entities.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';

export interface RoutedRow {
  id: Id;
  routedMm: number | null;
  orderedMm: number | null;
  route: RouteStep[] | null;
}

/** Writes the rows; returns how many were written. */
export function writeRoutes(db: Db, rows: readonly RoutedRow[]): number {
  const up = db.prepare('UPDATE cables SET routed_mm = ?, ordered_mm = ?, route = ? WHERE id = ?');
  writeTransaction(db, () => {
    for (const r of rows) up.run(r.routedMm, r.orderedMm, r.route == null ? null : JSON.stringify(r.route), r.id);
  });
  return rows.length;
}

/** Whether a stored cable differs from a routing result (so unchanged rows are not rewritten). */
export function routeChanged(stored: RoutedRow, fresh: RoutedRow): boolean {
  if (stored.routedMm !== fresh.routedMm || stored.orderedMm !== fresh.orderedMm) return true;
  const a = stored.route;
  const b = fresh.route;
  if (a == null || b == null) return a !== b;
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (a[i]!.trayId !== b[i]!.trayId || a[i]!.seg !== b[i]!.seg) return true;
  return false;
}
