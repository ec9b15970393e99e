// Routes for the cables an edit draws or re-ends while no checks run. The checks keep the stored
// routes current (checks.update returns them), but a large project starts its checks only when the
// Checks tab is shown (panels/checks-store.ts: a first run of the 32k hall costs the server 4-5 s),
// and until then a cable drawn by hand stayed out of the trays. Such an edit's cables are routed on
// their own (routing.routeCables reads only their rows) and the routes land in the store as the
// checks' would, floor counts included.
import type { Patch } from '../../../core/model/edits.js';
import type { Cable, Id } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { useDoc } from './document.js';
import { applyFloorPatch } from './floor-edits.js';
import { useUi } from './ui.js';

// (the one flag: panels/checks-store.ts sets it as it starts and stops the checks, and reads it)
let running = false;

/** Whether the checks run (and so route what edits change). */
export function checksRunning(): boolean {
  return running;
}
export function setChecksRunning(on: boolean): void {
  running = on;
}

/** An edit putting more cables than this (a big paste) leaves them to the checks: routing.routeCables takes at most as many. */
export const ROUTE_AT_ONCE_MAX = 10_000;

/**
 * The cables a patch draws (new, without a route) or changes in what their route depends on (an
 * end, the media, a fixed length), judged against the store's cables before it; none while the
 * checks run.
 */
export function cablesToRoute(patch: Patch, before: ReadonlyMap<Id, Cable>): Id[] {
  if (running) return [];
  const out: Id[] = [];
  for (const c of patch.put.cable ?? []) {
    const was = before.get(c.id);
    const changed = was
      ? was.aPortId !== c.aPortId || was.bPortId !== c.bPortId || was.mediaId !== c.mediaId || was.lengthMm !== c.lengthMm
      : c.route == null && c.routedMm == null;
    if (changed) out.push(c.id);
  }
  return out.length <= ROUTE_AT_ONCE_MAX ? out : [];
}

/**
 * Routes the cables and applies what changed to the store. Run in the edit queue (store/edits.ts),
 * so no other edit lands between the server's routes and the store taking them.
 */
export async function routeCables(ids: Id[]): Promise<void> {
  try {
    const r = await apiClient().call('routing.routeCables', { cableIds: ids });
    const doc = useDoc.getState();
    // (a cable the store no longer holds, a reload since, is not brought back)
    const put = r.routes?.put.cable?.filter((c) => doc.cable.has(c.id)) ?? [];
    if (put.length === 0) return;
    const patch: Patch = { put: { cable: put }, del: {} };
    if (doc.detail === 'floor') await applyFloorPatch(patch);
    else doc.applyPatch(patch);
  } catch (e) {
    useUi.getState().toast('error', `The new cables could not be routed: ${(e as Error)?.message ?? String(e)} (the Checks tab routes them again)`);
  }
}
