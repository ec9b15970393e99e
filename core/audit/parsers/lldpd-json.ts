// lldpd's `lldpctl -f json` / `lldpcli -f json show neighbors details` and `-f json0` (also what
// Cumulus `net show lldp json` prints). The local host is not in the output: it comes from the
// file name (one file per host). Shapes: lldpd tests/integration/test_lldpcli.py.
import { lineCounter, sourceError } from '../errors.js';
import { farEnd } from '../names.js';
import { parseJsonSource } from '../table.js';
import type { FoundLink, ParsedSource } from '../types.js';

type Obj = Record<string, unknown>;

interface Neighbour {
  localPort: string;
  host: string | null;
  chassisId: string | null;
  portId: string | null;
  portDescr: string | null;
}

export function parseLldpdJson(file: string, text: string, localHost: string): ParsedSource {
  const data = parseJsonSource(file, text);
  const lldp = (data as Obj | null)?.lldp;
  if (lldp === undefined) throw sourceError(file, 1, 'not lldpd JSON: no top-level "lldp" key (expected the output of `lldpctl -f json` or `-f json0`)');
  const neighbours = Array.isArray(lldp) ? json0(lldp) : json(lldp as Obj);
  const links: FoundLink[] = [];
  const warnings: string[] = [];
  let cursor = 0;
  const lineOf = lineCounter(text);
  for (const n of neighbours) {
    // Line of this neighbour: the next mention of its local interface name in the text.
    const at = text.indexOf(`"${n.localPort}"`, cursor);
    const line = at >= 0 ? lineOf(at) : 1;
    if (at >= 0) cursor = at + 1;
    const host = n.host ?? n.chassisId;
    if (!host) {
      warnings.push(`${file}:${line}: neighbour on ${n.localPort} sends no system name or chassis id: skipped`);
      continue;
    }
    links.push({
      a: { host: localHost, port: n.localPort },
      b: farEnd(host, n.portId, n.portDescr),
      source: file,
      line,
      cableType: null,
      lengthMm: null,
      label: null,
    });
  }
  return { links, surveyed: [localHost], warnings };
}

/** `-f json`: interface is an object keyed by name, or a list of one-key objects. */
function json(lldp: Obj): Neighbour[] {
  const iface = lldp.interface;
  if (iface === undefined) return [];
  const entries: [string, Obj][] = Array.isArray(iface)
    ? iface.flatMap((o) => Object.entries(o as Obj) as [string, Obj][])
    : (Object.entries(iface as Obj) as [string, Obj][]);
  return entries.map(([localPort, v]) => {
    const chassis = (v.chassis ?? {}) as Obj;
    // chassis is keyed by the system name; without a name, the id object sits directly in it.
    const names = Object.keys(chassis).filter((k) => !['id', 'descr', 'mgmt-ip', 'capability', 'mgmt-iface'].includes(k));
    const inner = (names.length ? chassis[names[0]!] : chassis) as Obj;
    const port = (v.port ?? {}) as Obj;
    const pid = port.id as Obj | undefined;
    const cid = inner?.id as Obj | undefined;
    return {
      localPort,
      host: names[0] ?? null,
      chassisId: str(cid?.value),
      portId: str(pid?.value),
      portDescr: str(port.descr),
    };
  });
}

/** `-f json0`: every level is a list; values sit in [{value}]. */
function json0(lldp: unknown[]): Neighbour[] {
  const out: Neighbour[] = [];
  for (const block of lldp) {
    for (const i of (((block as Obj).interface as Obj[] | undefined) ?? [])) {
      const chassis = first(i.chassis);
      const port = first(i.port);
      const pid = first(port?.id);
      out.push({
        localPort: str(i.name) ?? '',
        host: str(first(chassis?.name)?.value),
        chassisId: str(first(chassis?.id)?.value),
        portId: str(pid?.value),
        portDescr: str(first(port?.descr)?.value),
      });
    }
  }
  return out;
}

function first(v: unknown): Obj | undefined {
  return Array.isArray(v) ? (v[0] as Obj | undefined) : (v as Obj | undefined);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null;
}
