// A patch-panel port (front or rear) takes one cable, or the legs of one assembly (a harness or
// multi-leg trunk plugs several legs into it); interface ports are port-reuse's.
import type { Cable } from '../model/entities.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

/** Cables on a port counted as connectors: the legs of one assembly are one. */
export function connectorsOn(cables: readonly Cable[]): number {
  const assemblies = new Set<string>();
  let n = 0;
  for (const c of cables) {
    if (c.assemblyId == null) n++;
    else if (!assemblies.has(c.assemblyId)) {
      assemblies.add(c.assemblyId);
      n++;
    }
  }
  return n;
}

export const panelPortReuseRule: Rule = {
  id: 'panel-port-reuse',
  owner: 'port',
  check(ctx, portId) {
    const ids = ctx.cablesOnPort(portId);
    if (ids.length < 2) return NO_VIOLATIONS;
    const p = ctx.world.ports.get(portId);
    if (!p || p.kind === 'interface') return NO_VIOLATIONS;
    const cables = ids.map((id) => ctx.world.cables.get(id)).filter((c): c is Cable => !!c);
    if (connectorsOn(cables) < 2) return NO_VIOLATIONS;
    const port = ctx.ref.port(portId)!;
    return [
      {
        rule: 'panel-port-reuse',
        severity: 'error',
        objects: [port, ...cables.map((c) => ctx.ref.cable(c))],
        message: `Panel ${p.kind === 'rear-port' ? 'rear' : 'front'} port ${port.name} takes ${cables.length} cables: ${cables.map((c) => c.label).join(', ')}.`,
        hint: p.kind === 'rear-port' ? 'A rear port takes one trunk; land other trunks on other entries.' : 'A front port takes one jumper; patch the others to free ports.',
      },
    ];
  },
};
