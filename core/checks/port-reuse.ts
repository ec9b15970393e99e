import type { Cable } from '../model/entities.js';
import { connectorsOn } from './panel-port-reuse.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

export const portReuseRule: Rule = {
  id: 'port-reuse',
  owner: 'port',
  check(ctx, portId) {
    const ids = ctx.cablesOnPort(portId);
    if (ids.length < 2) return NO_VIOLATIONS;
    const port = ctx.ref.port(portId);
    if (!port) return NO_VIOLATIONS;
    // panel ports are panel-port-reuse's
    if (ctx.world.ports.get(portId)?.kind !== 'interface') return NO_VIOLATIONS;
    const cables = [...ids].map((id) => ctx.world.cables.get(id)).filter((c): c is Cable => !!c);
    // the legs of one breakout harness share the port's one connector
    if (connectorsOn(cables) < 2) return NO_VIOLATIONS;
    return [
      {
        rule: 'port-reuse',
        severity: 'error',
        objects: [port, ...cables.map((c) => ctx.ref.cable(c))],
        message: `Port ${port.name} is used by ${cables.length} cables: ${cables.map((c) => c.label).join(', ')}.`,
        hint: 'Move all but one cable to free ports (a breakout port takes one splitter cable).',
      },
    ];
  },
};
