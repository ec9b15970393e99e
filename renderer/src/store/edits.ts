// Every gesture is one edit.apply call and one undo step. Calls run one after another (a queue) so
// the server sees gestures in the order the user made them; the document changes only by the
// server's patches, so a refused edit leaves the store exactly as the server has it.
import type { EditResult, StepHall, StepResult } from '../../../core/api/index.js';
import { askConfirm } from '../shell/ConfirmDialog.js';
import type { Edit } from '../../../core/model/edits.js';
import { apiClient } from '../api/session.js';
import { CallError } from '../api/client.js';
import { useDoc } from './document.js';
import { fullLoading, openFloor } from './detail.js';
import { applyFloorPatch } from './floor-edits.js';
import { cablesToRoute, routeCables } from './edit-routes.js';
import { useUi, type Ref } from './ui.js';

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
const idleWaiters: (() => void)[] = [];

export function pendingEdits(): number {
  return pending;
}

/** Resolves once no edit is pending. */
export function editsSettled(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

function enqueue<T>(run: () => Promise<T>): Promise<T> {
  pending++;
  const p = queue.then(run, run);
  queue = p.catch(() => undefined).finally(() => {
    pending--;
    if (pending === 0) for (const w of idleWaiters.splice(0)) w();
  });
  return p;
}

export function describeError(e: unknown): string {
  if (e instanceof CallError) return e.message;
  return (e as Error)?.message ?? String(e);
}

/** Drops what the document no longer has from the selection, hover and open elevation (after an undo, say). */
export function pruneUi(): void {
  const doc = useDoc.getState();
  const ui = useUi.getState();
  // Opened floor first, devices, ports and cables are known only once fetched: not pruned then.
  const partial = (k: Ref['kind']) => doc.detail === 'floor' && (k === 'device' || k === 'port' || k === 'cable');
  const live = (r: Ref) => partial(r.kind) || doc[r.kind].has(r.id);
  if (!ui.selection.every(live)) ui.select(ui.selection.filter(live));
  if (ui.hover && !live(ui.hover)) ui.setHover(null);
  if (ui.openRackId != null && !doc.rack.has(ui.openRackId)) ui.openRack(null);
  if (ui.cableStart != null && !live({ kind: 'port', id: ui.cableStart })) ui.setCableStart(null);
}

async function run<R extends EditResult>(method: 'edit.apply' | 'edit.undo' | 'edit.redo', args: object, what: string): Promise<R | null> {
  try {
    // Patches keep the store current, whole or floor first (store/floor-edits.ts: no snapshot is
    // loaded for an edit). A snapshot already being loaded is waited for, so the patch lands on it.
    await fullLoading()?.catch(() => undefined);
    const result = (await apiClient().call(method, args as never)) as R;
    const before = useDoc.getState().cable;
    if ((result as Partial<StepResult>).reload) await loadProject();
    else if (useDoc.getState().detail === 'floor') await applyFloorPatch(result.patch);
    else useDoc.getState().applyPatch(result.patch);
    useDoc.getState().setHistory(result.history);
    pruneUi();
    // The cables it drew or re-ended, routed next in the queue when no checks run to route them.
    const route = (result as Partial<StepResult>).reload ? [] : cablesToRoute(result.patch, before);
    if (route.length) void enqueue(() => routeCables(route));
    return result;
  } catch (e) {
    useUi.getState().toast('error', `${what} refused: ${describeError(e)}`);
    return null;
  }
}

/** Applies one gesture. Resolves to the result, or null when the server refused (a toast says why). */
export function applyEdit(edit: Edit): Promise<EditResult | null> {
  return enqueue(() => run('edit.apply', edit, edit.label));
}

/** Shows the hall a history step changes (closing an elevation of another hall). */
function goToHall(hall: StepHall | null): void {
  const ui = useUi.getState();
  if (!hall || !useDoc.getState().hall.has(hall.id)) return;
  if (ui.openRackId != null && useDoc.getState().rack.get(ui.openRackId)?.hallId !== hall.id) ui.openRack(null);
  if (ui.hallId !== hall.id) ui.setHall(hall.id);
}

/**
 * Undo or redo: the view goes to the step's hall first, so the change happens in front of the
 * user; a step that deletes or brings back a whole hall asks first; the toast names the hall.
 */
function step(which: 'undo' | 'redo'): Promise<StepResult | null> {
  return enqueue(async () => {
    const h = useDoc.getState().history;
    const [can, label, hall, asks] = which === 'undo' ? [h.canUndo, h.undoLabel, h.undoHall, h.undoAsks] : [h.canRedo, h.redoLabel, h.redoHall, h.redoAsks];
    if (!can) return null;
    goToHall(hall);
    const Verb = which === 'undo' ? 'Undo' : 'Redo';
    if (asks && !(await askConfirm(asks, Verb))) return null;
    const r = await run<StepResult>(which === 'undo' ? 'edit.undo' : 'edit.redo', asks ? { confirm: true } : {}, Verb);
    if (!r) return null;
    goToHall(r.hall);
    const where = r.hall ? ` (hall ${r.hall.name})` : '';
    if (label) useUi.getState().toast('info', `${which === 'undo' ? 'Undid' : 'Redid'}: ${label}${where}`);
    return r;
  });
}

export function undo(): Promise<StepResult | null> {
  return step('undo');
}

export function redo(): Promise<StepResult | null> {
  return step('redo');
}

/**
 * Reloads the project and its history (start-up, an import, a generated fabric, anything that
 * returns no patch): floor first when it is big (store/detail.ts), else the whole model.
 */
export async function loadProject(): Promise<void> {
  await openFloor('auto');
  pruneUi();
}
