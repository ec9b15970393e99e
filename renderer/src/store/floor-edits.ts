// Edits in floor mode (store/detail.ts): the store holds every hall, row, rack, tray, feed and CDU
// but only the devices, ports and cables fetched on demand, and draws the floor payload's counts.
// An edit's patch is applied as is: kinds held whole stay whole, and the devices, ports and cables
// it puts are merged like fetched detail (the server's current rows). What the store cannot work
// out itself is the counts when rows it never fetched go: a deleted cable arrives as an id only.
// An edit that adds, deletes or moves devices or cables has its new counts worked out here when
// every row it touches was fetched (store/floor-counts.ts: deleting a selected rack, which
// fetched its contents, and undoing that), else re-asks project.floorCounts: 16 kB and 0.25-1 s
// of server CPU on the 32,768-GPU hall (it groups every cable by route), against 0.5 MB and a
// little more for project.floor, and 63 MB and ~10 s for the snapshot every edit used to load
// first. Moving, rotating or renaming a rack, its power budget, moving or renaming a device in
// its rack change no count: nothing to work out, no call.
//
// Findings in floor mode are what the counts carry: rack colour by power against its budget
// (devices per rack and type), bundle shades and the status bar's totals; they stay right because
// the counts are brought up to date whenever an edit can change them. The checks panel and find need the whole model (ensureFull).
import type { Patch } from '../../../core/model/edits.js';
import type { Cable } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { useDoc, type DocState } from './document.js';
import { countsAfter, type Gone } from './floor-counts.js';
import { useUi } from './ui.js';

/** Ids of devices, ports and cables this floor-first session saw deleted (floor-counts.ts). */
const gone: Gone = { device: new Set(), port: new Set(), cable: new Set() };

/** Whether an edit of this session deleted the row (a detail fetched before it must not bring it back). */
export function wasDeleted(kind: keyof Gone, id: number): boolean {
  return gone[kind].has(id);
}

/** A new document (a reload): nothing is known to be deleted. */
export function forgetDeleted(): void {
  for (const s of Object.values(gone)) s.clear();
}

const sameRoute = (a: Cable['route'], b: Cable['route']) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * Whether the patch can change the floor's counts: devices per rack and type, cables per tray
 * segment or unrouted rack pair, or the totals. Judged against the store before the patch: a
 * device or cable put that the store already holds with the same rack, type, ends and route
 * (a rename, a move within its rack) changes none.
 */
export function patchChangesCounts(patch: Patch, doc: Pick<DocState, 'device' | 'port' | 'cable'>): boolean {
  if (patch.del.device?.length || patch.del.port?.length || patch.del.cable?.length) return true;
  for (const d of patch.put.device ?? []) {
    const was = doc.device.get(d.id);
    if (!was || was.rackId !== d.rackId || was.typeId !== d.typeId) return true;
  }
  for (const p of patch.put.port ?? []) {
    const was = doc.port.get(p.id);
    if (!was || was.deviceId !== p.deviceId) return true;
  }
  for (const c of patch.put.cable ?? []) {
    const was = doc.cable.get(c.id);
    if (!was || was.aPortId !== c.aPortId || was.bPortId !== c.bPortId || !sameRoute(was.route, c.route)) return true;
  }
  return false;
}

/**
 * Applies an edit's (or undo's, redo's) patch to a floor-mode store, with fresh counts when the
 * patch can change them: both land in the same tick, so the plan is redrawn once, never with a
 * deleted rack's bundles still counted.
 */
export async function applyFloorPatch(patch: Patch): Promise<void> {
  const doc = useDoc.getState();
  let counts = null;
  if (doc.floor && patchChangesCounts(patch, doc)) {
    // Worked out here when every row it touches was fetched (a selected rack deleted, then
    // brought back), else asked of the server.
    counts = countsAfter(doc.floor, patch, doc, gone);
    // The edit is in the file already: a failed count still lets its patch land (and says so).
    if (!counts) {
      counts = await apiClient()
        .call('project.floorCounts', {})
        .catch((e: unknown) => {
          useUi.getState().toast('error', `Cable and device counts could not be brought up to date: ${(e as Error)?.message ?? String(e)}`);
          return null;
        });
    }
  }
  for (const k of ['device', 'port', 'cable'] as const) {
    for (const id of patch.del[k] ?? []) gone[k].add(id);
    for (const e of patch.put[k] ?? []) gone[k].delete(e.id);
  }
  useDoc.getState().applyPatch(patch);
  if (counts) useDoc.getState().setFloorCounts(counts);
}
