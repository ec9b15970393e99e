// Cisco NX-OS `show lldp neighbors` (Device ID / Local Intf / Hold-time / Capability / Port ID,
// long device ids wrapped onto their own line) and `show lldp neighbors detail`.
import { sourceError } from '../errors.js';
import type { FoundLink, ParsedSource } from '../types.js';
import { captureLines, hostFromFileName, textLink } from './text.js';

export function parseNxos(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const surveyed = new Set<string>();
  const links: FoundLink[] = [];
  let inTable = false;
  let pendingId: string | null = null;
  let detail: { line: number; chassis: string | null; port: string | null; local: string | null; name: string | null; descr: string | null } | null = null;
  const flush = () => {
    if (detail?.local) {
      const far = detail.name && detail.name !== 'not advertised' ? detail.name : detail.chassis;
      if (far) links.push(textLink(file, detail.line, host, detail.local, far, detail.port, detail.descr));
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
    if (/^Device ID\s+Local Intf\s+Hold-time\s+Capability\s+Port ID/.test(line)) {
      inTable = true;
      surveyed.add(host);
      return;
    }
    const kv = /^(Chassis id|Port id|Local Port id|System Name|Port Description):\s*(.*)$/.exec(line);
    if (kv) {
      inTable = false;
      if (kv[1] === 'Chassis id') {
        flush();
        detail = { line: n, chassis: kv[2]!.trim(), port: null, local: null, name: null, descr: null };
      } else if (detail) {
        const v = kv[2]!.trim();
        if (kv[1] === 'Port id') detail.port = v;
        else if (kv[1] === 'Local Port id') detail.local = v;
        else if (kv[1] === 'System Name') detail.name = v;
        else detail.descr = v;
      }
      return;
    }
    if (/^Total entries displayed/.test(line)) {
      flush();
      inTable = false;
      return;
    }
    if (!inTable || line.trim() === '') return;
    const continuation = /^\s/.test(line);
    const tokens = line.trim().split(/\s+/);
    if (!continuation && tokens.length === 1) {
      pendingId = tokens[0]!;
      return;
    }
    const id = continuation ? pendingId : tokens.shift()!;
    // local, hold-time, [capability], port id
    if (!id || tokens.length < 3 || !/^\d+$/.test(tokens[1]!)) {
      throw sourceError(file, n, 'cannot read this row of `show lldp neighbors`: expected Device ID, Local Intf, Hold-time, Capability and Port ID');
    }
    links.push(textLink(file, continuation ? n - 1 : n, host, tokens[0]!, id, tokens[tokens.length - 1]!));
    pendingId = null;
  });
  flush();
  return { links, surveyed: [...surveyed], warnings: surveyed.size ? [] : [`${file}: no \`show lldp neighbors\` table or detail found`] };
}
