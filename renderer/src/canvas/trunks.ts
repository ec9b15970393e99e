// Which cables are trunks (both ends on panels' rear ports, as core/routing/links.ts isTrunkCable
// says), for drawing them apart from the other cables in the trays. Rebuilt when cables or ports change.
import type { Cable, Id, Port } from '../../../core/model/entities.js';
import { isTrunkCable } from '../../../core/routing/links.js';
import { memo1 } from './memo.js';

export const trunkSet = memo1((cablesMap: unknown, portsMap: unknown): ReadonlySet<Id> => {
  const cables = cablesMap as Map<Id, Cable>, ports = portsMap as Map<Id, Port>;
  const out = new Set<Id>();
  const kind = (id: Id) => ports.get(id)?.kind;
  for (const c of cables.values()) if (isTrunkCable(c, kind)) out.add(c.id);
  return out;
});
