// The P2P workbook NVIDIA's UFM Cable Validation Tool (CVT) validates a fabric against
// ("P2P File", https://docs.nvidia.com/networking/display/cablevalidationtool150/p2p+file): one
// row per link with A-Node Name, A-Type, A-Port, Z-Node Name, Z-Type, Z-Port, plus each end's rack
// and U as in its examples. A host port is its adapter number (1 -> mlx5_0 unless the HCA mapping
// says otherwise), a switch port its name (1/2 is a split port; NVOS names such as sw1p1 as they are).
import { ibPorts } from '../ib/ports.js';
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
