// Elevation geometry: which devices show on a face, where ports go in a device's block. Pure.
import type { Device, DeviceType, Face, Port } from '../../../core/model/entities.js';
import { slotOf, uSpaceProblems, type USlot } from '../../../core/model/rack-space.js';

/**
 * Devices seen on `face`: mounted on it, or from the other side (shown as "through") when full-depth
 * or when they have ports at their back (a patch panel's rear ports, where its trunks plug in).
 */
export function devicesOnFace(devices: Device[], types: Map<number, DeviceType>, face: Face): { device: Device; through: boolean }[] {
  const out: { device: Device; through: boolean }[] = [];
  for (const d of devices) {
    const t = types.get(d.typeId);
    if (d.face === face) out.push({ device: d, through: false });
    else if (t?.isFullDepth || t?.ports.some((p) => p.face === 'rear')) out.push({ device: d, through: true });
  }
  return out;
}

/** The face of the rack a port looks out of: a device mounted on the rear turns its ports round. */
export function portRackFace(device: Device, port: Port): Face {
  if (device.face === 'front') return port.face;
  return port.face === 'front' ? 'rear' : 'front';
}

/** The smallest port square that can still be hit with a mouse, CSS px. */
export const MIN_PORT_PX = 10;

/** Largest square size (MIN_PORT_PX..14 px, 2 px gaps) that fits n ports in a w x h box, or null when none does. */
export function portGrid(n: number, w: number, h: number): { size: number; cols: number } | null {
  for (let s = 14; s >= MIN_PORT_PX; s--) {
    const cols = Math.floor(w / (s + 2)), rows = Math.floor(h / (s + 2));
    if (cols > 0 && cols * rows >= n) return { size: s, cols };
  }
  return null;
}

/**
 * Sizes of the elevation at a zoom: px per U, the face's width and the label column's. `narrow`:
 * the faces of several racks side by side (a channel's), so that two racks fit a common window.
 */
export function elevationScale(baseUPx: number, zoom: number, narrow = false): { uPx: number; faceW: number; labelW: number } {
  return { uPx: Math.round(baseUPx * zoom), faceW: Math.round((narrow ? 200 : 280) * Math.max(1, zoom * 0.9)), labelW: narrow ? 90 : 110 };
}

/** The ports' box inside a device block of `uHeight` U. */
export function portBox(scale: { uPx: number; faceW: number; labelW: number }, uHeight: number): { w: number; h: number } {
  return { w: scale.faceW - scale.labelW - 12, h: uHeight * scale.uPx - 6 };
}

/** The smallest zoom (steps of 0.25, up to `max`) at which n ports of a device `uHeight` U tall are at least MIN_PORT_PX. */
export function zoomForPorts(n: number, uHeight: number, baseUPx: number, max = 8): number | null {
  for (let z = 1; z <= max; z += 0.25) {
    const b = portBox(elevationScale(baseUPx, z), uHeight);
    if (portGrid(n, b.w, b.h)) return z;
  }
  return null;
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
