// Panel highlights (checks, audit) as the elevation shows them: a highlighted device is outlined,
// a highlighted port is filled, and a highlighted cable fills both of its ports.
import type { Cable, Id } from '../../../core/model/entities.js';
import type { Highlight } from '../store/ui.js';

export interface ElevationMarks {
  device: Map<Id, string>;
  port: Map<Id, string>;
}

/** The first source's colour wins where two sources mark the same object (sources in insertion order). */
export function elevationMarks(highlights: Record<string, Highlight[]>, cables: Map<Id, Cable>): ElevationMarks {
  const device = new Map<Id, string>(), port = new Map<Id, string>();
  const put = (m: Map<Id, string>, id: Id, color: string) => {
    if (!m.has(id)) m.set(id, color);
  };
  for (const list of Object.values(highlights)) {
    for (const h of list) {
      if (h.kind === 'device') put(device, h.id, h.color);
      else if (h.kind === 'port') put(port, h.id, h.color);
      else if (h.kind === 'cable') {
        const c = cables.get(h.id);
        if (c) {
          put(port, c.aPortId, h.color);
          put(port, c.bPortId, h.color);
        }
      }
    }
  }
  return { device, port };
}
