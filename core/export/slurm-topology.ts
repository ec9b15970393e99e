// Slurm topology.conf for one hall, from the plan's compute fabric (fabric-roles.ts).
// Tree form (topology/tree): one `SwitchName=<leaf> Nodes=<servers>` line per leaf and one
// `SwitchName=<spine> Switches=<leaves>` line per switch above, each listing the switches of the
// tier below it is cabled to. In a rail-optimized fabric a server is cabled to every rail leaf of
// its scalable unit, so it is listed under each, as slurmibtopology writes it from ibnetdiscover.
// Block form (topology/block): `BlockName=<block> Nodes=<servers>`, blocks being scalable units,
// NVLink domains or racks. A rack-scale system (GB200/GB300 NVL72: one device in the plan, one
// NVLink domain) is one Slurm node per compute tray, named <device>-trayN after its ports
// (tray1/cx1 ...): the plan does not know the trays' host names. Format:
// https://slurm.schedmd.com/topology.conf.html
import type { Device, DeviceType, Id, Port } from '../model/entities.js';
import type { FabricRoles } from './fabric-roles.js';
import { hostlist } from './hostlist.js';
import type { HallPlan } from './plan-links.js';

export type BlockBy = 'su' | 'nvlink' | 'rack';

export interface SlurmOptions {
  /** Write the block form, blocks by scalable unit or by rack; tree form when absent. */
  block?: BlockBy;
  /** For the header comment. */
  project: string;
  date: string;
}

/** Slurm node names: the device, or one per compute tray of a rack-scale system. */
interface Nodes {
  ofDevice(d: Device): string[];
  /** The node a server port belongs to. */
  ofPort(p: Port): string;
}

function nodeNames(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>): Nodes {
  const tray = (p: Pick<Port, 'name'>) => p.name.split('/')[0]!;
  const rackScale = (d: Device) => types.get(d.typeId)?.rackScale === true;
  return {
    ofDevice: (d) => (rackScale(d) ? [...new Set((plan.portsOf.get(d.id) ?? []).filter((p) => p.name.includes('/')).map((p) => `${d.name}-${tray(p)}`))] : [d.name]),
    ofPort: (p) => {
      const d = plan.device.get(p.deviceId)!;
      return rackScale(d) && p.name.includes('/') ? `${d.name}-${tray(p)}` : d.name;
    },
  };
}

export function slurmTopology(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>, roles: FabricRoles, opts: SlurmOptions): string {
  const servers = plan.devices.filter((d) => roles.role(d.id) === 'server');
  const nodes = nodeNames(plan, types);
  const head = [`# Slurm topology.conf for hall "${plan.hall?.name ?? ''}", from the Trayline plan ${opts.project} (${opts.date}).`];
  if (servers.some((d) => types.get(d.typeId)?.rackScale)) head.push('# Rack-scale systems: one node per compute tray, named <device>-trayN after its ports; rename to the trays\' host names.');
  return (opts.block ? block(plan, roles, nodes, servers, opts.block, head) : tree(plan, roles, nodes, servers, head)).join('\n') + '\n';
}

function tree(plan: HallPlan, roles: FabricRoles, nodes: Nodes, servers: Device[], head: string[]): string[] {
  // a leaf's children are node names, a higher switch's are switch names
  const below = new Map<Id, Set<string>>();
  const add = (up: Id, down: string) => {
    let s = below.get(up);
    if (!s) below.set(up, (s = new Set()));
    s.add(down);
  };
  const name = (id: Id) => plan.device.get(id)!.name;
  for (const l of plan.links) {
    const a = plan.port.get(l.aPortId)!;
    const b = plan.port.get(l.bPortId)!;
    if (roles.isOobPort(a.id) || roles.isOobPort(b.id)) continue;
    const [ta, tb] = [roles.tier(a.deviceId), roles.tier(b.deviceId)];
    if (ta === 1 && roles.isComputePort(b.id)) add(a.deviceId, nodes.ofPort(b));
    else if (tb === 1 && roles.isComputePort(a.id)) add(b.deviceId, nodes.ofPort(a));
    else if (ta !== null && tb !== null && Math.abs(ta - tb) === 1) (ta > tb ? add(a.deviceId, name(b.deviceId)) : add(b.deviceId, name(a.deviceId)));
  }
  const switches = plan.devices.filter((d) => roles.tier(d.id) !== null).sort((x, y) => roles.tier(x.id)! - roles.tier(y.id)!);
  const leaves = switches.filter((d) => roles.tier(d.id) === 1);
  const onLeaf = new Set(leaves.flatMap((l) => [...(below.get(l.id) ?? [])]));
  const all = servers.flatMap((s) => nodes.ofDevice(s));
  const lines = [
    ...head,
    `# TopologyPlugin=topology/tree. ${leaves.length} leaf switches, ${switches.length - leaves.length} above them, ${onLeaf.size} nodes.`,
  ];
  const orphans = all.filter((n) => !onLeaf.has(n));
  if (orphans.length) lines.push(`# Not cabled to any leaf (Slurm needs every node under a switch): ${hostlist(orphans)}`);
  for (const sw of switches) {
    const kids = [...(below.get(sw.id) ?? [])];
    if (kids.length === 0) continue;
    lines.push(`SwitchName=${sw.name} ${roles.tier(sw.id) === 1 ? 'Nodes' : 'Switches'}=${hostlist(kids)}`);
  }
  return lines;
}

const BLOCKS: Record<BlockBy, string> = {
  su: 'scalable units',
  nvlink: 'NVLink domains: a rack-scale system, else one server',
  rack: 'racks',
};

function block(plan: HallPlan, roles: FabricRoles, nodes: Nodes, servers: Device[], by: BlockBy, head: string[]): string[] {
  const blocks = new Map<string, string[]>();
  let total = 0;
  for (const s of servers) {
    const names = nodes.ofDevice(s);
    total += names.length;
    const key = by === 'rack' ? (plan.rack.get(s.rackId)?.name ?? `rack${s.rackId}`) : by === 'nvlink' ? s.name : roles.su(s.id)?.name.replace(/\s+/g, '').toLowerCase();
    if (!key) continue;
    let list = blocks.get(key);
    if (!list) blocks.set(key, (list = []));
    list.push(...names);
  }
  const placed = [...blocks.values()].reduce((n, l) => n + l.length, 0);
  const lines = [...head, `# TopologyPlugin=topology/block. ${blocks.size} blocks (${BLOCKS[by]}), ${placed} nodes.`];
  if (placed < total) lines.push(`# In no scalable unit (not cabled to a leaf): ${hostlist(servers.filter((s) => !roles.su(s.id)).flatMap((s) => nodes.ofDevice(s)))}`);
  const keys = [...blocks.keys()];
  const ordered = by === 'su' ? keys : keys.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const k of ordered) lines.push(`BlockName=${k} Nodes=${hostlist(blocks.get(k)!)}`);
  return lines;
}
