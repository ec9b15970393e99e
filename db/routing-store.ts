// Writes routed results: derived data (recomputed from the layout at any time), so no undo step;
// one transaction so a reader never sees half a routing run.
import type { Id, RouteStep } from '../core/model/entities.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { channelsOfCables, materialiseChannels } from './channels.js';
import { EntityStore } from './store.js';
import { readingJson } from './entity-json.js';

export interface RoutedRow {
  id: Id;
  routedMm: number | null;
  orderedMm: number | null;
  route: RouteStep[] | null;
}

/** Writes the rows; returns how many were written. A jumper kept in a record (db/channels.ts)
 * takes an in-rack result in the record; any other route makes it a plain row first. */
export function writeRoutes(db: Db, rows: readonly RoutedRow[]): number {
  const up = db.prepare('UPDATE cables SET routed_mm = ?, ordered_mm = ?, route = ? WHERE id = ?');
  const upA = db.prepare('UPDATE channels SET a_routed_mm = ?, a_ordered_mm = ? WHERE id = ?');
  const upB = db.prepare('UPDATE channels SET b_routed_mm = ?, b_ordered_mm = ? WHERE b_jumper_id = ?');
  writeTransaction(db, () => {
    for (const r of rows) {
      const route = r.route == null ? null : JSON.stringify(r.route);
      if (up.run(r.routedMm, r.orderedMm, route, r.id).changes > 0) continue;
      const inRack = r.route == null ? r.routedMm == null : r.route.length === 0 && r.routedMm != null;
      if (inRack && (upA.run(r.routedMm, r.orderedMm, r.id).changes > 0 || upB.run(r.routedMm, r.orderedMm, r.id).changes > 0)) continue;
      // routing is derived data: no undo step (the rows are what the view showed)
      materialiseChannels(new EntityStore(db), channelsOfCables(db, [r.id]), null);
      up.run(r.routedMm, r.orderedMm, route, r.id);
    }
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

/**
 * The stored routed and ordered lengths and route of the given cables, by id (a jumper kept in a
 * record: its record's lengths, no tray route). One query for the rows: a tray moved under
 * thousands of cables asks for all of them.
 */
export function storedRoutes(db: Db, ids: readonly Id[]): Map<Id, RoutedRow> {
  const out = new Map<Id, RoutedRow>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare('SELECT id, routed_mm, ordered_mm, route FROM cables WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [Id, number | null, number | null, string | null][];
  readingJson(db, 'cable', 'cables', () => {
    for (const [id, routedMm, orderedMm, route] of rows) out.set(id, { id, routedMm, orderedMm, route: route == null ? null : (JSON.parse(route) as RouteStep[]) });
  });
  if (out.size === ids.length) return out;
  const store = new EntityStore(db);
  for (const id of ids) {
    if (out.has(id)) continue;
    const c = store.get('cable', id);
    if (c) out.set(id, { id, routedMm: c.routedMm, orderedMm: c.orderedMm, route: c.route });
  }
  return out;
}
