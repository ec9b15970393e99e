// How a cable's media fields combine (the "link model"):
//  - mediaId is what is pulled through the trays and ordered: a cable assembly (dac, acc, aec,
//    aoc; transceivers built in, so opticA/opticB stay null) or a fibre (kind 'fiber': a patch
//    cord when it has stock lengths, structured fibre cut to length when it has none).
//  - opticA / opticB are the transceivers plugged into the a- and b-end ports of a fibre link.
//  - For older data a transceiver id in mediaId is read as the same transceiver at both ends
//    over an unspecified fibre.
import type { Cable, Media, MediaKind } from '../model/entities.js';

export const ASSEMBLY_KINDS: ReadonlySet<MediaKind> = new Set(['dac', 'acc', 'aec', 'aoc']);
const COPPER_KINDS: ReadonlySet<MediaKind> = new Set(['dac', 'acc', 'aec']);

/**
 * Outer diameters used for tray fill when the media does not give one, mm.
 * Copper 9.43: NVIDIA DGX SuperPOD H100 data-centre design, table 18 (average copper cable OD),
 * the conservative end for DAC/ACC/AEC. Optical 3.0: same table (average AOC OD) and the
 * 2-3 mm jacket of MPO/LC patch cords (NVIDIA MPO/LC cable requirements).
 */
export const DEFAULT_COPPER_DIAMETER_MM = 9.43;
export const DEFAULT_OPTICAL_DIAMETER_MM = 3.0;

export interface LinkParts {
  /** The assembly or fibre that is routed and ordered. */
  cable: Media | null;
  opticA: Media | null;
  opticB: Media | null;
  /** Media ids the cable names that are not in the catalog. */
  missing: string[];
}

// Resolved once per combination of ids and catalog: a project has a handful of combinations, so
// the parts objects are shared by all cables that use them (no allocation per cable).
const resolved = new WeakMap<ReadonlyMap<string, Media>, Map<string | null, Map<string | null, Map<string | null, LinkParts>>>>();

// The last few combinations asked for: cables of one link kind come in runs (a generated fabric's
// 100,000 cables have a handful), so most calls end here without a map lookup. A structured
// link's rules read its jumper, trunk and jumper in turn (optic at the a-end on one, none on
// the trunk, at the b-end on the other): one slot missed at every call, so four, replaced in
// turn. Objects updated in place (the bench hall's cables change kind every few cables: an
// object per change was 40,000 per pass).
interface Slot {
  media: ReadonlyMap<string, Media> | null;
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  parts: LinkParts | null;
}
const SLOTS: Slot[] = [0, 1, 2, 3].map(() => ({ media: null, mediaId: null, opticA: null, opticB: null, parts: null }));
let lastSlot = 0;

/** The parts of a cable's media fields (shared objects: one per combination and catalog). */
export function resolveLink(c: Pick<Cable, 'mediaId' | 'opticA' | 'opticB'>, media: ReadonlyMap<string, Media>): LinkParts {
  for (let k = 0, i = lastSlot; k < 4; k++, i = (i + 1) & 3) {
    const l = SLOTS[i]!;
    if (l.media === media && l.mediaId === c.mediaId && l.opticA === c.opticA && l.opticB === c.opticB) {
      lastSlot = i;
      return l.parts!;
    }
  }
  const parts = resolveCached(c, media);
  // the slot after the one used last: in a cycle of combinations, the one used longest ago
  lastSlot = (lastSlot + 1) & 3;
  const l = SLOTS[lastSlot]!;
  l.media = media;
  l.mediaId = c.mediaId;
  l.opticA = c.opticA;
  l.opticB = c.opticB;
  l.parts = parts;
  return parts;
}

function resolveCached(c: Pick<Cable, 'mediaId' | 'opticA' | 'opticB'>, media: ReadonlyMap<string, Media>): LinkParts {
  let byMedia = resolved.get(media);
  if (!byMedia) resolved.set(media, (byMedia = new Map()));
  let byA = byMedia.get(c.mediaId);
  if (!byA) byMedia.set(c.mediaId, (byA = new Map()));
  let byB = byA.get(c.opticA);
  if (!byB) byA.set(c.opticA, (byB = new Map()));
  let parts = byB.get(c.opticB);
  if (!parts) byB.set(c.opticB, (parts = resolveUncached(c, media)));
  return parts;
}

function resolveUncached(c: Pick<Cable, 'mediaId' | 'opticA' | 'opticB'>, media: ReadonlyMap<string, Media>): LinkParts {
  const missing: string[] = [];
  const get = (id: string | null): Media | null => {
    if (id == null) return null;
    const m = media.get(id);
    if (!m) missing.push(id);
    return m ?? null;
  };
  const named = get(c.mediaId);
  let opticA = get(c.opticA);
  let opticB = get(c.opticB);
  if (named?.kind === 'transceiver') {
    opticA ??= named;
    opticB ??= named;
  }
  return { cable: pulledMedia(named), opticA, opticB, missing };
}

/** What a cable's mediaId names is pulled and ordered unless it is a transceiver (older data: the
 * same transceiver at both ends, over an unspecified fibre). resolveLink(c).cable is
 * pulledMedia(media.get(c.mediaId)). */
export function pulledMedia(named: Media | null | undefined): Media | null {
  return named != null && named.kind !== 'transceiver' ? named : null;
}

export function hasAnyMedia(p: LinkParts): boolean {
  return !!(p.cable || p.opticA || p.opticB);
}

