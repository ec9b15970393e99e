// NetBox's interfaces export, as Trayline's NetBox export writes it (interfaces.csv): the
// interfaces a device has beyond its device type. The ones read are breakout sub-ports (swp1s0
// under swp1): each splits its port, as the cables' ends do (SplitPorts), so a port split with
// no cable on it yet (a spare) comes back split too. Anything else is counted in a note.
import type { Table } from '../audit/table.js';
import { normHost, normPort } from '../audit/names.js';
import type { SplitPorts } from '../model/breakout.js';
import { portNamed, subPortOf } from '../model/breakout.js';
import { columnGetter, requireColumns, type RowErr } from './netbox-columns.js';
import type { DeviceRow } from './netbox-types.js';

export function readInterfaces(
  table: { file: string; t: Table },
  devices: readonly DeviceRow[],
  existing: ReadonlyMap<string, unknown>,
  lanes: SplitPorts<DeviceRow>,
  err: RowErr,
  notes: string[],
): void {
  const { file, t } = table;
  const col = columnGetter(t);
  requireColumns(file, t, { device: 'device', name: 'name' }, err);
  const byName = new Map(devices.map((d) => [normHost(d.name), d]));
  let theirs = 0;
  let other = 0;
  for (const r of t.records) {
    const device = r.get('device');
    const name = r.get('name');
    const d = byName.get(normHost(device));
    if (!d) {
      if (existing.has(normHost(device))) theirs++;
      else err(file, r.line, col('device'), `device "${device}" is neither in the devices file nor in the project`);
      continue;
    }
    if (portNamed(d.type.ports, name, normPort)) continue; // (its type has it)
    const sub = subPortOf(d.type.ports, name, normPort);
    const parent = r.get('parent');
    if (!sub || (parent && normPort(parent) !== normPort(sub.parent.name))) {
      other++;
      continue;
    }
    lanes.use(d, sub.parent, sub.lane);
  }
  if (theirs) notes.push(`${file}: ${theirs} interface(s) of devices the project already has left as they are`);
  if (other) notes.push(`${file}: ${other} interface(s) that are no breakout sub-port of their device type's ports not imported (Trayline makes a device's ports from its type)`);
}
