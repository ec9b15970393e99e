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

export interface ElevationScale {
  uPx: number;
  /** Width of a device block. */
  faceW: number;
  /** Width of a device's label (name, model) left of its ports. */
  labelW: number;
  /** Width of the U numbers' column left of the devices. */
  gutter: number;
}

/**
 * Side by side (a channel's racks, one column each with its front and rear): the spacing the
 * stylesheet gives them (elevation.css, `.elevation.multi`) and the narrowest face drawn, at which a
 * 1U device still shows its name and two lit ports of MIN_PORT_PX with its "⊕" button.
 */
export const SIDE_BY_SIDE = { gutter: 16, padX: 24, faceGap: 8, colGap: 12 + 12 + 1, minFaceW: 100, maxFaceW: 200 } as const;

/** A face's whole width side by side: the device blocks, the U column and the rack's frame (3 px each side, 4 px inside). */
const sideFrame = (gutter: number) => gutter + 3 + 3 + 3;

/**
 * The face width at which `n` racks' columns (two faces each) fit `widthPx` side by side, between
 * SIDE_BY_SIDE.minFaceW and maxFaceW (below the minimum the columns scroll sideways).
 */
export function sideBySideFaceW(n: number, widthPx: number): number {
  const s = SIDE_BY_SIDE;
  const fit = Math.floor((widthPx - s.padX - (n - 1) * s.colGap - n * (2 * sideFrame(s.gutter) + s.faceGap)) / (2 * n));
  return Math.max(s.minFaceW, Math.min(s.maxFaceW, fit));
}

/** The rack frame's outer width for a face of `faceW`. */
export function rackFrameW(scale: Pick<ElevationScale, 'faceW' | 'gutter'>): number {
  return scale.faceW + sideFrame(scale.gutter);
}

/**
 * Sizes of the elevation at a zoom: px per U, the face's width and the label column's. `narrow`:
 * the faces of several racks side by side (a channel's), `fitW` wide (sideBySideFaceW), with a
 * narrow U column and a label that takes under half the face, so that the racks fit the window.
 */
export function elevationScale(baseUPx: number, zoom: number, narrow = false, fitW: number = SIDE_BY_SIDE.maxFaceW): ElevationScale {
  const faceW = Math.round((narrow ? fitW : 280) * Math.max(1, zoom * 0.9));
  return { uPx: Math.round(baseUPx * zoom), faceW, labelW: narrow ? Math.min(90, Math.round(faceW * 0.45)) : 110, gutter: narrow ? SIDE_BY_SIDE.gutter : 25 };
}

/** The ports' box inside a device block of `uHeight` U. */
export function portBox(scale: Pick<ElevationScale, 'uPx' | 'faceW' | 'labelW'>, uHeight: number): { w: number; h: number } {
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
