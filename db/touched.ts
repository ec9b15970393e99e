// The rows an edit touched, with what depends on them, as a patch for the check session: a new
// device brings its ports, a changed port its cables. Rows gone from the file are deletions.
import type { Patch } from '../core/model/edits.js';
import type { EntityKind, Id } from '../core/model/entities.js';
import type { Db } from './open.js';
import { EntityStore } from './store.js';

const KINDS: EntityKind[] = ['hall', 'feed', 'cdu', 'tray', 'rack', 'device', 'port', 'cable'];

export function touchedPatch(db: Db, touched: Partial<Record<EntityKind, Id[]>>): Patch {
  const store = new EntityStore(db);
  const ids = new Map<EntityKind, Set<Id>>(KINDS.map((k) => [k, new Set(touched[k] ?? [])]));
  for (const d of ids.get('device')!) for (const p of store.idsWhere('port', 'device_id', d)) ids.get('port')!.add(p);
  for (const p of ids.get('port')!) {
    for (const c of store.idsWhere('cable', 'a_port_id', p)) ids.get('cable')!.add(c);
    for (const c of store.idsWhere('cable', 'b_port_id', p)) ids.get('cable')!.add(c);
  }
  const patch: Patch = { put: {}, del: {} };
  for (const [kind, set] of ids) {
    for (const id of set) {
      const row = store.get(kind, id);
      if (row) ((patch.put[kind] ??= []) as unknown[]).push(row);
      else ((patch.del[kind] ??= []) as Id[]).push(id);
    }
  }
  return patch;
}
