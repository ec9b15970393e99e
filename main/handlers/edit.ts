import type { editApi } from '../../core/api/edit.js';
import { applyEdit } from '../../db/edits.js';
import { historyState, redo, undo } from '../../db/history.js';
import { EntityStore } from '../../db/store.js';
import { emptyPatch } from '../../core/model/edits.js';
import type { Handlers } from './types.js';

export const editHandlers: Handlers<typeof editApi> = {
  'edit.apply': (ctx, edit) => applyEdit(ctx.project().db, edit),
  'edit.undo': (ctx) => {
    const { db } = ctx.project();
    const cs = undo(db, new EntityStore(db));
    return { patch: cs ? cs.toPatch() : emptyPatch(), history: historyState(db) };
  },
  'edit.redo': (ctx) => {
    const { db } = ctx.project();
    const cs = redo(db, new EntityStore(db));
    return { patch: cs ? cs.toPatch() : emptyPatch(), history: historyState(db) };
  },
  'edit.history': (ctx) => historyState(ctx.project().db),
};
