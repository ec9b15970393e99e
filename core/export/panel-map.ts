// The panel map: one row per front port of every patch panel (or cassette), with where its
// position goes (rear port and position, the trunk there, the far panel's front port at the same
// position) and what it carries: the jumper on it and the active port at each end of its link.
import type { Device, Id } from '../model/entities.js';
import { placeId } from './labels.js';
import type { Cell, ScheduleColumn } from './schedule.js';
import type { StructuredIndex } from './structured-index.js';

export const PANEL_MAP_COLUMNS: ScheduleColumn[] = [
  { header: 'rack', width: 10 },
  { header: 'U', width: 5 },
  { header: 'panel', width: 18 },
  { header: 'front port', width: 10 },
  { header: 'port id', width: 18 },
  { header: 'rear port', width: 10 },
  { header: 'rear position', width: 9 },
  { header: 'trunk', width: 16 },
  { header: 'far rack', width: 10 },
  { header: 'far U', width: 5 },
  { header: 'far panel', width: 18 },
  { header: 'far front port', width: 10 },
  { header: 'far port id', width: 18 },
  { header: 'jumper', width: 14 },
  { header: 'active port', width: 22 },
  { header: 'far jumper', width: 14 },
  { header: 'far active port', width: 22 },
  { header: 'status', width: 30 },
];

export const PANEL_MAP_HEADERS = PANEL_MAP_COLUMNS.map((c) => c.header);

/** How many rows panelMapRows gives (the front ports of the panels in scope): the total its
 * progress is reported against. */
export function panelMapRowCount(s: StructuredIndex, inHall: ((d: Device) => boolean) | null = null): number {
  let n = 0;
  for (const p of s.index.ports.values()) {
    if (p.kind !== 'front-port') continue;
    const d = s.index.devices.get(p.deviceId);
    if (d && (!inHall || inHall(d))) n++;
  }
  return n;
}

/** Rows for every front port of the panels in the hall (all halls when null), by rack, panel (top down) and port. */
export function* panelMapRows(s: StructuredIndex, inHall: ((d: Device) => boolean) | null = null): Generator<Cell[]> {
  const ix = s.index;
  const id = (portId: Id | null) => {
    const p = portId === null ? null : ix.place(portId);
    return p ? placeId(ix, p) : null;
  };
  const label = (portId: Id | null) => (portId === null ? null : (s.cablesOn(portId).map((c) => c.label).join(', ') || null));
  for (const d of s.panels(inHall ?? undefined)) {
    const rack = s.rackName(d);
    for (const f of s.portsOf(d.id, 'front-port')) {
      const across = s.across(f.id);
      const rear = across ? ix.ports.get(across.rear) : undefined;
      const farFront = across?.farFront ?? null;
      const farDevice = farFront !== null ? s.deviceOf(farFront) : across?.farRear != null ? s.deviceOf(across.farRear) : undefined;
      const at = s.passesAt(f.id);
      let active: string | null = null;
      let farActive: string | null = null;
      let status: string;
      if (at.length) {
        // the front port's side of each link, then the other end; a harness gives several
        const near = at.map((x) => (x.frontTowardsA ? x.link.a : x.link.b));
        const far = at.map((x) => (x.frontTowardsA ? x.link.b : x.link.a));
        active = [...new Set(near.map((p) => (p === null ? '' : s.portName(p))))].filter(Boolean).join(', ') || null;
        farActive = [...new Set(far.map((p) => (p === null ? '' : s.portName(p))))].filter(Boolean).join(', ') || null;
        const open = at.find((x) => x.link.open !== null)?.link.open;
        status = open ? `open: ${open}` : at.length > 1 ? `${at.length} links` : 'link';
      } else {
        const jumper = s.cablesOn(f.id).length > 0;
        status = !across ? 'maps to no rear port' : across.trunk === null ? (jumper ? 'no trunk on the rear port' : 'free, no trunk') : jumper ? 'jumper, no link' : 'free';
      }
      yield [
        rack,
        d.u,
        d.name,
        f.name,
        id(f.id),
        rear?.name ?? null,
        across?.position ?? null,
        across?.trunk?.label ?? null,
        farDevice ? s.rackName(farDevice) : null,
        farDevice?.u ?? null,
        farDevice?.name ?? null,
        farFront !== null ? (ix.ports.get(farFront)?.name ?? null) : null,
        id(farFront),
        label(f.id),
        active,
        label(farFront),
        farActive,
        status,
      ];
    }
  }
}
