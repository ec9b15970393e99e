// What a fabric's links add up to, from the media chosen for each: cables and optics by type
// (one module count rule, economics/modules.ts), optics power, and the cost of optics and cables.
// Run on the estimated lengths for a preview, and again on the routed lengths after generation,
// so the summary a user reads agrees with the BOM of the written hall.
import type { Media } from '../model/entities.js';
import { assemblyShare, ModuleCount } from '../economics/modules.js';
import type { MediaOption } from '../routing/media-choice.js';
import type { LogicalPort } from './hardware.js';

/** How a link's media is named in counts: the assembly, or the optics (and fibre) it uses. */
export function mediaKey(m: MediaOption): string {
  if (!m.opticA) return m.mediaId ?? 'unassigned';
  const optics = m.opticA === m.opticB ? m.opticA : `${m.opticA}+${m.opticB}`;
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
  ports: (i: number) => [LogicalPort, LogicalPort],
  catalog: ReadonlyMap<string, Media>,
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
  media.forEach((m, i) => {
    const key = m ? mediaKey(m) : 'unassigned';
    linksByMedia[key] = (linksByMedia[key] ?? 0) + 1;
    if (!m) {
      allAssigned = false;
      return;
    }
    const [pa, pb] = ports(i);
    for (const [id, port] of [[m.opticA, pa], [m.opticB, pb]] as const) {
      if (!id) continue;
      modules.addEnd(catalog.get(id)!, port);
      used.add(id);
      if (catalog.get(id)!.unitCostUsd == null) unpriced.add(id);
    }
    if (m.mediaId) {
      const c = catalog.get(m.mediaId)!;
      if (c.kind === 'fiber') {
        cables.add(m.mediaId, 1);
        cablesUsd += m.cableCostUsd ?? 0;
      } else pieces.add(`${m.mediaId}\u0000${m.orderedMm ?? ''}`, assemblyShare(c, pa, pb));
      used.add(m.mediaId);
      if (m.cableCostUsd == null) unpriced.add(m.mediaId);
    }
    if (m.opticA && m.mediaId) opticalLinks++;
    opticsW += m.powerW ?? 0;
    opticsUsd += m.opticsCostUsd ?? 0;
  });
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
