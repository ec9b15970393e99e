// Undo/redo kept in the project file, so it survives closing and reopening. Each step stores the
// row images before and after; undo puts the "before" images back in reverse order.
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { ChangeSet, EntityStore, type Change } from './store.js';
import type { EntityKind, Id } from '../core/model/entities.js';

/** Older steps beyond this many are dropped. */
export const HISTORY_LIMIT = 1000;

interface Image {
  k: EntityKind;
  id: Id;
  row: Record<string, unknown> | null;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export function recordStep(db: Db, label: string, cs: ChangeSet): void {
  if (cs.changes.length === 0) return;
  const forward: Image[] = cs.changes.map((c: Change) => ({ k: c.k, id: c.id, row: c.a }));
  const inverse: Image[] = cs.changes.map((c: Change) => ({ k: c.k, id: c.id, row: c.b })).reverse();
  db.prepare('DELETE FROM history WHERE undone = 1').run();
  db.prepare('INSERT INTO history (label, forward, inverse) VALUES (?, ?, ?)').run(label, JSON.stringify(forward), JSON.stringify(inverse));
  db.prepare('DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?').run(HISTORY_LIMIT);
}

function replay(store: EntityStore, images: Image[], cs: ChangeSet): void {
  for (const im of images) store.restore(im.k, im.id, im.row, cs);
}

/** Undoes the latest step; returns the changes made, or null when there is nothing to undo. */
export function undo(db: Db, store: EntityStore): ChangeSet | null {
  // The step is read inside the write transaction: another process may have added a newer one.
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT id, inverse FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as
      | { id: number; inverse: string }
      | undefined;
    if (!row) return null;
    const cs = new ChangeSet();
    replay(store, JSON.parse(row.inverse) as Image[], cs);
    db.prepare('UPDATE history SET undone = 1 WHERE id = ?').run(row.id);
    return cs;
  });
}

export function redo(db: Db, store: EntityStore): ChangeSet | null {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT id, forward FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as
      | { id: number; forward: string }
      | undefined;
    if (!row) return null;
    const cs = new ChangeSet();
    replay(store, JSON.parse(row.forward) as Image[], cs);
    db.prepare('UPDATE history SET undone = 0 WHERE id = ?').run(row.id);
    return cs;
  });
}

export function historyState(db: Db): HistoryState {
  const u = db.prepare('SELECT label FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as { label: string } | undefined;
  const r = db.prepare('SELECT label FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as { label: string } | undefined;
  return { canUndo: !!u, canRedo: !!r, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
}

/** Forgets every undo step (a new project's starting point is not undoable). */
export function clearHistory(db: Db): void {
  db.prepare('DELETE FROM history').run();
}
