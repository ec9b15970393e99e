// Juniper Junos `show lldp neighbors`: Local Interface / Parent Interface / Chassis Id /
// Port info / System Name, fixed-width (port info may hold spaces).
import { sourceError } from '../errors.js';
import type { FoundLink, ParsedSource } from '../types.js';
import { captureLines, columnStarts, cut, hostFromFileName, textLink } from './text.js';

const COLUMNS = ['Local Interface', 'Parent Interface', 'Chassis Id', 'Port info', 'System Name'];

export function parseJunos(file: string, text: string): ParsedSource {
  let host = hostFromFileName(file);
  const surveyed = new Set<string>();
  const links: FoundLink[] = [];
  let starts: number[] | null = null;
  const prompt = (p: string) => {
    host = p;
    starts = null;
  };
  captureLines(text, prompt, (line, n) => {
    const s = columnStarts(line, COLUMNS);
    if (s && line.trimStart().startsWith('Local Interface')) {
      starts = s;
      surveyed.add(host);
      return;
    }
    if (!starts || line.trim() === '') return;
    const [local, , chassis, portInfo, name] = COLUMNS.map((_, c) => cut(line, starts!, c));
    if (!local || !portInfo) throw sourceError(file, n, 'cannot read this row of `show lldp neighbors`: expected Local Interface, Parent Interface, Chassis Id, Port info and System Name');
    links.push(textLink(file, n, host, local, name || chassis!, portInfo));
  });
  return { links, surveyed: [...surveyed], warnings: [] };
}
