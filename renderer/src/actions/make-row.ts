// "Make row/pod from selection": one edit creates the group and puts the selected racks in it.
import type { Id, RowGroup } from '../../../core/model/entities.js';
import type { EditOp } from '../../../core/model/edits.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';
import { plural, selectedRacks } from './selection.js';

/** "Row 3" / "Pod 2": the first number not used by a group of that hall. */
export function nextGroupName(kind: RowGroup['kind'], hallId: Id, rows: Iterable<RowGroup>): string {
  const taken = new Set<string>();
  for (const r of rows) if (r.hallId === hallId) taken.add(r.name);
  const word = kind === 'row' ? 'Row' : 'Pod';
  for (let k = 1; ; k++) if (!taken.has(`${word} ${k}`)) return `${word} ${k}`;
}

export function makeGroupOps(kind: RowGroup['kind'], hallId: Id, name: string, rackIds: Id[]): EditOp[] {
  return [
    { op: 'create', kind: 'row', ref: -1, value: { hallId, name, kind } },
    ...rackIds.map((id): EditOp => ({ op: 'update', kind: 'rack', id, patch: { rowId: -1 } })),
  ];
}

export async function makeGroupFromSelection(kind: RowGroup['kind']) {
  const racks = selectedRacks();
  if (racks.length === 0) return null;
  const hallId = racks[0]!.hallId;
  if (racks.some((r) => r.hallId !== hallId)) {
    useUi.getState().toast('error', `A ${kind} holds racks of one hall`);
    return null;
  }
  const name = nextGroupName(kind, hallId, useDoc.getState().row.values());
  const r = await applyEdit({ label: `Make ${kind} ${name} from ${plural(racks.length, 'rack')}`, ops: makeGroupOps(kind, hallId, name, racks.map((x) => x.id)) });
  if (r) useUi.getState().toast('info', `${name}: ${plural(racks.length, 'rack')}`);
  return r;
}
