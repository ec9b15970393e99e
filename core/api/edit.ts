import { z } from 'zod';
import { editSchema, type Patch } from '../model/edits.js';
import { method } from './define.js';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface EditResult {
  patch: Patch;
  history: HistoryState;
}

export const editApi = {
  /** Applies one gesture's operations in one transaction and records it as one undo step. */
  'edit.apply': method<EditResult>()(editSchema),
  'edit.undo': method<EditResult>()(z.object({})),
  'edit.redo': method<EditResult>()(z.object({})),
  'edit.history': method<HistoryState>()(z.object({})),
};
