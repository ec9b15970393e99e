// TIA-606 identifiers for cable ends, trunks, patch panels and panel ports. The formats are
// TIA-606-B's data-centre identifiers (TIA-606-A-1 grid locations), which TIA-606-C keeps; the
// standard's own text was not available to us, so each part is sourced to a published summary:
//   cabinet    AJ05           grid column letters + 2-digit row of its floor tile
//                             (../shared/reference/media.json "labels": HellermannTyton, TIA-606-A-1
//                             grid labelling)
//   panel      AJ05-35        cabinet + rack unit of the device (2 digits)
//   port       AJ05-35:04     panel + ':' + port (numbers padded to 2 digits); ':' separates the port
//                             (ISO/IEC TR 14763-2-1, with which TIA-606-B is harmonised)
//   cable      AJ05-35:04 / AF10-02:12   near end / far end, near end first: TIA-606-B's example
//                             "4BK01-55:50/DC.C03-14:04" (cabinet, -panel U, :port, / far end),
//                             https://test.expresscorp.com/blogs/cable-label-standards-ansi-tia-606-b
//   trunk      AJ05-40:T1 / AF10-40:T1  a cable between two panels is a cable like any other,
//                             named by the ports at its ends; a trunk whose legs land on several ports
//                             of one panel names them as a range (AJ05-40:R1-R4): TIA-606-B administers
//                             backbone cables "by pair groups, corresponding to ports" (clause 6.1.2,
//                             Todd Fries, HellermannTyton, "ANSI/TIA-606-B: the updated labeling
//                             standard", https://vdocuments.us/ansi-tia-606-b-the-updated-labeling-standard.html)
// The space prefix (floor and room, "1A.") is left out: one project is one space here.
// Labels are upper case: TIA-606-A-1 asks for machine-printed, sans-serif upper case.
import type { Cable } from '../model/entities.js';
import type { PortPlace, ProjectIndex } from './project-index.js';
import { roleOfEnds } from './cable-role.js';

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

/** cable: a direct cable's end; jumper and trunk: structured cabling; panel and panel-port: hardware. */
export type LabelKind = 'cable' | 'jumper' | 'trunk' | 'panel' | 'panel-port';

/** One label: a cable end, a panel or a panel port. */
export interface CableEndLabel {
  kind: LabelKind;
  /** The cable, or null for a panel or panel port. */
  cableId: number | null;
  /** The cable's label, or the panel's name. */
  cableLabel: string;
  end: 'A' | 'B' | '';
  /** The first printed line: the cable and end ("GPU-0001 · A", a trunk's fibre count too), or what the panel or port is. */
  title: string;
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

/** Two labels per cable, A end then B end, in cable order (a trunk's say its fibre count). Cables with a missing end get "?". */
export function* cableEndLabels(index: ProjectIndex, cables: Iterable<Cable> = index.snap.cables): Generator<CableEndLabel> {
  for (const c of cables) {
    const a = index.place(c.aPortId);
    const b = index.place(c.bPortId);
    const aId = a ? placeId(index, a) : '?';
    const bId = b ? placeId(index, b) : '?';
    const role = roleOfEnds(a?.port.kind, b?.port.kind);
    const kind: LabelKind = role === 'direct' ? 'cable' : role;
    const fibres = role === 'trunk' && c.mediaId ? index.media.get(c.mediaId)?.lanes : undefined;
    for (const [end, near, far, p] of [['A', aId, bId, a], ['B', bId, aId, b]] as const) {
      yield {
        kind,
        cableId: c.id,
        cableLabel: c.label,
        end,
        title: `${c.label} · ${end}${fibres ? ` · ${fibres}F` : ''}`,
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
