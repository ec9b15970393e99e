// What a fabric's links add up to, from the media chosen for each: cables and optics by type
// (one module count rule, economics/modules.ts), optics power, and the cost of optics and cables.
// Run on the estimated lengths for a preview, and again on the routed lengths after generation,
// so the summary a user reads agrees with the BOM of the written hall.
import type { Media } from '../model/entities.js';
import { assemblyShare, ModuleCount } from '../economics/modules.js';
import { portShare } from '../routing/compat.js';
import type { MediaOption } from '../routing/media-choice.js';
import type { LogicalPort } from './hardware.js';

/** How a link's media is named in counts: the assembly, or the optics (and fibre) it uses. */
export function mediaKey(m: MediaOption): string {
  const a = m.opticA;
  const b = m.opticB;
  if (!a && !b) return m.mediaId ?? 'unassigned';
  // (one end a co-packaged-optics port: no module there)
  const optics = a && b ? (a === b ? a : `${a}+${b}`) : `${a ?? b} (far end co-packaged)`;
  return m.mediaId ? `${optics} over ${m.mediaId}` : optics;
}

export interface LinkTotals {
  /** Links per media key ("optic over fibre", or the assembly); "unassigned" where nothing fits. */
  linksByMedia: Record<string, number>;
  /** Cable assemblies (a twin-port assembly serving two links once) and fibre cords per media id. */
  cables: Record<string, number>;
  /** Transceiver modules per optic id. */
  optics: Record<string, number>;
  transceivers: number;
  opticsW: number;
  opticsUsd: number;
  cablesUsd: number;
  /** Links carried on optics and fibre (mated optical connectors at both ends). */
  opticalLinks: number;
  /** Media used whose price is unknown (left out of the cost), and every media used. */
  unpriced: Set<string>;
  used: Media[];
  /** False when a link has no media. */
  allAssigned: boolean;
}

export function linkTotals(
  media: readonly (MediaOption | null)[],
  /** The ports at both ends of link i: one pair, overwritten by the next call (read it at once). */
  ports: (i: number) => [LogicalPort, LogicalPort],
  catalog: ReadonlyMap<string, Media>,
  /** Per link: its trunk, or -1; a structured link's media is its optics and jumper cord, and it
   * has two jumpers (cableCostUsd covers both; its trunk is counted by assembly elsewhere). */
  trunkOf?: Int32Array,
): LinkTotals {
  const linksByMedia: Record<string, number> = {};
  const cables = new ModuleCount();
  const modules = new ModuleCount();
  /** Assemblies by media and ordered length: the pieces of one length are counted (and paid) whole, as in the BOM. */
  const pieces = new ModuleCount();
  const used = new Set<string>();
  const unpriced = new Set<string>();
  let opticsW = 0;
  let opticsUsd = 0;
  let cablesUsd = 0;
  let opticalLinks = 0;
  let allAssigned = true;
  // Links with the same media option (the plan's choices are shared objects) between ports of the
  // same two speeds count the same (a port's share of a twin-port module or cable is a matter of
  // its speed, portShare): counted per group, not per link. (Keyed by the port templates, a
  // server's eight NICs made every link of 393,216 at 131k GPUs miss the last group: 128 ms.)
  type Group = { pa: LogicalPort; pb: LogicalPort; links: number; structured: number };
  const groups = new Map<MediaOption, Map<number, Map<number, Group>>>();
  // Links per option first (in the order options first appear), then per key: the keys come out
  // in the order they first appear, as counting per link by key did.
  const perOption = new Map<MediaOption | null, number>();
  // Neighbouring links mostly share their option and port templates: the last group is reused.
  let last: Group | null = null;
  let lastM: MediaOption | null = null;
  // runs of links with one option are counted, then added (in order: first appearances stay first)
  let runOf: MediaOption | null = null;
  let run = 0;
  for (let i = 0; i < media.length; i++) {
    const m = media[i] ?? null;
    if (m !== runOf) {
      if (run) perOption.set(runOf, (perOption.get(runOf) ?? 0) + run);
      runOf = m;
      run = 0;
    }
    run++;
    if (!m) {
      allAssigned = false;
      continue;
    }
    // (indexing, not destructuring: this loop runs once per summary, mostly before it is
    // optimised, and the iterator protocol allocated more here than everything else it does)
    const pp = ports(i);
    const pa = pp[0];
    const pb = pp[1];
    let g: Group | null = last;
    if (m !== lastM || g!.pa.speedGbps !== pa.speedGbps || g!.pb.speedGbps !== pb.speedGbps) {
      let byA = groups.get(m);
      if (!byA) groups.set(m, (byA = new Map()));
      let byB = byA.get(pa.speedGbps);
      if (!byB) byA.set(pa.speedGbps, (byB = new Map()));
      g = byB.get(pb.speedGbps) ?? null;
      if (!g) byB.set(pb.speedGbps, (g = { pa, pb, links: 0, structured: 0 }));
      last = g;
      lastM = m;
    }
    g!.links++;
    if (trunkOf && trunkOf[i]! >= 0) g!.structured++;
  }
  if (run) perOption.set(runOf, (perOption.get(runOf) ?? 0) + run);
  for (const [m, n] of perOption) {
    const key = m ? mediaKey(m) : 'unassigned';
    linksByMedia[key] = (linksByMedia[key] ?? 0) + n;
  }
  for (const [m, byA] of groups) {
    for (const { pa, pb, links: n, structured } of [...byA.values()].flatMap((byB) => [...byB.values()])) {
      for (const [id, port] of [[m.opticA, pa], [m.opticB, pb]] as const) {
        if (!id) continue;
        const optic = catalog.get(id)!;
        modules.add(id, portShare(optic, port) * n);
        used.add(id);
        if (optic.unitCostUsd == null) unpriced.add(id);
      }
      if (m.mediaId) {
        const c = catalog.get(m.mediaId)!;
        if (c.kind === 'fiber') {
          cables.add(m.mediaId, n + structured);
          cablesUsd += (m.cableCostUsd ?? 0) * n;
        } else pieces.add(`${m.mediaId}\u0000${m.orderedMm ?? ''}`, assemblyShare(c, pa, pb) * n);
        used.add(m.mediaId);
        if (m.cableCostUsd == null) unpriced.add(m.mediaId);
      }
      if (m.opticA && m.mediaId) opticalLinks += n;
      opticsW += (m.powerW ?? 0) * n;
      opticsUsd += (m.opticsCostUsd ?? 0) * n;
    }
  }
  for (const [key, n] of Object.entries(pieces.byId())) {
    const id = key.split('\u0000')[0]!;
    cables.add(id, n);
    cablesUsd += n * (catalog.get(id)!.unitCostUsd ?? 0);
  }
  const optics = modules.byId();
  return {
    linksByMedia,
    cables: cables.byId(),
    optics,
    transceivers: Object.values(optics).reduce((s, n) => s + n, 0),
    opticsW,
    opticsUsd,
    cablesUsd,
    opticalLinks,
    unpriced,
    used: [...used].sort().map((id) => catalog.get(id)!),
    allAssigned,
  };
}
