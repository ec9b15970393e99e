// Editing: one gesture is one edit, one transaction and one undo step; undo and redo replay the
// history kept in the project file.
import type { Edit, Patch } from '../../core/model/edits.js';
import { emptyPatch } from '../../core/model/edits.js';
import { applyEdit, type EditOutcome } from '../../db/edits.js';
import { historyState, redo, undo, type HistoryState } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import type { ProjectDb } from './project.js';

export type { EditOutcome } from '../../db/edits.js';
export type { HistoryState } from '../../db/history.js';

export function applyProjectEdit(db: ProjectDb, edit: Edit): EditOutcome {
  return applyEdit(db, edit);
}

export function undoEdit(db: ProjectDb): { patch: Patch; history: HistoryState } {
  const cs = undo(db, new EntityStore(db));
  return { patch: cs ? cs.toPatch() : emptyPatch(), history: historyState(db) };
}

export function redoEdit(db: ProjectDb): { patch: Patch; history: HistoryState } {
  const cs = redo(db, new EntityStore(db));
  return { patch: cs ? cs.toPatch() : emptyPatch(), history: historyState(db) };
}

export function editHistory(db: ProjectDb): HistoryState {
  return historyState(db);
}
