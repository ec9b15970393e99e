// Edits in floor mode (store/detail.ts): the store holds every hall, row, rack, tray, feed and CDU
// but only the devices, ports and cables fetched on demand, and draws the floor payload's counts.
// An edit's patch is applied as is: kinds held whole stay whole, and the devices, ports and cables
// it puts are merged like fetched detail (the server's current rows). What the store cannot work
// out itself is the counts: a deleted cable arrives as an id only, its route unknown when it was
// never fetched. So an edit that adds, deletes or moves devices or cables (a rack deleted with
// its contents, a pasted rack, an undo bringing them back) re-asks project.floorCounts: 16 kB and
// ~0.25 s of server CPU on the 32,768-GPU hall, against 0.5 MB and ~0.3 s for project.floor and
// 63 MB and ~10 s for the snapshot every edit used to load first. Moving, rotating or renaming a
// rack, its power budget, moving or renaming a device in its rack change no count: no call.
//
// Findings in floor mode are what the counts carry: rack colour by power against its budget
// (devices per rack and type) and bundle shades; both stay right because the counts are re-asked
// whenever they can change. The checks panel and find need the whole model (ensureFull).
import type { Patch } from '../../../core/model/edits.js';
import type { Cable } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { useDoc, type DocState } from './document.js';

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
  const needs = patchChangesCounts(patch, useDoc.getState());
  const counts = needs ? await apiClient().call('project.floorCounts', {}) : null;
  useDoc.getState().applyPatch(patch);
  if (counts) useDoc.getState().setFloorCounts(counts);
}
