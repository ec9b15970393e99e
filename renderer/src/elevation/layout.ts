// Elevation geometry: which devices show on a face, where ports go in a device's block. Pure.
import type { Device, DeviceType, Face, Port } from '../../../core/model/entities.js';
import { slotOf, uSpaceProblems, type USlot } from '../../../core/model/rack-space.js';

/** Devices seen on `face`: mounted on it, or full-depth from the other side (shown as "through"). */
export function devicesOnFace(devices: Device[], types: Map<number, DeviceType>, face: Face): { device: Device; through: boolean }[] {
  const out: { device: Device; through: boolean }[] = [];
  for (const d of devices) {
    if (d.face === face) out.push({ device: d, through: false });
    else if (types.get(d.typeId)?.isFullDepth) out.push({ device: d, through: true });
  }
  return out;
}

/** The face of the rack a port looks out of: a device mounted on the rear turns its ports round. */
export function portRackFace(device: Device, port: Port): Face {
  if (device.face === 'front') return port.face;
  return port.face === 'front' ? 'rear' : 'front';
}

/** Largest square size (4..12 px, 2 px gaps) that fits n ports in a w x h box. */
export function portGrid(n: number, w: number, h: number): { size: number; cols: number } {
  for (let s = 12; s >= 4; s--) {
    const cols = Math.floor(w / (s + 2)), rows = Math.floor(h / (s + 2));
    if (cols > 0 && cols * rows >= n) return { size: s, cols };
  }
  return { size: 4, cols: Math.max(1, Math.floor(w / 6)) };
}

/** Why a device of `type` at `u` on `face` would not fit, in the server's words, or null. */
export function mountProblem(heightU: number, devices: Device[], types: Map<number, DeviceType>, type: DeviceType, u: number, face: Face): string | null {
  const slots: USlot[] = devices.map((d) => slotOf(d, types.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
  slots.push(slotOf({ id: -1, u, face }, type));
  const p = uSpaceProblems(heightU, slots).find((x) => x.deviceId === -1 || (x.kind === 'overlap' && x.otherId === -1));
  if (!p) return null;
  if (p.kind === 'overflow') return `would reach U${p.hi}, above the top (${heightU}U)`;
  const other = devices.find((d) => d.id === (p.deviceId === -1 ? p.otherId : p.deviceId));
  return `would collide with ${other?.name ?? 'a device'}`;
}
