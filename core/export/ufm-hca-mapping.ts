// The HCA mapping file of UFM's Cable Validation Tool ("Optional Files",
// https://docs.nvidia.com/networking/display/cablevalidationtool150/optional+files): `port,hca-name`
// lines telling which RDMA device each host port is.
import { hcaNameOf, ibPorts, type HcaMap } from '../ib/ports.js';
import type { DeviceType, Id } from '../model/entities.js';
import type { HallPlan } from './plan-links.js';
import { csvLine } from './csv.js';

/** `port,hca-name` for as many host ports as the hall's servers have. */
export function ufmHcaMapping(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>, map: HcaMap): string {
  let n = 0;
  for (const d of plan.devices) if (types.get(d.typeId)?.role === 'server') n = Math.max(n, ibPorts(plan.portsOf.get(d.id) ?? []).length);
  let out = csvLine(['port', 'hca-name']);
  for (let k = 1; k <= n; k++) out += csvLine([k, hcaNameOf(k, map)]);
  return out;
}
