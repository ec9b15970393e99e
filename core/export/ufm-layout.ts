// The layout file of UFM's Cable Validation Tool ("Optional Files",
// https://docs.nvidia.com/networking/display/cablevalidationtool150/optional+files): racks mapped to
// the layout categories results are aggregated by (data hall, scalable unit, row).
import type { Id } from '../model/entities.js';
import type { FabricRoles } from './fabric-roles.js';
import type { HallPlan } from './plan-links.js';

export const LAYOUT_HEADERS = ['Rack', 'Data Hall', 'Scalable Unit', 'Row'] as const;

/** One row per rack of the hall: its data hall, scalable unit (of the servers and leaves in it) and row. */
export function ufmLayoutRows(plan: HallPlan, roles: FabricRoles, rowName: (rowId: Id | null) => string): string[][] {
  const sus = new Map<Id, Set<string>>();
  for (const d of plan.devices) {
    const su = roles.su(d.id);
    if (!su) continue;
    let s = sus.get(d.rackId);
    if (!s) sus.set(d.rackId, (s = new Set()));
    s.add(su.name);
  }
  return [...plan.rack.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .map((r) => [r.name, plan.hall?.name ?? '', [...(sus.get(r.id) ?? [])].join(' + '), rowName(r.rowId)]);
}
