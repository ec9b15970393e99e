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
