// lldpd's text outputs: plain `lldpctl` / `lldpcli show neighbors [details]` (the default output,
// blocks of "Interface:" with Chassis and Port sections) and `lldpctl -f keyvalue`
// ("lldp.eth0.chassis.name=spine01"). Shapes: lldpd tests/integration/test_lldpcli.py
// (test_text_output, and the keyvalue assertions); real captures in test/fixtures/lldpctl.
// The local host is not in the output: it comes from an echoed prompt or the file name.
import { sourceError } from '../errors.js';
import type { FoundLink, ParsedSource } from '../types.js';
import { captureLines, hostFromFileName, textLink } from './text.js';

interface Neighbour {
  line: number;
  local: string;
  name: string | null;
  chassisId: string | null;
  portId: string | null;
  portDescr: string | null;
}

export const isLldpctlText = (head: string) => /^LLDP neighbors:/m.test(head) || /^Interface:\s+\S+?,\s+via:/m.test(head);
export const isLldpctlKeyvalue = (head: string) => /^lldp\.\S+?\.(chassis|port)\.[\w.-]+=/m.test(head);

export function parseLldpctl(file: string, text: string): ParsedSource {
  return isLldpctlKeyvalue(text.slice(0, 20000)) && !isLldpctlText(text.slice(0, 20000)) ? keyvalue(file, text) : plain(file, text);
}

function finish(file: string, hosts: Map<string, Neighbour[]>, what: string): ParsedSource {
  const links: FoundLink[] = [];
  const warnings: string[] = [];
  for (const [host, list] of hosts) {
    for (const n of list) {
      const far = n.name ?? n.chassisId;
      if (!far) warnings.push(`${file}:${n.line}: neighbour on ${n.local} sends no system name or chassis id: skipped`);
      else links.push(textLink(file, n.line, host, n.local, far, n.portId, n.portDescr));
    }
  }
  if (hosts.size === 0) warnings.push(`${file}: no ${what} neighbours found`);
  return { links, surveyed: [...hosts.keys()], warnings };
}

/** "mac 00:00:00:00:00:02" -> the value; lldpd prefixes ids with their subtype. */
const idValue = (v: string) => v.replace(/^(mac|ifname|ifalias|local|ip|agentid|chassis)\s+/, '').trim();

function plain(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const hosts = new Map<string, Neighbour[]>();
  let section: 'neighbors' | 'other' = 'neighbors';
  let cur: Neighbour | null = null;
  const listOf = (h: string) => hosts.get(h) ?? (hosts.set(h, []), hosts.get(h)!);
  const prompt = (p: string) => {
    host = p;
    cur = null;
  };
  captureLines(text, prompt, (line, n) => {
    const head = /^LLDP (\w+):$/.exec(line);
    if (head) {
      section = head[1] === 'neighbors' ? 'neighbors' : 'other';
      cur = null;
      if (section === 'neighbors') listOf(host);
      return;
    }
    if (section !== 'neighbors') return;
    const iface = /^Interface:\s+([^,\s]+)/.exec(line);
    if (iface) {
      cur = { line: n, local: iface[1]!, name: null, chassisId: null, portId: null, portDescr: null };
      listOf(host).push(cur);
      return;
    }
    if (!cur) return;
    const kv = /^\s+(ChassisID|SysName|PortID|PortDescr):\s*(.*)$/.exec(line);
    if (!kv) return;
    const c = cur as Neighbour;
    const v = kv[2]!.trim();
    if (kv[1] === 'ChassisID') c.chassisId = idValue(v);
    else if (kv[1] === 'SysName') c.name = v || null;
    else if (kv[1] === 'PortID') c.portId = idValue(v);
    else c.portDescr = v || null;
  });
  return finish(file, hosts, 'lldpctl');
}

/** Port and chassis id keys are the id's subtype: port.ifname, port.mac, port.local ... */
const PORT_ID = /^port\.(ifname|ifalias|mac|ip|local|agentid)$/;
const CHASSIS_ID = /^chassis\.(mac|ifname|ifalias|local|ip|chassis)$/;

function keyvalue(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const hosts = new Map<string, Neighbour[]>();
  let cur: Neighbour | null = null;
  const prompt = (p: string) => {
    host = p;
    cur = null;
  };
  captureLines(text, prompt, (raw, n) => {
    const line = raw.trim();
    if (line === '' || !line.startsWith('lldp.')) return; // continuation lines of a multi-line value
    const m = /^lldp\.(.+?)\.(via|rid|age|chassis\.[^=]+|port\.[^=]+|vlan\.[^=]+|ppvid\.[^=]+|pi\.[^=]+|lldp-med\.[^=]+|unknown-tlvs\.[^=]+|[\w-]+)=(.*)$/.exec(line);
    if (!m) throw sourceError(file, n, 'cannot read this line of `lldpctl -f keyvalue`: expected lldp.<interface>.<key>=<value>');
    const [, local, key, value] = m as unknown as [string, string, string, string];
    const repeat = cur !== null && ((key === 'chassis.name' && cur.name !== null) || (PORT_ID.test(key) && cur.portId !== null));
    // a neighbour starts at its "via" line, a new interface, or a second name or port id
    if (!cur || cur.local !== local || key === 'via' || repeat) {
      cur = { line: n, local, name: null, chassisId: null, portId: null, portDescr: null };
      let list = hosts.get(host);
      if (!list) hosts.set(host, (list = []));
      list.push(cur);
    }
    const v = value.trim();
    if (key === 'chassis.name') cur.name = v || null;
    else if (CHASSIS_ID.test(key)) cur.chassisId = v || null;
    else if (PORT_ID.test(key)) cur.portId = v || null;
    else if (key === 'port.descr') cur.portDescr = v || null;
  });
  return finish(file, hosts, 'lldpctl -f keyvalue');
}
