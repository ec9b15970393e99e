// Arista EOS `show lldp neighbors` (Port / Neighbor Device ID / Neighbor Port ID / TTL) and
// `show lldp neighbors detail` (one block per local interface). Captures: ntc-templates tests.
import { sourceError } from '../errors.js';
import type { FoundLink, ParsedSource } from '../types.js';
import { captureLines, hostFromFileName, isRule, textLink } from './text.js';

export function parseEos(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const surveyed = new Set<string>();
  const links: FoundLink[] = [];
  const warnings: string[] = [];
  let inTable = false;
  // detail state
  let detailPort: string | null = null;
  let detail: { line: number; port: string | null; portDescr: string | null; name: string | null; chassis: string | null } | null = null;
  const flush = () => {
    if (detail && detailPort) {
      const far = detail.name ?? detail.chassis;
      if (far) links.push(textLink(file, detail.line, host, detailPort, far, detail.port, detail.portDescr));
    }
    detail = null;
  };
  const prompt = (p: string) => {
    flush();
    host = p;
    surveyed.add(host);
    inTable = false;
  };
  captureLines(text, prompt, (line, n) => {
    if (/^Port\s+Neighbor Device ID\s+Neighbor Port ID\s+TTL/.test(line)) {
      inTable = true;
      surveyed.add(host);
      return;
    }
    const iface = /^Interface (\S+) detected \d+ LLDP neighbors?:/.exec(line);
    if (iface) {
      flush();
      detailPort = iface[1]!;
      surveyed.add(host);
      return;
    }
    if (detailPort !== null) {
      const nb = /^\s+Neighbor (\S+?)\/(.*), age/.exec(line);
      if (nb) {
        flush();
        detail = { line: n, port: null, portDescr: null, name: null, chassis: nb[1]! };
        return;
      }
      if (!detail) return;
      const kv = /^\s+-?\s*(Port ID|Chassis ID|System Name|Port Description)\s*:\s*(.*)$/.exec(line);
      if (kv) {
        const v = kv[2]!.trim().replace(/^"|"$/g, '');
        if (kv[1] === 'Port ID' && detail.port === null) detail.port = v;
        else if (kv[1] === 'Chassis ID') detail.chassis = v;
        else if (kv[1] === 'System Name') detail.name = v;
        else if (kv[1] === 'Port Description') detail.portDescr = v;
      }
      return;
    }
    if (!inTable || line.trim() === '' || isRule(line)) return;
    const m = /^(\S+)\s+(\S+)\s+(.*\S)\s+(\d+)$/.exec(line);
    if (!m) throw sourceError(file, n, 'cannot read this row of `show lldp neighbors`: expected Port, Neighbor Device ID, Neighbor Port ID and TTL');
    links.push(textLink(file, n, host, m[1]!, m[2]!, m[3]!));
  });
  flush();
  if (surveyed.size === 0) warnings.push(`${file}: no \`show lldp neighbors\` table or detail blocks found`);
  return { links, surveyed: [...surveyed], warnings };
}
