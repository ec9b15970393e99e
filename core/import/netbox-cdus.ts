// CDUs in a NetBox devices file. NetBox has no cooling model: Trayline's own NetBox export
// (core/export/netbox-cdus.ts) writes each CDU as a device of role `cdu` on a 0 U type named for
// its placement, capacity and footprint ("In-row CDU 2000 kW (750 x 1200 mm)"), with the racks it
// serves in its comments ("Serves 8 racks: C03, D03, ..."). Read back, such a row becomes a CDU
// again and its racks liquid-cooled and served by it, so a liquid-cooled hall taken through
// NetBox does not come back as racks of liquid-cooled devices declared air-cooled (the cooling
// rule's error on each). Its place on the floor is not taken: the racks are placed anew (NetBox
// has no floor coordinates), and an in-row unit stands at the end of the row of the first rack it
// serves (netbox-place.ts).
import type { Cdu, DeviceType } from '../model/entities.js';
import type { TableRecord } from '../audit/table.js';
import { readFloorComment, type FloorPlace } from './netbox-floor.js';

export interface CduRow {
  line: number;
  name: string;
  /** The location (else site) column: the hall of a unit that serves no rack. */
  hall: string;
  placement: Cdu['placement'];
  capacityW: number;
  widthMm: number | null;
  depthMm: number | null;
  /** The racks its comments name, as written. */
  racks: string[];
  /** Where its comments say it stood (netbox-floor.ts); null when they do not. */
  at: FloorPlace | null;
}

/** Whether a devices row is a CDU: role `cdu`, or a type whose model names one. */
export function isCduRow(r: TableRecord): boolean {
  const role = (r.get('role') || r.get('devicerole')).trim().toLowerCase();
  return role === 'cdu' || role === 'coolant distribution unit' || /\bCDU\b/.test(r.get('devicetype'));
}

const number = (s: string) => Number(s.replace(/,/g, ''));

/**
 * A CDU row's unit, from its type's model and its comments; a string (why not) when its capacity
 * is written nowhere (a CDU from another NetBox: no field holds one).
 */
export function readCduRow(r: TableRecord, name: string): CduRow | string {
  const model = r.get('devicetype');
  const comments = r.get('comments');
  const kw = /(\d[\d,]*(?:\.\d+)?)\s*kW/i.exec(model) ?? /(\d[\d,]*(?:\.\d+)?)\s*kW/i.exec(comments);
  if (!kw || !(number(kw[1]!) > 0)) return `CDU ${name}: no capacity in its type "${model}" or its comments (NetBox has no cooling model; Trayline's export writes "2000 kW" in the type)`;
  const placement: Cdu['placement'] = /in-rack/i.test(model) || /^\s*in-rack/i.test(comments) ? 'in-rack' : 'in-row';
  const size = /\((\d+)\s*x\s*(\d+)\s*mm\)/i.exec(model) ?? /(\d+)\s*x\s*(\d+)\s*mm/i.exec(comments);
  const served = /Serves (?:rack|[\d,]+ racks): (.+?)\.(?:\s|$)/.exec(comments);
  // an in-rack unit in one rack serves that rack
  const racks = served ? served[1]!.split(',').map((s) => s.trim()).filter(Boolean) : placement === 'in-rack' && r.get('rack') ? [r.get('rack')] : [];
  return {
    line: r.line,
    name,
    hall: r.get('location') || r.get('site') || 'NetBox',
    placement,
    capacityW: Math.round(number(kw[1]!) * 1000),
    widthMm: size && placement === 'in-row' ? Number(size[1]) : null,
    depthMm: size && placement === 'in-row' ? Number(size[2]) : null,
    racks,
    at: placement === 'in-row' ? readFloorComment(comments) : null,
  };
}

/**
 * The new racks to declare liquid-cooled (lower-case names): those holding a device of a
 * liquid-cooled type, and those a CDU serves. Leaves each CDU only the new racks it serves (a
 * project rack keeps its own CDU; a rack found nowhere is noted).
 */
export function coolingOf(
  cdus: CduRow[],
  devices: readonly { rack: string; type: Pick<DeviceType, 'coolingKind'> }[],
  newRacks: ReadonlyMap<string, unknown>,
  projectRacks: ReadonlyMap<string, unknown>,
  notes: string[],
): Set<string> {
  const liquid = new Set<string>();
  for (const d of devices) if (d.type.coolingKind === 'liquid' && newRacks.has(d.rack.toLowerCase())) liquid.add(d.rack.toLowerCase());
  for (const c of cdus) {
    c.racks = c.racks.filter((name) => {
      const key = name.toLowerCase();
      if (newRacks.has(key)) return liquid.add(key), true;
      notes.push(
        projectRacks.has(key)
          ? `CDU ${c.name} serves rack ${name}, which the project already has: the rack keeps its own CDU`
          : `CDU ${c.name} serves rack ${name}, which is neither in the racks file nor in the project: left out`,
      );
      return false;
    });
  }
  if (liquid.size) notes.push(`${liquid.size} rack(s) declared liquid-cooled: they hold liquid-cooled devices (by their device types) or a CDU serves them`);
  return liquid;
}
