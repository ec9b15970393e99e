import { freeName } from '../../../core/model/names.js';
import type { DeviceType, Face, Rack } from '../../../core/model/entities.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';

/** A free device name from the rack and U, e.g. "AJ05-U12" (or "AJ05-U12-2" when taken). */
export function deviceName(rack: Rack, u: number, face: Face): string {
  const taken = new Set([...useDoc.getState().device.values()].map((d) => d.name));
  const base = `${rack.name}-U${u}${face === 'rear' ? 'R' : ''}`;
  return freeName(base, (x) => taken.has(x));
}

/** Mounts a device type with its lowest U at `u`; the server refuses collisions and overflow. */
export function addDevice(rack: Rack, type: DeviceType, u: number, face: Face) {
  return applyEdit({
    label: `Add ${type.model} to ${rack.name} U${u}`,
    ops: [{ op: 'create', kind: 'device', value: { rackId: rack.id, name: deviceName(rack, u, face), typeId: type.id, u, face } }],
  });
}

export function moveDevice(id: number, name: string, u: number, face: Face) {
  return applyEdit({ label: `Move ${name} to U${u}`, ops: [{ op: 'update', kind: 'device', id, patch: { u, face } }] });
}
