// A device's port as made from its type's template: the same fields, plus the front/rear mapping
// of patch panels and cassettes where the template has one (structured cabling).
import type { Id, Port, PortTemplate } from './entities.js';

export function portFromTemplate(deviceId: Id, p: PortTemplate): Omit<Port, 'id'> {
  const port: Omit<Port, 'id'> = { deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face };
  if (p.rearPort != null) port.rearPort = p.rearPort;
  if (p.rearPosition != null) port.rearPosition = p.rearPosition;
  if (p.positions != null) port.positions = p.positions;
  return port;
}

/** The same with its id, built as one object literal (no spread: hundreds of thousands of panel ports in a generated hall). */
export function portWithId(id: Id, deviceId: Id, p: PortTemplate): Port {
  const port: Port = { id, deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face };
  if (p.rearPort != null) port.rearPort = p.rearPort;
  if (p.rearPosition != null) port.rearPosition = p.rearPosition;
  if (p.positions != null) port.positions = p.positions;
  return port;
}

/**
 * A template's ports as portWithId makes them (same keys, same order), each made by one object
 * literal: no property added one by one (a 32k hall has 249,600 panel ports).
 */
export function portMaker(t: PortTemplate): (id: Id, deviceId: Id) => Port {
  const { name, kind, formFactor, speedGbps, lanes, face } = t;
  const rearPort = t.rearPort ?? null;
  const rearPosition = t.rearPosition ?? null;
  const positions = t.positions ?? null;
  if (rearPort !== null && rearPosition !== null && positions === null) {
    return (id, deviceId) => ({ id, deviceId, name, kind, formFactor, speedGbps, lanes, face, rearPort, rearPosition });
  }
  if (rearPort === null && rearPosition === null && positions !== null) {
    return (id, deviceId) => ({ id, deviceId, name, kind, formFactor, speedGbps, lanes, face, positions });
  }
  if (rearPort === null && rearPosition === null && positions === null) return (id, deviceId) => ({ id, deviceId, name, kind, formFactor, speedGbps, lanes, face });
  return (id, deviceId) => portWithId(id, deviceId, t);
}

/** A panel's front ports kept as one block: its type's front-port template at position p is port firstId + p. */
export interface PortBlock {
  deviceId: Id;
  firstId: Id;
}

/**
 * The ports `rows` with the front ports of `blocks` (each of a device of the type whose templates
 * are `templates`) as objects, all in id order (`rows` and `blocks` are each in id order): what the
 * check session of a generated hall takes, the file holding only the blocks.
 */
export function expandFronts(rows: readonly Port[], blocks: readonly PortBlock[], templates: readonly PortTemplate[]): Port[] {
  if (blocks.length === 0) return rows as Port[];
  const make = templates.map((t) => (t.kind === 'front-port' ? portMaker(t) : null));
  const fronts: Port[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const { deviceId, firstId } = blocks[b]!;
    for (let p = 0; p < templates.length; p++) if (make[p]) fronts.push(make[p]!(firstId + p, deviceId));
  }
  const out: Port[] = new Array(rows.length + fronts.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < rows.length && j < fronts.length) out[k++] = rows[i]!.id < fronts[j]!.id ? rows[i++]! : fronts[j++]!;
  while (i < rows.length) out[k++] = rows[i++]!;
  while (j < fronts.length) out[k++] = fronts[j++]!;
  return out;
}
