import type { EditOp } from '../../../core/model/edits.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';
import { plural } from './selection.js';

const KINDS = ['rack', 'tray', 'cable', 'device', 'row', 'cdu'] as const;

/** Delete: everything selected in one undo step (the server cascades to devices, ports, cables). */
export async function deleteSelection() {
  const doc = useDoc.getState();
  const sel = useUi.getState().selection.filter((r) => (KINDS as readonly string[]).includes(r.kind) && doc[r.kind as (typeof KINDS)[number]].has(r.id));
  if (sel.length === 0) return null;
  // A device inside a selected rack goes with the rack; deleting it twice would fail.
  const racks = new Set(sel.filter((r) => r.kind === 'rack').map((r) => r.id));
  const ops: EditOp[] = sel
    .filter((r) => !(r.kind === 'device' && racks.has(doc.device.get(r.id)!.rackId)))
    .map((r) => ({ op: 'delete', kind: r.kind as (typeof KINDS)[number], id: r.id }));
  const kinds = [...new Set(sel.map((r) => r.kind))];
  const label = kinds.length === 1 ? `Delete ${plural(sel.length, kinds[0] === 'cdu' ? 'CDU' : kinds[0]!)}` : `Delete ${plural(sel.length, 'object')}`;
  const r = await applyEdit({ label, ops });
  if (r) useUi.getState().select([]);
  return r;
}
