// Host and interface name normalisation, so that "Et1/1" on a switch, "Ethernet1/1" in a plan and
// "eth1-1" in a spreadsheet meet on one key. See docs/audit.md for the rules.
import type { End } from './types.js';

/** Lower case, without surrounding quotes and without the DNS domain ("leaf01.dc1.example" -> "leaf01"). */
export function normHost(name: string): string {
  const h = stripQuotes(name).toLowerCase();
  // IP and MAC addresses are identities of their own: keep their dots and colons.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h) || h.includes(':')) return h;
  const dot = h.indexOf('.');
  return dot > 0 ? h.slice(0, dot) : h;
}

const CISCO_SHORT: [RegExp, string][] = [
  [/^(fastethernet|fa)(?=\d)/, 'fa'],
  [/^(gigabitethernet|gi)(?=\d)/, 'gi'],
  [/^(tengigabitethernet|tengige|te)(?=\d)/, 'te'],
  [/^(twentyfivegige|twentyfivegigabitethernet|twe)(?=\d)/, 'twe'],
  [/^(fortygigabitethernet|fortygige|fo)(?=\d)/, 'fo'],
  [/^(hundredgigabitethernet|hundredgige|hu)(?=\d)/, 'hu'],
  [/^(fourhundredgigabitethernet|fourhundredgige|fh)(?=\d)/, 'fh'],
];

const canonical = new Map<string, string>();

/** The canonical form of an interface name. (Remembered: the same few hundred names come back on
 * every device, and the 131k hall's NetBox import normalised them 30 million times, 3.4 s.) */
export function normPort(name: string): string {
  let c = canonical.get(name);
  if (c === undefined) {
    c = canonicalPort(name);
    if (canonical.size >= 100_000) canonical.clear();
    canonical.set(name, c);
  }
  return c;
}

function canonicalPort(name: string): string {
  const p = stripQuotes(name).toLowerCase().replace(/\s+/g, '');
  // Ethernet1/1, Et1/1, Eth1/1, eth1-1, ethernet-1/1, SONiC Ethernet0 -> eth1/1, eth0
  let m = /^(?:ethernet|eth|et)[-_]?(\d[\d/\-_.:]*)$/.exec(p);
  if (m) return 'eth' + m[1]!.replace(/[-_.:]/g, '/');
  // Management1, Ma1, mgmt0 -> mgmt1, mgmt0
  m = /^(?:management|mgmt|ma)(\d[\d/]*)$/.exec(p);
  if (m) return 'mgmt' + m[1];
  // Cumulus swp1, breakouts swp1s0: already canonical once lower-cased.
  // NVIDIA twin-port cages: P1.1, p1/1, P1-1 -> p1/1
  m = /^p(\d+)[./\-_](\d+)$/.exec(p);
  if (m) return `p${m[1]}/${m[2]}`;
  for (const [re, short] of CISCO_SHORT) if (re.test(p)) return p.replace(re, short);
  return p;
}

/**
 * Other names the same physical port goes by, tried only when the exact name is not a port of the
 * device in the plan: EOS calls the first lane of a breakout-capable cage "Et1/1" where NetBox and
 * many plans say "Ethernet1".
 */
export function portAliases(canon: string): string[] {
  let m = /^eth(\d+)$/.exec(canon);
  if (m) return [`eth${m[1]}/1`];
  m = /^eth(\d+)\/1$/.exec(canon);
  if (m) return [`eth${m[1]}`];
  m = /^p(\d+)$/.exec(canon);
  if (m) return [`p${m[1]}/1`];
  // NVIDIA split ports: MLNX-OS and UFM write cage 1, port 2 as "1/2", NVOS as "sw1p2" (both count
  // cages from 1; NetBox's "P0.1" counts from 0, so it is not an alias).
  m = /^(\d+)\/(\d+)$/.exec(canon);
  if (m) return [`sw${m[1]}p${m[2]}`];
  m = /^sw(\d+)p(\d+)$/.exec(canon);
  if (m) return [`${m[1]}/${m[2]}`];
  return [];
}

/**
 * The far end a neighbour reports. Its port id is normally the port's name; some neighbours send
 * a MAC address or a bare ifIndex instead (Junos sends the ifIndex, "516", and names the port in
 * its description, "xe-0/0/0"). Then the description is the name when it is one word, and the end
 * is marked `described`; with no usable description a MAC address leaves the port unnamed (the
 * far end is matched on its host only). Every LLDP parser uses this one rule.
 */
export function farEnd(host: string, portId: string | null, descr: string | null): End {
  const id = stripQuotes(portId ?? '');
  const d = descr === null ? '' : stripQuotes(descr);
  const idIsName = !isUnnamedPort(id) && !isIfIndex(id);
  if (!idIsName && d !== '' && !/\s/.test(d) && !isUnnamedPort(d) && !isIfIndex(d)) return { host: stripQuotes(host), port: d, described: true };
  return { host: stripQuotes(host), port: id, ...(isUnnamedPort(id) ? { unnamed: true } : {}) };
}

/** A bare number as a port id: an SNMP ifIndex, not a port name. */
export const isIfIndex = (value: string) => /^\d+$/.test(stripQuotes(value).trim());

/** A MAC address or an empty value: not a port name a plan can hold. */
export function isUnnamedPort(value: string): boolean {
  const v = stripQuotes(value).trim();
  return v === '' || /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i.test(v) || /^([0-9a-f]{4}\.){2}[0-9a-f]{4}$/i.test(v);
}

export function stripQuotes(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Key of one end: normalised host and port, joined by a tab (which no name contains). */
export function endKey(host: string, port: string): string {
  return `${normHost(host)}\t${normPort(port)}`;
}
