// InfiniBand sources number ports (switch port 7, host adapter mlx5_0 port 1) where the plan names
// them (1/4, osfp1/1). This turns each numbered end on a plan device into the plan's port name,
// by the rules of core/ib/ports.ts: port n is the device's n-th IB port; an adapter is the host
// port its RDMA device name stands for (UFM's default mlx5_0 = 1, or the HCA mapping file).
import { hcaPortNumber, ibPorts, type HcaMap } from '../ib/ports.js';
import type { Id, Port } from '../model/entities.js';
import { normHost, normPort } from './names.js';
import type { PlanIndex } from './plan.js';
import type { End, FoundLink } from './types.js';

/** Rewrites numbered ends in place; returns warnings (adapter names the mapping lacks). */
export function nameNumberedEnds(links: readonly FoundLink[], idx: PlanIndex, hcaMap: HcaMap): string[] {
  const ib = new Map<Id, Port[]>();
  const ibOf = (deviceId: Id) => {
    let list = ib.get(deviceId);
    if (!list) ib.set(deviceId, (list = ibPorts([...(idx.ports.get(deviceId)?.values() ?? [])].sort((a, b) => a.id - b.id))));
    return list;
  };
  const unknownHca = new Map<string, string>();
  const secondPorts = new Set<string>();
  const name = (e: End) => {
    if (e.portNumber === undefined && !e.hca) return;
    const device = idx.devices.get(normHost(e.host));
    if (!device) return;
    if (e.portNumber !== undefined) {
      // a sheet may number ports the plan itself names by number ("1" on some switches)
      if (idx.ports.get(device.id)?.has(normPort(e.port))) return;
      const p = ibOf(device.id)[e.portNumber - 1];
      e.port = p ? p.name : `P${e.portNumber}`;
      return;
    }
    const n = e.hca!.port === 1 ? hcaPortNumber(e.hca!.name, hcaMap) : null;
    if (n === null) {
      // UFM maps one port per adapter name (its port 1): a second port has no host port number
      if (e.hca!.port !== 1) secondPorts.add(`${e.host} ${e.port}`);
      else if (!unknownHca.has(e.hca!.name.toLowerCase())) unknownHca.set(e.hca!.name.toLowerCase(), `${e.host} ${e.port}`);
      e.unnamed = true;
      return;
    }
    const p = ibOf(device.id)[n - 1];
    if (p) e.port = p.name;
  };
  for (const l of links) {
    name(l.a);
    name(l.b);
  }
  const warnings = [...unknownHca.entries()].map(
    ([hca, example]) =>
      `host adapter ${hca} (e.g. ${example}) is not in the HCA mapping${hcaMap ? '' : ' (default: mlx5_0 is port 1, mlx5_1 port 2 ...)'}: matched on the host only; give a mapping file (port,hca-name)`,
  );
  if (secondPorts.size) warnings.push(`${secondPorts.size} link(s) on an adapter's second port (e.g. ${[...secondPorts][0]}): the HCA mapping names one port per adapter, so these are matched on the host only`);
  return warnings;
}
