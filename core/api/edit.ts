import { z } from 'zod';
import { editSchema, type Patch } from '../model/edits.js';
import { method } from './define.js';
import type { HistoryState, StepHall } from '../model/history.js';

export type { HistoryState, StepHall } from '../model/history.js';

export interface EditResult {
  patch: Patch;
  history: HistoryState;
}

/** An undo or redo: the rows it changed and the hall it changed. */
export interface StepResult extends EditResult {
  /** The hall the step changed (null when nothing was undone, or the step touched no hall). */
  hall: StepHall | null;
  /** True when rows came back in bulk (a compact step): reload the project instead of the patch. */
  reload: boolean;
}

/** `confirm` must be true when the step deletes or brings back a whole hall (HistoryState.undoAsks / redoAsks). */
const stepArgs = z.object({ confirm: z.boolean().optional() }).strict();

export const editApi = {
  /** Applies one gesture's operations in one transaction and records it as one undo step. */
  'edit.apply': method<EditResult>()(editSchema),
  'edit.undo': method<StepResult>()(stepArgs),
  'edit.redo': method<StepResult>()(stepArgs),
  'edit.history': method<HistoryState>()(z.object({})),
};
