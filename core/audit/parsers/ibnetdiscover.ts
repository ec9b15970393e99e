// `ibnetdiscover` topology files (rdma-core infiniband-diags, man ibnetdiscover(8) "TOPOLOGY FILE
// FORMAT"): one block per node, a header `Switch 36 "S-<guid>" # "<node description>" ...` or
// `Ca 2 "H-<guid>" # "<description>"`, then one line per connected port:
// `[local](portguid) "S-<guid>"[remote](portguid) # ... "<remote description>" lid N 4xNDR`.
// Every link appears from both ends; it is reported once. Host and port names come from the
// node descriptions (core/ib/node-desc.ts) and port numbers (core/ib/ports.ts). The tool walks
// the whole subnet, so the source is complete for the InfiniBand fabric.
import { caName, isAggregationNode, switchName } from '../../ib/node-desc.js';
import { parseIbRate, rateGbps, type LinkRate } from '../../ib/rates.js';
import { sourceError } from '../errors.js';
import type { End, FoundLink, ParsedSource } from '../types.js';

type Kind = 'S' | 'H' | 'R';

interface RawLink {
  line: number;
  kind: Kind;
  guid: string;
  port: number;
  farKind: Kind;
  farGuid: string;
  farPort: number;
  farDesc: string | null;
  rate: LinkRate | null;
}

const HEADER = /^(Switch|Ca|Rtr)\s+(\d+)\s+"([SHR])-([^"]+)"\s*(?:#\s*"(.*)")?/;
const LINK = /^\[(\d+)\](?:\[ext \d+\])?(?:\(([^)]*)\))?\s+"([SHR])-([^"]+)"\[(\d+)\](?:\[ext \d+\])?(?:\(([^)]*)\))?\s*(?:#\s*(.*))?$/;

export const isIbnetdiscover = (head: string) => /^(Switch|Ca|Rtr)\s+\d+\s+"[SHR]-[^"]+"/m.test(head);

export function parseIbnetdiscover(file: string, text: string): ParsedSource {
  const desc = new Map<string, string>();
  const raw: RawLink[] = [];
  let node: { kind: Kind; guid: string } | null = null;
  text.split(/\r?\n/).forEach((l, i) => {
    const line = l.trim();
    const h = HEADER.exec(line);
    if (h) {
      node = { kind: h[3] as Kind, guid: h[4]! };
      desc.set(`${node.kind}-${node.guid}`, h[5] ?? '');
      return;
    }
    // a node's preamble (vendid=, devid=, sysimgguid=, switchguid=, caguid=) ends the node before it
    if (/^(vendid|devid|sysimgguid|switchguid|caguid|routerguid)=/.test(line)) node = null;
    if (!line.startsWith('[')) return; // the preamble, comments, chassis headings
    const m = LINK.exec(line);
    if (!m || !node) throw sourceError(file, i + 1, node ? 'cannot read this port line: expected [port] "S-<guid>"[port] # ... lid N 4xNDR' : 'a port line before any Switch or Ca header');
    const comment = m[7] ?? '';
    const quoted = /"([^"]*)"[^"]*$/.exec(comment);
    const rate = /(\d+x[A-Z]+\d*)\s*$/i.exec(comment);
    raw.push({
      line: i + 1,
      kind: node.kind,
      guid: node.guid,
      port: Number(m[1]),
      farKind: m[3] as Kind,
      farGuid: m[4]!,
      farPort: Number(m[5]),
      farDesc: quoted ? quoted[1]! : null,
      rate: rate ? parseIbRate(rate[1]!) : null,
    });
  });
  if (desc.size === 0) throw sourceError(file, 1, 'no Switch or Ca blocks: not the output of ibnetdiscover');

  const links: FoundLink[] = [];
  const seen = new Map<string, FoundLink | null>();
  const factory = { S: new Set<string>(), H: new Set<string>() };
  const endOf = (kind: Kind, guid: string, port: number, fallbackDesc: string | null): End | null => {
    const d = desc.get(`${kind}-${guid}`) ?? fallbackDesc ?? '';
    if (isAggregationNode(d)) return null;
    if (kind === 'S') {
      const { host } = switchName(d);
      if (!host) factory.S.add(guid);
      return { host: host ?? `S-${guid}`, port: `P${port}`, portNumber: port };
    }
    const { host, hca } = caName(d);
    if (!host) factory.H.add(guid);
    if (host && hca) return { host, port: `${hca}/P${port}`, hca: { name: hca, port } };
    return { host: host ?? `${kind}-${guid}`, port: `P${port}`, portNumber: port };
  };
  for (const r of raw) {
    const here = `${r.kind}-${r.guid}[${r.port}]`;
    const there = `${r.farKind}-${r.farGuid}[${r.farPort}]`;
    const key = here < there ? `${here} ${there}` : `${there} ${here}`;
    if (seen.has(key)) {
      // each end reports its own port's active rate; where they differ the link runs at the slower
      const kept = seen.get(key);
      if (kept && r.rate && (!kept.rate || rateGbps(r.rate) < rateGbps(kept.rate))) kept.rate = r.rate;
      continue;
    }
    const a = endOf(r.kind, r.guid, r.port, null);
    const b = endOf(r.farKind, r.farGuid, r.farPort, r.farDesc);
    if (!a || !b) {
      seen.set(key, null); // the switch's internal SHARP aggregation node
      continue;
    }
    const link: FoundLink = { a, b, source: file, line: r.line, cableType: null, lengthMm: null, label: null, ...(r.rate ? { rate: r.rate } : {}) };
    seen.set(key, link);
    links.push(link);
  }
  const warnings: string[] = [];
  if (factory.S.size + factory.H.size > 0) {
    warnings.push(
      `${file}: ${factory.S.size} switch(es) and ${factory.H.size} adapter(s) carry a factory node description and are known by GUID only: ` +
        'set their node descriptions, or run ibnetdiscover with --node-name-map',
    );
  }
  return { links, surveyed: null, infinibandOnly: true, warnings };
}
