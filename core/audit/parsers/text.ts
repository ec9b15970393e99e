// Shared pieces of the CLI-text parsers: prompts that name the local host, and link building.
import { farEnd, stripQuotes } from '../names.js';
import type { FoundLink } from '../types.js';

/**
 * The host in a CLI prompt echoed into a capture: "leaf01# show lldp neighbors",
 * "cumulus@leaf01:mgmt:~$ net show lldp", "admin@sonic:~$ show lldp table", "user@qfx1> show ...".
 */
export function promptHost(line: string): string | null {
  const m = /^(?:[\w.-]+@)?([A-Za-z0-9][\w.-]*)(?::[^\s$#>]*)?\s?[$#>]\s*(?:show|net|nv|sudo|lldpcli|lldpctl)\b/.exec(line.trim());
  return m ? m[1]! : null;
}

/**
 * The lines of a CLI capture, trailing spaces trimmed, with their 1-based numbers. A line that
 * echoes a prompt ("leaf01# show lldp neighbors") names the host of what follows: it goes to
 * onPrompt instead of onLine.
 */
export function captureLines(text: string, onPrompt: (host: string) => void, onLine: (line: string, n: number) => void): void {
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const p = promptHost(line);
    if (p) onPrompt(p);
    else onLine(line, i + 1);
  });
}

/** The file name without folders and extension: the host a per-host capture belongs to. */
export function hostFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(json|txt|log|out|output|raw|cap)$/i, '');
}

/** A link from a neighbour table: the far end by its port id, or its description (names.ts farEnd). */
export function textLink(file: string, line: number, localHost: string, localPort: string, host: string, portId: string | null, descr: string | null = null): FoundLink {
  return {
    a: { host: localHost, port: stripQuotes(localPort) },
    b: farEnd(host, portId, descr),
    source: file,
    line,
    cableType: null,
    lengthMm: null,
    label: null,
  };
}

/** Start offsets of header words in a fixed-width table header, for columns that may hold spaces. */
export function columnStarts(header: string, names: string[]): number[] | null {
  const out: number[] = [];
  let from = 0;
  for (const n of names) {
    const at = header.indexOf(n, from);
    if (at < 0) return null;
    out.push(at);
    from = at + n.length;
  }
  return out;
}

export function cut(line: string, starts: number[], i: number): string {
  const end = i + 1 < starts.length ? starts[i + 1]! : line.length;
  return line.slice(starts[i]!, end).trim();
}

export const isRule = (l: string) => /^[\s-]+$/.test(l) && l.includes('---');
