// Undo/redo kept in the project file, so it survives closing and reopening. A step stores either
// the row images before and after (undo puts the "before" images back in reverse order), or, for
// bulk writes, a compact inverse (db/history-aside.ts): the id ranges it added, or the hall it
// deleted. Every step names the hall it changed, so the view can go there, and says whether it
// created or deleted a hall, so that undoing it can ask first.
import { ApiError } from '../core/model/errors.js';
import type { EntityKind, Id } from '../core/model/entities.js';
import { dropAside, hallScope, moveAside, rangeScope, restoreAside, type IdRanges } from './history-aside.js';
import { deviceOfPortSql } from './compact.js';
import type { Db } from './open.js';
import type { DbKind } from './tables.js';
import { writeTransaction } from './tx.js';
import { ChangeSet, EntityStore, type Change } from './store.js';
import type { Patch } from '../core/model/edits.js';
import type { HistoryState, StepHall } from '../core/model/history.js';

/** Older steps beyond this many are dropped. */
export const HISTORY_LIMIT = 1000;

interface Image {
  k: DbKind;
  id: Id;
  row: Record<string, unknown> | null;
}

export type { HistoryState, StepHall } from '../core/model/history.js';

type HallChange = 'created' | 'deleted' | null;

interface StepRow {
  id: number;
  label: string;
  forward: string;
  inverse: string;
  hall_id: number | null;
  hall_name: string | null;
  hall_change: HallChange;
  inserted: string | null;
  deleted_hall: number | null;
}

/** What undoing or redoing one step did. */
export interface StepOutcome {
  /** The rows changed, for the client's copy; null when rows came back from aside (the client reloads). */
  patch: Patch | null;
  hall: StepHall | null;
  label: string;
}

const deletedPatch = (ids: Partial<Record<EntityKind, Id[]>>): Patch => ({ put: {}, del: ids });

/** The hall a step's rows belong to: the first one found (a hall row, then its contents). */
function hallOfChanges(db: Db, changes: readonly Change[]): Id | null {
  const img = (c: Change) => (c.a ?? c.b)!;
  for (const c of changes) if (c.k === 'hall') return c.id;
  for (const c of changes) if (['rack', 'tray', 'row', 'feed', 'cdu'].includes(c.k)) return img(c).hall_id as Id;
  const via: Partial<Record<DbKind, [string, string]>> = {
    device: ['rack_id', 'SELECT hall_id FROM racks WHERE id = ?'],
    port: ['device_id', 'SELECT r.hall_id FROM devices d JOIN racks r ON r.id = d.rack_id WHERE d.id = ?'],
    cable: ['a_port_id', `WITH q(v) AS (SELECT ?) SELECT r.hall_id FROM devices d JOIN racks r ON r.id = d.rack_id WHERE d.id = ${deviceOfPortSql('(SELECT v FROM q)')}`],
  };
  for (const c of changes) {
    const v = via[c.k];
    const h = v && (db.prepare(v[1]).pluck().get(img(c)[v[0]]) as Id | undefined);
    if (h != null) return h;
  }
  return null;
}

function hallName(db: Db, id: Id | null, changes: readonly Change[] = []): string | null {
  if (id === null) return null;
  const img = changes.find((c) => c.k === 'hall' && c.id === id);
  const fromImage = (img?.a ?? img?.b)?.name as string | undefined;
  return fromImage ?? ((db.prepare('SELECT name FROM halls WHERE id = ?').pluck().get(id) as string | undefined) ?? null);
}

/** Drops the steps that were undone (a new step makes them unreachable), with their rows kept aside. */
function dropRedoable(db: Db): void {
  dropAside(db, 'undone = 1');
  db.prepare('DELETE FROM history WHERE undone = 1').run();
}

