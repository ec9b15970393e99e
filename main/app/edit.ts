// Editing: one gesture is one edit, one transaction and one undo step; undo and redo replay the
// history kept in the project file. An undo or redo that deletes or brings back a whole hall is
// refused without `confirm` (the UI asks the user first).
import type { StepResult } from '../../core/api/edit.js';
import type { Edit } from '../../core/model/edits.js';
import { emptyPatch } from '../../core/model/edits.js';
import { applyEdit, type EditOutcome } from '../../db/edits.js';
import { historyState, redo, undo, type HistoryState, type StepOutcome } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import { dataStateKey } from '../../db/snapshot.js';
import { forgetChecks, noteEdit } from './checks.js';
import type { ProjectDb } from './project.js';

export type { EditOutcome } from '../../db/edits.js';
export type { HistoryState } from '../../db/history.js';

export function applyProjectEdit(db: ProjectDb, edit: Edit): EditOutcome {
  const before = dataStateKey(db);
  const o = applyEdit(db, edit);
  noteEdit(db, before, o.patch);
  return o;
}

function stepResult(db: ProjectDb, before: string, o: StepOutcome | null): StepResult {
  // Rows put back in bulk bypass the checks' incremental bookkeeping: they start afresh.
  if (o && o.patch === null) forgetChecks(db);
  else if (o?.patch) noteEdit(db, before, o.patch);
  return { patch: o?.patch ?? emptyPatch(), history: historyState(db), hall: o?.hall ?? null, reload: !!o && o.patch === null };
}

export function undoEdit(db: ProjectDb, opts: { confirm?: boolean } = {}): StepResult {
  const before = dataStateKey(db);
  return stepResult(db, before, undo(db, new EntityStore(db), opts.confirm ?? false));
}

export function redoEdit(db: ProjectDb, opts: { confirm?: boolean } = {}): StepResult {
  const before = dataStateKey(db);
  return stepResult(db, before, redo(db, new EntityStore(db), opts.confirm ?? false));
}

export function editHistory(db: ProjectDb): HistoryState {
  return historyState(db);
}