export function isAssembly(m: Media | null): boolean {
  return !!m && ASSEMBLY_KINDS.has(m.kind);
}

const reachCache = new WeakMap<LinkParts, { m: number; by: Media } | null>();

/** The element limiting reach and its reach in metres; null when nothing limits it. */
export function reachOf(p: LinkParts): { m: number; by: Media } | null {
  let r = reachCache.get(p);
  if (r === undefined) reachCache.set(p, (r = reachUncached(p)));
  return r;
}

function reachUncached(p: LinkParts): { m: number; by: Media } | null {
  const limits: Media[] = [];
  if (p.cable && isAssembly(p.cable)) limits.push(p.cable);
  if (p.opticA) limits.push(p.opticA);
  if (p.opticB) limits.push(p.opticB);
  let best: { m: number; by: Media } | null = null;
  for (const m of limits) if (m.maxReachM > 0 && (!best || m.maxReachM < best.m)) best = { m: m.maxReachM, by: m };
  return best;
}

/** What plugs into the port at one end: the transceiver there, or the assembly's end. */
export function endElement(p: LinkParts, end: 'a' | 'b'): Media | null {
  const optic = end === 'a' ? p.opticA : p.opticB;
  if (optic) return optic;
  return p.cable && isAssembly(p.cable) ? p.cable : null;
}

/** Power drawn at one end of the link, W (per module or per active cable end). */
export function endPowerW(p: LinkParts, end: 'a' | 'b'): number {
  return endElement(p, end)?.powerW ?? 0;
}

const diameterCache = new WeakMap<LinkParts, number>();

export function diameterMm(p: LinkParts): number {
  let d = diameterCache.get(p);
  if (d === undefined) diameterCache.set(p, (d = diameterUncached(p)));
  return d;
}

function diameterUncached(p: LinkParts): number {
  if (p.cable?.diameterMm) return p.cable.diameterMm;
  if (p.cable && COPPER_KINDS.has(p.cable.kind)) return DEFAULT_COPPER_DIAMETER_MM;
  if (p.cable || p.opticA || p.opticB) return DEFAULT_OPTICAL_DIAMETER_MM;
  return DEFAULT_COPPER_DIAMETER_MM;
}

/** Ordered length: assemblies and patch cords round up to a stock length (null when none is long
 * enough); structured fibre is cut to length. */
const stockCache = new WeakMap<Media, number[]>();
function stockMm(m: Media): number[] {
  let s = stockCache.get(m);
  if (!s) stockCache.set(m, (s = m.lengthsM.map((l) => Math.round(l * 1000)).sort((a, b) => a - b)));
  return s;
}

export function orderedLengthMm(routedMm: number, cable: Media | null): number | null {
  if (!cable) return null;
  // Trunks are made to length in their maker's increment (rounded up), not cut on site.
  const step = cable.assembly?.orderStepM;
  if (step && step > 0 && cable.lengthsM.length === 0) {
    const stepMm = Math.round(step * 1000);
    const min = Math.round((cable.assembly!.minLengthM ?? 0) * 1000);
    return Math.max(min, Math.ceil(routedMm / stepMm) * stepMm);
  }
  // An assembly whose catalog entry lists no stock lengths is ordered in whole metres.
  if (cable.lengthsM.length === 0) return isAssembly(cable) ? Math.ceil(routedMm / 1000) * 1000 : routedMm;
  for (const mm of stockMm(cable)) if (mm >= routedMm) return mm;
  return null;
}

/**
 * Price of one made assembly (trunk, harness, jumper) of an ordered length: its base plus its
 * per-metre price, when the media gives them; null when it does not (the caller falls back to the
 * unit price). Never a per-piece price multiplied by metres.
 */
export function assemblyCostUsd(m: Media, orderedMm: number | null): number | null {
  const a = m.assembly;
  if (!a || a.costBaseUsd == null) return null;
  if (a.costPerMUsd == null) return a.costBaseUsd;
  return orderedMm == null ? null : a.costBaseUsd + a.costPerMUsd * (orderedMm / 1000);
}

/**
 * Price of one multi-leg assembly (a trunk whose legs are made to their own lengths, to several
 * panels): its base once plus, per leg, the per-metre price for the leg's share of the fibres
 * (fibres / legs) times the leg's ordered metres. Legs of one length cost what assemblyCostUsd
 * gives at that length; null when a leg's length or the per-metre price is unknown.
 */
export function multiLegCostUsd(m: Media, legOrderedMm: readonly (number | null)[]): number | null {
  const a = m.assembly;
  if (!a || a.costBaseUsd == null) return null;
  if (a.costPerMUsd == null) return a.costBaseUsd;
  if (legOrderedMm.length === 0 || legOrderedMm.some((mm) => mm == null)) return null;
  const perLegPerM = a.costPerMUsd / legOrderedMm.length;
  return a.costBaseUsd + legOrderedMm.reduce<number>((sum, mm) => sum + perLegPerM * (mm! / 1000), 0);
}

export function longestStockMm(m: Media): number | null {
  return m.lengthsM.length ? Math.round(Math.max(...m.lengthsM) * 1000) : null;
}

const KIND_LABEL: Record<MediaKind, string> = {
  dac: 'passive DAC',
  acc: 'ACC',
  aec: 'AEC',
  aoc: 'AOC',
  transceiver: 'transceiver',
  fiber: 'fibre',
};

export function kindLabel(m: Media): string {
  return KIND_LABEL[m.kind];
}
