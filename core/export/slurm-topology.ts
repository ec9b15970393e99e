// Slurm topology.conf for one hall, from the plan's compute fabric (fabric-roles.ts).
// Tree form (topology/tree): one `SwitchName=<leaf> Nodes=<servers>` line per leaf and one
// `SwitchName=<spine> Switches=<leaves>` line per switch above, each listing the switches of the
// tier below it is cabled to. In a rail-optimized fabric a server is cabled to every rail leaf of
// its scalable unit, so it is listed under each, as slurmibtopology writes it from ibnetdiscover.
// Block form (topology/block): `BlockName=<block> Nodes=<servers>`, blocks being scalable units or
// racks (the NVLink domain of a GB200/GB300 NVL72 is its rack). Format:
// https://slurm.schedmd.com/topology.conf.html
import type { Device, Id } from '../model/entities.js';
import type { FabricRoles } from './fabric-roles.js';
import { hostlist } from './hostlist.js';
import type { HallPlan } from './plan-links.js';

export type BlockBy = 'su' | 'rack';

export interface SlurmOptions {
  /** Write the block form, blocks by scalable unit or by rack; tree form when absent. */
  block?: BlockBy;
  /** For the header comment. */
  project: string;
  date: string;
}

export function slurmTopology(plan: HallPlan, roles: FabricRoles, opts: SlurmOptions): string {
  const servers = plan.devices.filter((d) => roles.role(d.id) === 'server');
  const head = [`# Slurm topology.conf for hall "${plan.hall?.name ?? ''}", from the Trayline plan ${opts.project} (${opts.date}).`];
  return (opts.block ? block(plan, roles, servers, opts.block, head) : tree(plan, roles, servers, head)).join('\n') + '\n';
}

function tree(plan: HallPlan, roles: FabricRoles, servers: Device[], head: string[]): string[] {
  const below = new Map<Id, Set<Id>>();
  const add = (up: Id, down: Id) => {
    let s = below.get(up);
    if (!s) below.set(up, (s = new Set()));
    s.add(down);
  };
  for (const l of plan.links) {
    const a = plan.port.get(l.aPortId)!;
    const b = plan.port.get(l.bPortId)!;
    if (roles.isOobPort(a.id) || roles.isOobPort(b.id)) continue;
    const [ta, tb] = [roles.tier(a.deviceId), roles.tier(b.deviceId)];
    if (ta === 1 && roles.isComputePort(b.id)) add(a.deviceId, b.deviceId);
    else if (tb === 1 && roles.isComputePort(a.id)) add(b.deviceId, a.deviceId);
    else if (ta !== null && tb !== null && Math.abs(ta - tb) === 1) (ta > tb ? add(a.deviceId, b.deviceId) : add(b.deviceId, a.deviceId));
  }
  const name = (id: Id) => plan.device.get(id)!.name;
  const switches = plan.devices.filter((d) => roles.tier(d.id) !== null).sort((x, y) => roles.tier(x.id)! - roles.tier(y.id)!);
  const leaves = switches.filter((d) => roles.tier(d.id) === 1);
  const onLeaf = new Set(leaves.flatMap((l) => [...(below.get(l.id) ?? [])]));
  const lines = [
    ...head,
    `# TopologyPlugin=topology/tree. ${leaves.length} leaf switches, ${switches.length - leaves.length} above them, ${onLeaf.size} servers.`,
  ];
  const orphans = servers.filter((s) => !onLeaf.has(s.id));
  if (orphans.length) lines.push(`# Not cabled to any leaf (Slurm needs every node under a switch): ${hostlist(orphans.map((s) => s.name))}`);
  for (const sw of switches) {
    const kids = [...(below.get(sw.id) ?? [])].map(name);
    if (kids.length === 0) continue;
    lines.push(`SwitchName=${sw.name} ${roles.tier(sw.id) === 1 ? 'Nodes' : 'Switches'}=${hostlist(kids)}`);
  }
  return lines;
}

function block(plan: HallPlan, roles: FabricRoles, servers: Device[], by: BlockBy, head: string[]): string[] {
  const blocks = new Map<string, string[]>();
  for (const s of servers) {
    const key = by === 'rack' ? (plan.rack.get(s.rackId)?.name ?? `rack${s.rackId}`) : roles.su(s.id)?.name.replace(/\s+/g, '').toLowerCase();
    if (!key) continue;
    let list = blocks.get(key);
    if (!list) blocks.set(key, (list = []));
    list.push(s.name);
  }
  const placed = [...blocks.values()].reduce((n, l) => n + l.length, 0);
  const lines = [...head, `# TopologyPlugin=topology/block. ${blocks.size} blocks (${by === 'rack' ? 'racks: the NVLink domain of an NVL72 rack' : 'scalable units'}), ${placed} servers.`];
  if (placed < servers.length) lines.push(`# In no scalable unit (not cabled to a leaf): ${hostlist(servers.filter((s) => !roles.su(s.id)).map((s) => s.name))}`);
  const keys = [...blocks.keys()];
  const ordered = by === 'rack' ? keys.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })) : keys;
  for (const k of ordered) lines.push(`BlockName=${k} Nodes=${hostlist(blocks.get(k)!)}`);
  return lines;
}
