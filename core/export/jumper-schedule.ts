// The jumper schedule: one row per jumper (a cord between a device port and a panel port, or
// between two panel ports), grouped by the row of its rack, for the crew that patches racks after
// the trunks are in: the panel port and the device port it joins, the stock cord to take, the trunk
// it meets behind the panel, and the far end of the link it completes, to check against.
import type { Cable, Device, Id } from '../model/entities.js';
import { mOrNull } from '../model/units.js';
import { placeId } from './labels.js';
import { naturalKey, pullSheetOf, type Cell, type ScheduleColumn } from './schedule.js';
import { orderedMmOf, type StructuredIndex } from './structured-index.js';

export const JUMPER_COLUMNS: ScheduleColumn[] = [
  { header: 'jumper', width: 14 },
  { header: 'leg', width: 12 },
  { header: 'rack', width: 10 },
  { header: 'panel', width: 18 },
  { header: 'panel U', width: 7 },
  { header: 'panel port', width: 10 },
  { header: 'panel port id', width: 18 },
  { header: 'device', width: 18 },
  { header: 'device U', width: 7 },
  { header: 'device port', width: 12 },
  { header: 'device port id', width: 18 },
  { header: 'media id', width: 22 },
  { header: 'polarity', width: 9 },
  { header: 'routed length (m)', width: 12 },
  { header: 'ordered length (m)', width: 12 },
  { header: 'trunk', width: 16 },
  { header: 'link far end', width: 22 },
  { header: 'status', width: 10 },
];

export const JUMPER_HEADERS = JUMPER_COLUMNS.map((c) => c.header);

export interface JumperRow {
  /** The pull sheet (row or pod of the panel's rack). */
  sheet: string;
  cells: Cell[];
  mediaId: string | null;
  orderedM: number | null;
}

/** The panel end of a jumper (the front or rear port; for a cross-connect, its A end) and the other end. */
function ends(s: StructuredIndex, c: Cable): [Id, Id] {
  return s.kind(c.aPortId) !== 'interface' ? [c.aPortId, c.bPortId] : [c.bPortId, c.aPortId];
}

/** Every jumper whose panel is in the hall (all halls when null), by pull sheet, rack, panel (top down) and port. */
export function jumperRows(s: StructuredIndex, inHall: ((d: Device) => boolean) | null = null): JumperRow[] {
  const ix = s.index;
  const rows: { key: string; row: JumperRow }[] = [];
  for (const c of ix.snap.cables) {
    if (s.role(c) !== 'jumper') continue;
    const [panelPort, devicePort] = ends(s, c);
    const pp = ix.place(panelPort);
    const panel = s.deviceOf(panelPort);
    if (!pp || !panel || (inHall && !inHall(panel))) continue;
    const dp = ix.place(devicePort);
    const across = s.kind(panelPort) === 'front-port' ? s.across(panelPort) : null;
    const trunk = across?.trunk ?? (s.kind(panelPort) === 'rear-port' ? s.trunkOn(panelPort) : null);
    // the link end away from this jumper's device port: what the far crew patches, to check against
    const far = new Set<string>();
    for (const l of s.channels.through(c.id)) {
      const other = l.a === devicePort ? l.b : l.b === devicePort ? l.a : null;
      if (other !== null) far.add(s.portName(other));
      else if (l.b === null) far.add(`open: ${l.open}`);
      else far.add(`${s.portName(l.a)} - ${s.portName(l.b)}`);
    }
    const leg = c.assemblyId != null && c.leg != null ? `${c.assemblyId} leg ${c.leg}` : null;
    const ordered = mOrNull(orderedMmOf(c));
    const sheet = pullSheetOf(pp);
    rows.push({
      key: `${naturalKey(sheet)}\t${naturalKey(pp.rack.name)}\t${String(1000 - pp.device.u).padStart(4, '0')}\t${naturalKey(pp.device.name)}\t${naturalKey(pp.port.name)}\t${naturalKey(c.label)}`,
      row: {
        sheet,
        mediaId: c.mediaId,
        orderedM: ordered,
        cells: [
          c.label,
          leg,
          pp.rack.name,
          pp.device.name,
          pp.device.u,
          pp.port.name,
          placeId(ix, pp),
          dp?.device.name ?? null,
          dp?.device.u ?? null,
          dp?.port.name ?? null,
          dp ? placeId(ix, dp) : null,
          c.mediaId,
          s.polarity(c),
          mOrNull(c.routedMm),
          ordered,
          trunk?.label ?? null,
          [...far].join(', ') || null,
          c.status,
        ],
      },
    });
  }
  return rows.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((r) => r.row);
}
