// The topology file of ibdiagnet / UFM's Cable Validation Tool ("Topo File",
// https://docs.nvidia.com/networking/display/cablevalidationtool150/topo+file): a system line
// `MQM9700 sw-ufm-ndr05` followed by one indented line per link,
// `P61 -4x-50G-> MQM8700 sw-ufm-hdr01 P39` or `P2 -4x-50G-> HCA_mlx5_3 swx-ufm3-04 mlx5_0/P1`
// (width, per-lane rate, far system type, name and port). A link may also be written on one line
// with its system first. Switch ports are numbers (P61) or split ports (P1/2); host ports name the
// adapter (mlx5_0/P1). The file describes the whole fabric.
import { rateFromLane } from '../../ib/rates.js';
import { sourceError } from '../errors.js';
import type { End, FoundLink, ParsedSource } from '../types.js';

const LINK = /^(?:(\S+)\s+(\S+)\s+)?(\S+)\s+-(\d+)x-([\d.]+)G->\s+(\S+)\s+(\S+)\s+(\S+)$/;

export const isIbdiagnetTopo = (head: string) => /^\s*(?:\S+\s+\S+\s+)?\S+\s+-\d+x-[\d.]+G->\s+\S+\s+\S+\s+\S+\s*$/m.test(head);

function end(host: string, port: string): End {
  let m = /^P(\d+)$/i.exec(port);
  if (m) return { host, port, portNumber: Number(m[1]) };
  m = /^P(\d+\/\d+)$/i.exec(port);
  if (m) return { host, port: m[1]! };
  m = /^([^/]+)\/P(\d+)$/i.exec(port);
  if (m) return { host, port, hca: { name: m[1]!, port: Number(m[2]) } };
  return { host, port };
}

export function parseIbdiagnetTopo(file: string, text: string): ParsedSource {
  const links: FoundLink[] = [];
  const seen = new Set<string>();
  let system: string | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = LINK.exec(line);
    if (!m) {
      const sys = /^(\S+)\s+(\S+)$/.exec(line);
      if (sys && !/^\s/.test(raw)) {
        system = sys[2]!;
        return;
      }
      throw sourceError(file, i + 1, 'cannot read this line: expected a system line "MQM9700 sw-01" or a link "P1 -4x-100G-> MQM9700 sw-02 P33"');
    }
    const local = m[2] ?? system;
    if (!local) throw sourceError(file, i + 1, 'a link before any system line');
    const a = end(local, m[3]!);
    const b = end(m[7]!, m[8]!);
    const ka = `${a.host} ${a.port}`;
    const kb = `${b.host} ${b.port}`;
    const key = ka < kb ? `${ka}\t${kb}` : `${kb}\t${ka}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ a, b, source: file, line: i + 1, cableType: null, lengthMm: null, label: null, rate: rateFromLane(Number(m[4]), Number(m[5])) });
  });
  if (links.length === 0 && system === null) throw sourceError(file, 1, 'no systems or links: not an ibdiagnet topo file');
  return { links, surveyed: null, infinibandOnly: true, warnings: [] };
}
