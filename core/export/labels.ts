// TIA-606-style identifiers for cable ends (source: ../shared/reference/media.json "labels",
// HellermannTyton's TIA-606-A-1 grid labelling and ISO/IEC TR 14763-2-1's ':' port separator):
//   cabinet  AJ05            grid column letters + 2-digit row of its floor tile
//   panel    AJ05-35         cabinet + rack unit of the device (2 digits)
//   port     AJ05-35:04      panel + ':' + port (numbers padded to 2 digits)
//   cable    AJ05-35:04 / AF10-02:12   near end / far end
// Labels are upper case: TIA-606-A-1 asks for machine-printed, sans-serif upper case.
import type { Cable } from '../model/entities.js';
import type { PortPlace, ProjectIndex } from './project-index.js';

export function panelId(cabinet: string, u: number): string {
  return `${cabinet}-${String(u).padStart(2, '0')}`;
}

/** Port names are kept as the device calls them, with bare numbers padded: "4" -> "04". */
export function portPart(portName: string): string {
  return (/^\d$/.test(portName) ? `0${portName}` : portName).toUpperCase();
}

export function portId(cabinet: string, u: number, portName: string): string {
  return `${panelId(cabinet, u)}:${portPart(portName)}`;
}

export function placeId(index: ProjectIndex, p: PortPlace): string {
  return portId(index.cabinetId(p.rack), p.device.u, p.port.name);
}

export interface CableEndLabel {
  cableId: number;
  cableLabel: string;
  end: 'A' | 'B';
  /** This end's port id, printed first. */
  near: string;
  /** The other end's port id. */
  far: string;
  /** "near / far", the TIA-606 cable identifier as read at this end. */
  text: string;
  hall: string;
  rack: string;
  device: string;
  port: string;
}

/** Two labels per cable, A end then B end, in cable order. Cables with a missing end get "?". */
export function* cableEndLabels(index: ProjectIndex, cables: Iterable<Cable> = index.snap.cables): Generator<CableEndLabel> {
  for (const c of cables) {
    const a = index.place(c.aPortId);
    const b = index.place(c.bPortId);
    const aId = a ? placeId(index, a) : '?';
    const bId = b ? placeId(index, b) : '?';
    for (const [end, near, far, p] of [['A', aId, bId, a], ['B', bId, aId, b]] as const) {
      yield {
        cableId: c.id,
        cableLabel: c.label,
        end,
        near,
        far,
        text: `${near} / ${far}`,
        hall: p?.hall?.name ?? '',
        rack: p?.rack.name ?? '',
        device: p?.device.name ?? '',
        port: p?.port.name ?? '',
      };
    }
  }
}
