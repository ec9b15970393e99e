// NVIDIA Cumulus `net show lldp` (LocalPort / Speed / Mode / RemoteHost / RemotePort) and SONiC
// `show lldp table` (LocalPort / RemoteDevice / RemotePortID / Capability / RemotePortDescr).
// Both are lldpd underneath; the local host comes from the prompt or the file name.
import { sourceError } from '../errors.js';
import type { FoundLink, ParsedSource } from '../types.js';
import { captureLines, columnStarts, cut, hostFromFileName, isRule, textLink } from './text.js';

const SONIC = ['LocalPort', 'RemoteDevice', 'RemotePortID', 'Capability', 'RemotePortDescr'];

export function parseCumulus(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const surveyed = new Set<string>();
  const links: FoundLink[] = [];
  let mode: 'cumulus' | 'sonic' | null = null;
  let starts: number[] | null = null;
  const prompt = (p: string) => {
    host = p;
    mode = null;
  };
  captureLines(text, prompt, (line, n) => {
    if (/^LocalPort\s+Speed\s+Mode\s+RemoteHost\s+RemotePort/.test(line)) {
      mode = 'cumulus';
      surveyed.add(host);
      return;
    }
    const s = columnStarts(line, SONIC);
    if (s && line.startsWith('LocalPort')) {
      mode = 'sonic';
      starts = s;
      surveyed.add(host);
      return;
    }
    if (!mode || line.trim() === '' || isRule(line) || /^Total entries displayed/.test(line)) return;
    if (mode === 'cumulus') {
      const t = line.trim().split(/\s+/);
      if (t.length < 5) throw sourceError(file, n, 'cannot read this row of `net show lldp`: expected LocalPort, Speed, Mode, RemoteHost and RemotePort');
      links.push(textLink(file, n, host, t[0]!, t[t.length - 2]!, t[t.length - 1]!));
      return;
    }
    const [local, device, portId, , descr] = SONIC.map((_, c) => cut(line, starts!, c));
    if (!local || !device) throw sourceError(file, n, 'cannot read this row of `show lldp table`: expected LocalPort, RemoteDevice, RemotePortID, Capability and RemotePortDescr');
    links.push(textLink(file, n, host, local, device, portId!, descr || null));
  });
  return { links, surveyed: [...surveyed], warnings: surveyed.size ? [] : [`${file}: no \`net show lldp\` or \`show lldp table\` found`] };
}
