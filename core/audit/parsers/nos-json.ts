// The JSON the switches print for automation: Arista EOS `show lldp neighbors [detail] | json`
// (eAPI), Cisco NX-OS `show lldp neighbors [detail] | json` (TABLE_nbor/ROW_nbor) and Juniper
// `show lldp neighbors [detail] | display json`. The local host comes from the file name.
// Shapes: real captures in netenglabs/suzieq tests/integration/sqcmds/*-input/lldp.output.
import { lineCounter, sourceError } from '../errors.js';
import { stripQuotes } from '../names.js';
import { parseJsonSource } from '../table.js';
import type { AuditFormat, FoundLink, ParsedSource } from '../types.js';
import { hostFromFileName, textLink } from './text.js';

type Obj = Record<string, unknown>;

interface Row {
  local: string;
  host: string | null;
  port: string;
  descr: string | null;
}

/** Which vendor's JSON a document is, or null. */
export function nosJsonKind(head: string): 'eos' | 'nxos' | 'junos' | null {
  if (/"lldpNeighbors"\s*:/.test(head)) return 'eos';
  if (/"TABLE_nbor(_detail)?"\s*:/.test(head)) return 'nxos';
  if (/"lldp-neighbors-information"\s*:/.test(head)) return 'junos';
  return null;
}

export function parseNosJson(file: string, text: string, format: AuditFormat): ParsedSource {
  const data = parseJsonSource(file, text) as Obj;
  const rows = format === 'eos' ? eos(data) : format === 'nxos' ? nxos(data) : junos(data);
  if (rows === null) throw sourceError(file, 1, `not ${format} LLDP JSON (expected the output of \`show lldp neighbors | json\`${format === 'junos' ? ' / | display json' : ''})`);
  const localHost = hostFromFileName(file);
  const links: FoundLink[] = [];
  const warnings: string[] = [];
  let cursor = 0;
  const lineOf = lineCounter(text);
  for (const r of rows) {
    const at = text.indexOf(`"${r.local}"`, cursor);
    const line = at >= 0 ? lineOf(at) : 1;
    if (at >= 0) cursor = at + 1;
    if (!r.host) {
      warnings.push(`${file}:${line}: neighbour on ${r.local} sends no system name: skipped`);
      continue;
    }
    links.push(textLink(file, line, localHost, r.local, r.host, r.port, r.descr));
  }
  return { links, surveyed: [localHost], warnings };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : v && typeof v === 'object' ? [v as Obj] : []);

/** EOS: brief is a list of {port, neighborDevice, neighborPort}; detail is keyed by local interface. */
function eos(d: Obj): Row[] | null {
  const n = d.lldpNeighbors;
  if (Array.isArray(n)) return n.map((x: Obj) => ({ local: str(x.port) ?? '', host: str(x.neighborDevice), port: str(x.neighborPort) ?? '', descr: null }));
  if (!n || typeof n !== 'object') return null;
  const rows: Row[] = [];
  for (const [local, v] of Object.entries(n as Obj)) {
    for (const info of list((v as Obj).lldpNeighborInfo)) {
      const iface = (info.neighborInterfaceInfo ?? {}) as Obj;
      const port = str(iface.interfaceId_v2) ?? stripQuotes(str(iface.interfaceId) ?? '');
      rows.push({ local, host: str(info.systemName) ?? str(info.chassisId), port, descr: str(iface.interfaceDescription) });
    }
  }
  return rows;
}

/** NX-OS: TABLE_nbor.ROW_nbor (an object when there is one neighbour), or the _detail variant. */
function nxos(d: Obj): Row[] | null {
  const table = (d.TABLE_nbor ?? d.TABLE_nbor_detail) as Obj | undefined;
  if (!table) return null;
  return list(table.ROW_nbor ?? table.ROW_nbor_detail).map((r) => ({
    local: str(r.l_port_id) ?? '',
    host: str(r.sys_name) ?? str(r.chassis_id),
    port: str(r.port_id) ?? '',
    descr: str(r.port_desc),
  }));
}

/** Junos: every value is [{data}]. */
function junos(d: Obj): Row[] | null {
  const info = list(d['lldp-neighbors-information']);
  if (info.length === 0) return null;
  const v = (o: Obj, k: string) => str(list(o[k])[0]?.data);
  return info.flatMap((block) =>
    list(block['lldp-neighbor-information']).map((r) => ({
      local: v(r, 'lldp-local-interface') ?? v(r, 'lldp-local-port-id') ?? '',
      host: v(r, 'lldp-remote-system-name') ?? v(r, 'lldp-remote-chassis-id'),
      port: v(r, 'lldp-remote-port-id') ?? '',
      descr: v(r, 'lldp-remote-port-description'),
    })),
  );
}
