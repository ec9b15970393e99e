// The files NVIDIA's UFM Cable Validation Tool (CVT) takes, for one hall
// (https://docs.nvidia.com/networking/display/cablevalidationtool150/topology+files):
// - the P2P workbook: one row per link with A-Node Name, A-Type, A-Port, Z-Node Name, Z-Type,
//   Z-Port ("P2P File"), plus each end's rack and U as in its examples. A host port is its adapter
//   number (1 -> mlx5_0 unless the HCA mapping says otherwise), a switch port its name (1/2 is a
//   split port; NVOS names such as sw1p1 as they are);
// - the HCA mapping file `port,hca-name` ("Optional Files");
// - the layout file mapping racks to data hall, scalable unit and row ("Optional Files").
import { hcaNameOf, ibPorts, type HcaMap } from '../ib/ports.js';
import type { DeviceType, Id, Port } from '../model/entities.js';
import { oriented, type FabricRoles } from './fabric-roles.js';
import type { HallPlan } from './plan-links.js';
import { naturalKey } from './schedule.js';

export const P2P_HEADERS = ['A-Rack', 'A-U', 'A-Node Name', 'A-Type', 'A-Port', 'Z-Rack', 'Z-U', 'Z-Node Name', 'Z-Type', 'Z-Port'] as const;
export type P2pRow = [string, number, string, 'Host' | 'Switch', string, string, number, string, 'Host' | 'Switch', string];

export function ufmP2pRows(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>, roles: FabricRoles): P2pRow[] {
  const hostPort = new Map<Id, number>();
  for (const d of plan.devices) {
    if (types.get(d.typeId)?.role === 'server') ibPorts(plan.portsOf.get(d.id) ?? []).forEach((p, i) => hostPort.set(p.id, i + 1));
  }
  const end = (p: Port): [string, number, string, 'Host' | 'Switch', string] => {
    const d = plan.device.get(p.deviceId)!;
    const host = types.get(d.typeId)?.role === 'server';
    const n = hostPort.get(p.id);
    return [plan.rack.get(d.rackId)?.name ?? '', d.u, d.name, host ? 'Host' : 'Switch', host && n !== undefined ? String(n) : p.name];
  };
  const rows = plan.links.map((l) => {
    const [a, b] = oriented(plan, roles, l);
    const row = [...end(a), ...end(b)] as P2pRow;
    return { key: `${naturalKey(row[2])}\t${naturalKey(row[4])}`, row };
  });
  return rows.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((r) => r.row);
}

/** `port,hca-name` for as many host ports as the hall's servers have. */
export function ufmHcaMapping(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>, map: HcaMap): string {
  let n = 0;
  for (const d of plan.devices) if (types.get(d.typeId)?.role === 'server') n = Math.max(n, ibPorts(plan.portsOf.get(d.id) ?? []).length);
  const lines = ['port,hca-name'];
  for (let k = 1; k <= n; k++) lines.push(`${k},${hcaNameOf(k, map)}`);
  return lines.join('\n') + '\n';
}

export const LAYOUT_HEADERS = ['Rack', 'Data Hall', 'Scalable Unit', 'Row'] as const;

/** One row per rack of the hall: its data hall, scalable unit (of the servers and leaves in it) and row. */
export function ufmLayoutRows(plan: HallPlan, roles: FabricRoles, rowName: (rowId: Id | null) => string): string[][] {
  const sus = new Map<Id, Set<string>>();
  for (const d of plan.devices) {
    const su = roles.su(d.id);
    if (!su) continue;
    let s = sus.get(d.rackId);
    if (!s) sus.set(d.rackId, (s = new Set()));
    s.add(su.name);
  }
  return [...plan.rack.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .map((r) => [r.name, plan.hall?.name ?? '', [...(sus.get(r.id) ?? [])].join(' + '), rowName(r.rowId)]);
}
