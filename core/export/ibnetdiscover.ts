// The plan of one hall as an ibnetdiscover topology file, to diff against the live fabric
// (`ibnetdiscover > live.topo`) or to audit with `trayline audit --format ibnetdiscover`.
// Switches are named as NVIDIA switches name themselves ("MF0;<name>:<model>/U1"), host adapters
// as rdma-core does ("<host> mlx5_0", by the HCA mapping in force), ports by number (core/ib/ports.ts).
// GUIDs and LIDs are placeholders derived from the plan's ids, not the fabric's: compare by node
// description and port. Format: rdma-core infiniband-diags, man ibnetdiscover(8).
import { hcaNameOf, ibPorts, isInfiniBandSwitch, type HcaMap } from '../ib/ports.js';
import { laneName } from '../ib/rates.js';
import type { Device, DeviceType, Id, Port } from '../model/entities.js';
import type { HallPlan } from './plan-links.js';

export interface IbnetdiscoverOptions {
  hcaMap: HcaMap;
  project: string;
  date: string;
}

interface Peer {
  port: Port;
  far: Port;
}

/** A placeholder GUID per device (and per host adapter): "74726c" ("trl"), the device id, the adapter. */
const guid = (deviceId: Id, adapter = 0) => `74726c${deviceId.toString(16).padStart(8, '0')}${adapter.toString(16).padStart(2, '0')}`;

/** The model token NVIDIA puts in a switch's node description: MQM9700 for part MQM9700-NS2F. */
function modelToken(t: DeviceType | undefined): string {
  const part = t?.partNumber?.split('-')[0];
  const raw = part && /[A-Z]/i.test(part) ? part : (t?.model.split(/\s+/).pop() ?? 'switch');
  return raw.replace(/[;:\s]/g, '');
}

function rateOf(a: Port, b: Port): string {
  const gbps = Math.min(a.speedGbps, b.speedGbps);
  const width = Math.max(1, Math.min(a.lanes, b.lanes));
  const lane = laneName(gbps / width);
  return lane ? `${width}x${lane}` : `${width}x${gbps / width}G`;
}

export function ibnetdiscoverTopology(plan: HallPlan, types: ReadonlyMap<Id, DeviceType>, opts: IbnetdiscoverOptions): { text: string; links: number } {
  const typeOf = (d: Device) => types.get(d.typeId);
  const switches = plan.devices.filter((d) => { const t = typeOf(d); return t !== undefined && isInfiniBandSwitch(t); });
  const isSwitch = new Set(switches.map((d) => d.id));
  const ibIndex = new Map<Id, number>(); // port id -> its number on the device (1-based)
  for (const d of plan.devices) ibPorts(plan.portsOf.get(d.id) ?? []).forEach((p, i) => ibIndex.set(p.id, i + 1));
  const peers = new Map<Id, Peer[]>();
  let links = 0;
  for (const l of plan.links) {
    const a = plan.port.get(l.aPortId)!;
    const b = plan.port.get(l.bPortId)!;
    if (!ibIndex.has(a.id) || !ibIndex.has(b.id)) continue;
    if (!isSwitch.has(a.deviceId) && !isSwitch.has(b.deviceId)) continue;
    links++;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let list = peers.get(x.deviceId);
      if (!list) peers.set(x.deviceId, (list = []));
      list.push({ port: x, far: y });
    }
  }
  // each host adapter is a node of its own: one per cabled IB port of a server
  const lid = new Map<string, number>();
  const nodeKey = (p: Port) => (isSwitch.has(p.deviceId) ? `S${p.deviceId}` : `H${p.id}`);
  for (const d of switches) lid.set(`S${d.id}`, lid.size + 1);
  for (const d of plan.devices) if (!isSwitch.has(d.id)) for (const pr of peers.get(d.id) ?? []) lid.set(`H${pr.port.id}`, lid.size + 1);

  const name = (p: Port) => {
    const d = plan.device.get(p.deviceId)!;
    return isSwitch.has(d.id) ? `MF0;${d.name}:${modelToken(typeOf(d))}/U1` : `${d.name} ${hcaNameOf(ibIndex.get(p.id)!, opts.hcaMap)}`;
  };
  const ref = (p: Port) => (isSwitch.has(p.deviceId) ? `"S-${guid(p.deviceId)}"[${ibIndex.get(p.id)}]` : `"H-${guid(p.deviceId, ibIndex.get(p.id))}"[1](${guid(p.deviceId, ibIndex.get(p.id))})`);
  const out = [
    '#',
    `# Topology file: the Trayline plan ${opts.project}, hall "${plan.hall?.name ?? ''}" (${opts.date})`,
    '# GUIDs and LIDs are placeholders derived from the plan, not the fabric\'s: compare by node description and port.',
    '#',
    '',
  ];
  const byPort = (x: Peer, y: Peer) => ibIndex.get(x.port.id)! - ibIndex.get(y.port.id)!;
  for (const d of switches) {
    const list = (peers.get(d.id) ?? []).sort(byPort);
    const g = guid(d.id);
    out.push(`sysimgguid=0x${g}`, `switchguid=0x${g}(${g})`);
    out.push(`Switch\t${ibPorts(plan.portsOf.get(d.id) ?? []).length} "S-${g}"\t\t# "MF0;${d.name}:${modelToken(typeOf(d))}/U1" enhanced port 0 lid ${lid.get(`S${d.id}`)} lmc 0`);
    for (const p of list) out.push(`[${ibIndex.get(p.port.id)}]\t${ref(p.far)}\t\t# "${name(p.far)}" lid ${lid.get(nodeKey(p.far))} ${rateOf(p.port, p.far)}`);
    out.push('');
  }
  for (const d of plan.devices) {
    if (isSwitch.has(d.id)) continue;
    for (const p of (peers.get(d.id) ?? []).sort(byPort)) {
      const g = guid(d.id, ibIndex.get(p.port.id));
      out.push(`sysimgguid=0x${guid(d.id)}`, `caguid=0x${g}`);
      out.push(`Ca\t1 "H-${g}"\t\t# "${name(p.port)}"`);
      out.push(`[1](${g})\t${ref(p.far)}\t\t# lid ${lid.get(`H${p.port.id}`)} lmc 0 "${name(p.far)}" lid ${lid.get(nodeKey(p.far))} ${rateOf(p.port, p.far)}`);
      out.push('');
    }
  }
  return { text: out.join('\n'), links };
}
