import type { editApi } from '../../core/api/edit.js';
import { applyProjectEdit, editHistory, redoEdit, undoEdit } from '../app/edit.js';
import type { Handlers } from './types.js';

export const editHandlers: Handlers<typeof editApi> = {
  'edit.apply': (ctx, edit) => applyProjectEdit(ctx.project().db, edit),
  'edit.undo': (ctx, args) => undoEdit(ctx.project().db, args),
  'edit.redo': (ctx, args) => redoEdit(ctx.project().db, args),
  'edit.history': (ctx) => editHistory(ctx.project().db),
};
