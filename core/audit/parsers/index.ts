// Every as-built format by name, and --format auto: detection from the content (and the name).
import { sourceError } from '../errors.js';
import { normHeader } from '../table.js';
import type { AuditFormat, AuditSource, ParsedSource } from '../types.js';
import { parseCumulus } from './cumulus.js';
import { parseEos } from './eos.js';
import { isIbdiagnetTopo, parseIbdiagnetTopo } from './ibdiagnet-topo.js';
import { isIbnetdiscover, parseIbnetdiscover } from './ibnetdiscover.js';
import { parseJunos } from './junos.js';
import { isLldpctlKeyvalue, isLldpctlText, parseLldpctl } from './lldpctl.js';
import { parseLldpdJson } from './lldpd-json.js';
import { parseNxos } from './nxos.js';
import { nosJsonKind, parseNosJson } from './nos-json.js';
import { parseTableLinks } from './table-links.js';
import { hostFromFileName } from './text.js';

export const FORMAT_NAMES: Record<AuditFormat, string> = {
  'lldpd-json': 'lldpd JSON (lldpctl -f json / json0)',
  lldpctl: 'lldpd text: plain lldpctl / lldpcli show neighbors, or lldpctl -f keyvalue',
  p2p: 'point-to-point sheet (CSV/XLSX)',
  'netbox-csv': 'NetBox cables (CSV/JSON)',
  eos: 'Arista EOS show lldp neighbors [detail] (text or | json)',
  nxos: 'Cisco NX-OS show lldp neighbors [detail] (text or | json)',
  junos: 'Juniper Junos show lldp neighbors (text or | display json)',
  cumulus: 'Cumulus net show lldp / SONiC show lldp table',
  ibnetdiscover: 'InfiniBand ibnetdiscover topology (whole fabric)',
  'ibdiagnet-topo': 'InfiniBand ibdiagnet / UFM cable validation topo file',
};

/** Picks the format of one source from what it contains; null when nothing fits. */
export function detectFormat(src: AuditSource): AuditFormat | null {
  if ('unreadable' in src) return null;
  if (!('text' in src)) return sheetIsNetbox(src.rows[0]?.cells ?? []) ? 'netbox-csv' : 'p2p';
  const t = src.text.replace(/^\uFEFF/, '');
  const head = t.slice(0, 20000);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (/"lldp"\s*:/.test(head)) return 'lldpd-json';
    const nos = nosJsonKind(head);
    if (nos) return nos;
    if (/"side_a_device"|"a_terminations"|"termination_a/.test(head)) return 'netbox-csv';
    return null;
  }
  if (isIbnetdiscover(head)) return 'ibnetdiscover';
  if (isIbdiagnetTopo(head)) return 'ibdiagnet-topo';
  if (isLldpctlText(head) || isLldpctlKeyvalue(head)) return 'lldpctl';
  if (/^LocalPort\s+(Speed\s+Mode\s+RemoteHost|RemoteDevice)/m.test(head)) return 'cumulus';
  if (/^Port\s+Neighbor Device ID\s+Neighbor Port ID/m.test(head) || /^Interface \S+ detected \d+ LLDP neighbors?:/m.test(head)) return 'eos';
  if (/^Device ID\s+Local Intf\s+Hold-time/m.test(head) || /^Local Port id:/m.test(head)) return 'nxos';
  if (/^\s*Local Interface\s+Parent Interface\s+Chassis Id\s+Port info\s+System Name/m.test(head)) return 'junos';
  const firstLine = head.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (/side_a_device|side_a_name/i.test(head) || /^\s*-?\s*side_a_device\s*:/m.test(head)) return 'netbox-csv';
  if (/[,;\t|]/.test(firstLine) || /\.(csv|tsv)$/i.test(src.name)) return 'p2p';
  return null;
}

function sheetIsNetbox(cells: string[]): boolean {
  return cells.map(normHeader).includes('sideadevice');
}

export function parseSource(src: AuditSource, format: AuditFormat | 'auto'): { format: AuditFormat; parsed: ParsedSource } {
  if ('unreadable' in src) throw sourceError(src.name, null, src.unreadable);
  const f = format === 'auto' ? detectFormat(src) : format;
  if (!f) {
    throw sourceError(src.name, 1, `cannot tell the format; pass --format (one of ${Object.keys(FORMAT_NAMES).join(', ')})`);
  }
  if (!('text' in src)) {
    if (f !== 'p2p' && f !== 'netbox-csv') throw sourceError(src.name, null, `a spreadsheet can only be a p2p sheet or NetBox cables, not ${f}`);
    return { format: f, parsed: parseTableLinks(src, f === 'netbox-csv') };
  }
  switch (f) {
    case 'lldpd-json':
      return { format: f, parsed: parseLldpdJson(src.name, src.text, hostFromFileName(src.name)) };
    case 'p2p':
    case 'netbox-csv':
      return { format: f, parsed: parseTableLinks(src, f === 'netbox-csv') };
    case 'eos':
    case 'nxos':
    case 'junos': {
      // the switches' JSON output (| json, | display json) or their CLI text
      if (/^\s*[{[]/.test(src.text)) return { format: f, parsed: parseNosJson(src.name, src.text, f) };
      const parse = f === 'eos' ? parseEos : f === 'nxos' ? parseNxos : parseJunos;
      return { format: f, parsed: parse(src.name, src.text) };
    }
    case 'cumulus':
      return { format: f, parsed: parseCumulus(src.name, src.text) };
    case 'lldpctl':
      return { format: f, parsed: parseLldpctl(src.name, src.text) };
    case 'ibnetdiscover':
      return { format: f, parsed: parseIbnetdiscover(src.name, src.text) };
    case 'ibdiagnet-topo':
      return { format: f, parsed: parseIbdiagnetTopo(src.name, src.text) };
  }
}