function insertStep(
  db: Db,
  label: string,
  v: { forward: string; inverse: string; hallId: Id | null; hallName: string | null; hallChange: HallChange; inserted?: IdRanges; deletedHall?: Id },
): number {
  dropRedoable(db);
  const id = Number(
    db
      .prepare('INSERT INTO history (label, forward, inverse, hall_id, hall_name, hall_change, inserted, deleted_hall) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(label, v.forward, v.inverse, v.hallId, v.hallName, v.hallChange, v.inserted ? JSON.stringify(v.inserted) : null, v.deletedHall ?? null).lastInsertRowid,
  );
  const keepFrom = `id <= (SELECT max(id) FROM history) - ${HISTORY_LIMIT}`;
  dropAside(db, keepFrom);
  db.prepare(`DELETE FROM history WHERE ${keepFrom}`).run();
  return id;
}

export function recordStep(db: Db, label: string, cs: ChangeSet): void {
  if (cs.changes.length === 0) return;
  const forward: Image[] = cs.changes.map((c: Change) => ({ k: c.k, id: c.id, row: c.a }));
  const inverse: Image[] = cs.changes.map((c: Change) => ({ k: c.k, id: c.id, row: c.b })).reverse();
  const hallId = hallOfChanges(db, cs.changes);
  const hallRow = cs.changes.find((c) => c.k === 'hall' && (c.a === null) !== (c.b === null));
  const hallChange: HallChange = hallRow ? (hallRow.b === null ? 'created' : 'deleted') : null;
  insertStep(db, label, { forward: JSON.stringify(forward), inverse: JSON.stringify(inverse), hallId, hallName: hallName(db, hallId, cs.changes), hallChange });
}

/**
 * A bulk write (a generated fabric, an imported layout) as one compact step: the id ranges it
 * added. Undo takes those rows out (kept aside), redo puts them back.
 */
export function recordInsertedStep(db: Db, label: string, inserted: IdRanges, hallId: Id | null): void {
  if (Object.keys(inserted).length === 0) return;
  insertStep(db, label, { forward: '[]', inverse: '[]', hallId, hallName: hallName(db, hallId), hallChange: inserted.hall ? 'created' : null, inserted });
}

/** Deletes a hall and everything in it as one compact step (its rows kept aside for undo); returns the patch. */
export function deleteHallStep(db: Db, label: string, hallId: Id): Patch {
  const name = hallName(db, hallId);
  const step = insertStep(db, label, { forward: '[]', inverse: '[]', hallId, hallName: name, hallChange: 'deleted', deletedHall: hallId });
  return deletedPatch(moveAside(db, step, hallScope(hallId)));
}

function replay(store: EntityStore, images: Image[], cs: ChangeSet): void {
  for (const im of images) store.restore(im.k, im.id, im.row, cs);
}

/** Undoing a hall's creation or deletion, or redoing a deletion, asks first. */
function question(step: StepRow | undefined, undoing: boolean): string | null {
  if (!step || !step.hall_change) return null;
  const hall = step.hall_name ? `hall ${step.hall_name}` : 'a hall';
  const deletes = undoing ? step.hall_change === 'created' : step.hall_change === 'deleted';
  if (!undoing && !deletes) return null;
  return `${undoing ? 'Undo' : 'Redo'} "${step.label}" ${deletes ? 'deletes' : 'brings back'} ${hall} and everything in it.`;
}

const STEP_COLS = 'id, label, forward, inverse, hall_id, hall_name, hall_change, inserted, deleted_hall';
const nextUndo = (db: Db) => db.prepare(`SELECT ${STEP_COLS} FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1`).get() as StepRow | undefined;
const nextRedo = (db: Db) => db.prepare(`SELECT ${STEP_COLS} FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1`).get() as StepRow | undefined;

function refuseUnconfirmed(step: StepRow, undoing: boolean, confirm: boolean): void {
  const q = question(step, undoing);
  if (q && !confirm) throw new ApiError('refused', `${q} Pass confirm: true to go on.`, 'confirm');
}

function outcome(step: StepRow, patch: Patch | null): StepOutcome {
  return { patch, label: step.label, hall: step.hall_id !== null ? { id: step.hall_id, name: step.hall_name ?? String(step.hall_id) } : null };
}

/** Undoes the latest step; null when there is nothing to undo. A step that deletes or re-creates a hall needs `confirm`. */
export function undo(db: Db, store: EntityStore, confirm = false): StepOutcome | null {
  // The step is read inside the write transaction: another process may have added a newer one.
  return writeTransaction(db, () => {
    const step = nextUndo(db);
    if (!step) return null;
    refuseUnconfirmed(step, true, confirm);
    db.prepare('UPDATE history SET undone = 1 WHERE id = ?').run(step.id);
    if (step.inserted) return outcome(step, deletedPatch(moveAside(db, step.id, rangeScope(JSON.parse(step.inserted) as IdRanges))));
    if (step.deleted_hall !== null) return (restoreAside(db, step.id), outcome(step, null));
    const cs = new ChangeSet();
    replay(store, JSON.parse(step.inverse) as Image[], cs);
    return outcome(step, cs.toPatch((k, id) => store.viewRow(k, id)));
  });
}

export function redo(db: Db, store: EntityStore, confirm = false): StepOutcome | null {
  return writeTransaction(db, () => {
    const step = nextRedo(db);
    if (!step) return null;
    refuseUnconfirmed(step, false, confirm);
    db.prepare('UPDATE history SET undone = 0 WHERE id = ?').run(step.id);
    if (step.inserted) return (restoreAside(db, step.id), outcome(step, null));
    if (step.deleted_hall !== null) return outcome(step, deletedPatch(moveAside(db, step.id, hallScope(step.deleted_hall))));
    const cs = new ChangeSet();
    replay(store, JSON.parse(step.forward) as Image[], cs);
    return outcome(step, cs.toPatch((k, id) => store.viewRow(k, id)));
  });
}

export function historyState(db: Db): HistoryState {
  const u = nextUndo(db);
  const r = nextRedo(db);
  const hall = (s: StepRow | undefined) => (s && s.hall_id !== null ? { id: s.hall_id, name: s.hall_name ?? String(s.hall_id) } : null);
  return {
    canUndo: !!u,
    canRedo: !!r,
    undoLabel: u?.label ?? null,
    redoLabel: r?.label ?? null,
    undoHall: hall(u),
    redoHall: hall(r),
    undoAsks: question(u, true),
    redoAsks: question(r, false),
  };
}

/** Forgets every undo step (a new project's starting point is not undoable). */
export function clearHistory(db: Db): void {
  db.prepare('DELETE FROM history_aside').run();
  db.prepare('DELETE FROM history').run();
}

/** A write that is not undoable but still a change: the steps undone before it can no longer be redone. */
export function forgetRedo(db: Db): void {
  dropRedoable(db);
}
