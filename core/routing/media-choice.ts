// Automatic media choice: of the catalog media that fit both ports and reach the routed length,
// the cheapest (cable + optics) or the lowest power, with a sentence saying why.
//
// Cost model: an assembly's unitCostUsd is per assembly; a transceiver's per module; a fibre's per
// cord when it has stock lengths, else per metre of ordered length. Power: per cable end for
// active assemblies and per module for transceivers, so a link draws two of each. Unknown cost or
// power ranks after every known one.
import type { Media, ProjectSettings } from '../model/entities.js';
import { formatMCompact } from '../model/units.js';
import { cpoEndProblem, fiberOpticProblem, mediaPortProblem, opticsPairProblem, portShare, type PortSpec } from './compat.js';
import { ASSEMBLY_KINDS, assemblyCostUsd, kindLabel, orderedLengthMm } from './link.js';
import { deliversLinkSpeed, linkSpeedGbps } from './link-speed.js';
import { defaultPolarity, endLayout, polarityProblem, type FibreLayout } from './polarity.js';

export type MediaPolicy = ProjectSettings['mediaPolicy'];

export interface MediaOption {
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  /** What limits reach, m. */
  reachM: number;
  costUsd: number | null;
  /** The split of costUsd: transceivers, and the cable or fibre (null where unknown). */
  opticsCostUsd: number | null;
  cableCostUsd: number | null;
  powerW: number | null;
  orderedMm: number | null;
  label: string;
  /** The element whose reach limits the option (for the reason sentence). */
  limit: Media;
}

export interface MediaChoice {
  choice: MediaOption | null;
  reason: string;
  /** How many catalog options fit both ports (before reach). */
  fitting: number;
}

interface Candidate {
  cable: Media | null;
  opticA: Media | null;
  opticB: Media | null;
  reachM: number;
  limit: Media;
  /** Each end's fibre layout: its transceiver's, or a co-packaged port's (null: not known). */
  layoutA: FibreLayout | null;
  layoutB: FibreLayout | null;
}

const candidateCache = new WeakMap<readonly Media[], Map<string, Candidate[]>>();

/** What the media choice asks of a port, as a key: two ports with the same key get the same media. */
export function portSpecKey(p: PortSpec): string {
  const flags = `${p.lpoCapable ? 'L' : ''}${p.cpo ? 'C' : ''}${p.singlePort ? 'S' : ''}`;
  return `${p.formFactor}|${p.speedGbps}|${p.lanes}|${p.breakouts.map((b) => `${b.count}x${b.speedGbps}`).join(',')}|${flags}`;
}

/**
 * Whether fibre `f` can be the one cable between two transceivers (or a transceiver and a
 * co-packaged port): not a trunk or a harness (they run between panels' rear ports or fan out to
 * legs), and of a polarity that takes each transmit fibre to a receive fibre (a type A MPO cord
 * alone joins transmit to transmit).
 */
function directCarrier(f: Media, la: FibreLayout | null, lb: FibreLayout | null): boolean {
  const role = f.assembly?.role;
  if (role === 'trunk' || role === 'harness') return false;
  return !la || !lb || polarityProblem(la, lb, [defaultPolarity(f)]) === null;
}

/** An end's fibre layout: its transceiver's, else a co-packaged port's. */

/**
 * Every assembly, and every transceiver pair with a fibre, that fits both ports at the link's
 * speed (core/routing/link-speed.ts). Linear optics (LPO/LRO) only where the port is lpoCapable
 * (the lpo-host rule). A co-packaged-optics port takes the fibre itself: no transceiver at that end,
 * and the fibre and the far optic must suit it (cpoEndProblem).
 */
export function candidates(catalog: readonly Media[], a: PortSpec, b: PortSpec): Candidate[] {
  let byPorts = candidateCache.get(catalog);
  if (!byPorts) candidateCache.set(catalog, (byPorts = new Map()));
  const key = `${portSpecKey(a)}#${portSpecKey(b)}`;
  let out = byPorts.get(key);
  if (out) return out;
  out = [];
  byPorts.set(key, out);
  const link = linkSpeedGbps(a, b);
  if (link === null) return out;
  const fits = (m: Media, p: PortSpec) => mediaPortProblem(m, p) === null && deliversLinkSpeed(m, link) && (!m.linear || !!p.lpoCapable);
  if (!a.cpo && !b.cpo) {
    for (const m of catalog) {
      if (ASSEMBLY_KINDS.has(m.kind) && fits(m, a) && fits(m, b)) out.push({ cable: m, opticA: null, opticB: null, reachM: m.maxReachM, limit: m, layoutA: null, layoutB: null });
    }
  }
  const optics = catalog.filter((m) => m.kind === 'transceiver');
  const fibres = catalog.filter((m) => m.kind === 'fiber');
  const ta: (Media | null)[] = a.cpo ? [null] : optics.filter((m) => fits(m, a));
  const tb: (Media | null)[] = b.cpo ? [null] : optics.filter((m) => fits(m, b));
  for (const x of ta) {
    const la = endLayout(x, a);
    for (const y of tb) {
      if (x && y && opticsPairProblem(x, y, a, b)) continue;
      const lb = endLayout(y, b);
      if (cpoEndProblem(a, null, null, y, !!b.cpo) || cpoEndProblem(b, null, null, x, !!a.cpo)) continue;
      const suits = (f: Media) =>
        !(x && fiberOpticProblem(f, x)) &&
        !(y && fiberOpticProblem(f, y)) &&
        !cpoEndProblem(a, null, f, y, !!b.cpo) &&
        !cpoEndProblem(b, null, f, x, !!a.cpo) &&
        directCarrier(f, la, lb);
      const carriers = fibres.filter(suits);
      const limitOptic = x && y ? (x.maxReachM <= y.maxReachM ? x : y) : (x ?? y);
      if (limitOptic && carriers.length === 0) out.push({ cable: null, opticA: x, opticB: y, reachM: limitOptic.maxReachM, limit: limitOptic, layoutA: la, layoutB: lb });
      // Co-packaged at both ends: no optic in the catalog limits the reach; the fibre's own stands.
      for (const f of carriers) {
        const limit = limitOptic ?? f;
        out.push({ cable: f, opticA: x, opticB: y, reachM: limit.maxReachM, limit, layoutA: la, layoutB: lb });
      }
    }
  }
  return out;
}

/** An option's figures; its label too unless `labelled` is false (chooseUncached labels only the
 * few options its answer names). */
function option(c: Candidate, routedMm: number, a: PortSpec, b: PortSpec, labelled = true): MediaOption {
  const orderedMm = c.cable ? orderedLengthMm(routedMm, c.cable) : routedMm;
  let opticsCostUsd: number | null = 0;
  let cableCostUsd: number | null = 0;
  let powerW: number | null = 0;
  // A twin-port module or cable serving two ports is charged half to each link.
  if (c.cable && ASSEMBLY_KINDS.has(c.cable.kind)) {
    const sa = portShare(c.cable, a);
    const sb = portShare(c.cable, b);
    cableCostUsd = c.cable.unitCostUsd == null ? null : c.cable.unitCostUsd * Math.max(sa, sb);
    powerW = c.cable.powerW == null ? (c.cable.kind === 'dac' ? 0 : null) : c.cable.powerW * (sa + sb);
  } else {
    for (const [o, p] of [[c.opticA, a], [c.opticB, b]] as const) {
      if (!o) continue;
      const share = portShare(o, p);
      opticsCostUsd = opticsCostUsd == null || o.unitCostUsd == null ? null : opticsCostUsd + o.unitCostUsd * share;
      powerW = powerW == null || o.powerW == null ? null : powerW + o.powerW * share;
    }
    if (c.cable) {
      // made assemblies (trunks, harnesses) are priced per assembly: base + per metre
      const made = c.cable.assembly ? assemblyCostUsd(c.cable, orderedMm) : null;
      const fc = c.cable.unitCostUsd;
      cableCostUsd = made != null ? made : fc == null ? null : c.cable.lengthsM.length ? fc : fc * ((orderedMm ?? routedMm) / 1000);
    }
  }
  const costUsd = opticsCostUsd == null || cableCostUsd == null ? null : opticsCostUsd + cableCostUsd;
  const label = labelled ? labelOf(c, orderedMm) : '';
  return {
    mediaId: c.cable?.id ?? null,
    opticA: c.opticA?.id ?? null,
    opticB: c.opticB?.id ?? null,
    reachM: c.reachM,
    costUsd,
    opticsCostUsd,
    cableCostUsd,
    powerW,
    orderedMm,
    label,
    limit: c.limit,
  };
}

function labelOf(c: Candidate, orderedMm: number | null): string {
  return optionLabel(c, orderedMm == null ? '?' : formatMCompact(orderedMm));
}

function optionLabel(c: Candidate, ordered: string): string {
  const over = c.cable ? `${c.cable.id} ${ordered}` : 'fibre (none in the catalog)';
  if (!c.opticA && !c.opticB && ASSEMBLY_KINDS.has(c.cable!.kind)) return `${kindLabel(c.cable!)} ${over}`;
  return `${opticsLabel(c)} over ${over}`;
}

/** The ends of an option on fibre: "2 x X", "X + Y", one end co-packaged (the fibre plugs straight
 * into that switch), or both. */
function opticsLabel(c: Candidate): string {
  if (c.opticA && c.opticB) return c.opticA.id === c.opticB.id ? `2 x ${c.opticA.id}` : `${c.opticA.id} + ${c.opticB.id}`;
  if (c.opticA || c.opticB) return `${(c.opticA ?? c.opticB)!.id} (far end co-packaged)`;
  return 'co-packaged at both ends';
}

// Options with optics but no fibre in the catalog to carry them are not a link anyone can order:
// they only win when nothing complete reaches (and then the no-media check says what is missing).
const incomplete = (o: MediaOption) => ((o.opticA || o.opticB) && !o.mediaId ? 1 : 0);
const costOf = (o: MediaOption) => o.costUsd ?? Infinity;
const powerOf = (o: MediaOption) => o.powerW ?? Infinity;
// Prefer a single assembly over optics + fibre when everything else ties.
const parts = (o: MediaOption) => (o.opticA || o.opticB ? 1 : 0);
const order = (x: number, y: number) => (x === y ? 0 : x < y ? -1 : 1);

/** The policy's order on everything but the label (unknown cost or power ranks after every known one). */
function compareFigures(a: MediaOption, b: MediaOption, policy: MediaPolicy): number {
  const cheapest = policy === 'cheapest';
  return (
    order(incomplete(a), incomplete(b)) ||
    (cheapest ? order(costOf(a), costOf(b)) || order(powerOf(a), powerOf(b)) : order(powerOf(a), powerOf(b)) || order(costOf(a), costOf(b))) ||
    order(parts(a), parts(b))
  );
}

const byLabel = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compare(a: MediaOption, b: MediaOption, policy: MediaPolicy): number {
  return compareFigures(a, b, policy) || byLabel(a.label, b.label);
}

function money(o: MediaOption): string {
  return o.costUsd == null ? 'cost unknown' : `$${Math.round(o.costUsd).toLocaleString('en-US')}`;
}
function watts(o: MediaOption): string {
  return o.powerW == null ? 'power unknown' : `${+o.powerW.toFixed(1)} W`;
}

const choiceCache = new WeakMap<readonly Media[], Map<string, MediaChoice>>();

/**
 * The choice for a pair of ports and a routed length. Memoised per catalog array, pair of port
 * kinds, exact length and policy: racks sit on a grid, so a hall repeats lengths (100,000 cables
 * of the routing bench have under 2,000 distinct ones). The result is shared: do not mutate it.
 */
/** An option for a list: does it reach the route (null when there is no route yet)? */
export interface LinkListOption extends MediaOption {
  reaches: boolean | null;
}

/**
 * Every link that fits both ports (an assembly, or a transceiver pair over a fibre), best first by
 * the policy, each saying whether it reaches the routed length: what an inspector lists so a link
 * is chosen whole, in one step.
 */
export function linkOptions(catalog: readonly Media[], a: PortSpec, b: PortSpec, routedMm: number | null, policy: MediaPolicy): LinkListOption[] {
  const all = candidates(catalog, a, b).map((c) => option(c, routedMm ?? 0, a, b));
  all.sort((x, y) => compare(x, y, policy));
  return all.map((o) => ({
    ...o,
    orderedMm: routedMm == null ? null : o.orderedMm,
    reaches: routedMm == null ? null : o.reachM * 1000 >= routedMm && o.orderedMm != null,
  }));
}

export function chooseMedia(catalog: readonly Media[], a: PortSpec, b: PortSpec, routedMm: number, policy: MediaPolicy): MediaChoice {
  let memo = choiceCache.get(catalog);
  if (!memo) choiceCache.set(catalog, (memo = new Map()));
  const key = `${portSpecKey(a)}#${portSpecKey(b)}#${routedMm}#${policy}`;
  let c = memo.get(key);
  if (!c) memo.set(key, (c = chooseUncached(catalog, a, b, routedMm, policy)));
  return c;
}

function chooseUncached(catalog: readonly Media[], a: PortSpec, b: PortSpec, routedMm: number, policy: MediaPolicy): MediaChoice {
  const cands = candidates(catalog, a, b);
  const routeM = +(routedMm / 1000).toFixed(2);
  if (cands.length === 0) {
    return {
      choice: null,
      fitting: 0,
      reason: `nothing in the catalog fits both ports (${a.formFactor} ${a.speedGbps}G and ${b.formFactor} ${b.speedGbps}G)`,
    };
  }
  // The first of the policy's order overall and among those that reach, found in one pass: the
  // same as the first of a stable sort, without labelling every option (a generation asks a few
  // hundred times, each over up to hundreds of transceiver pairs and fibres: ~50 MB of labels).
  const all = cands.map((c) => option(c, routedMm, a, b, false));
  const label = (i: number) => (all[i]!.label ||= labelOf(cands[i]!, all[i]!.orderedMm));
  const cmp = (i: number, j: number) => compareFigures(all[i]!, all[j]!, policy) || byLabel(label(i), label(j));
  const reaches = (o: MediaOption) => o.reachM * 1000 >= routedMm && o.orderedMm != null;
  let first = 0;
  let chosen = -1;
  let longest = 0;
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && cmp(i, first) < 0) first = i;
    if (reaches(all[i]!) && (chosen < 0 || cmp(i, chosen) < 0)) chosen = i;
    const r = all[i]!.reachM - all[longest]!.reachM;
    if (r > 0 || (r === 0 && i > 0 && cmp(i, longest) < 0)) longest = i;
  }
  const policyText = policy === 'cheapest' ? 'cheapest' : 'lowest power';
  if (chosen < 0) {
    const l = all[longest]!;
    return {
      choice: null,
      fitting: all.length,
      reason: `route is ${routeM} m and nothing that fits both ports reaches it (the longest reach is ${l.limit.id}'s ${l.reachM} m)`,
    };
  }
  label(chosen);
  const c = all[chosen]!;
  const metric = policy === 'cheapest' ? money(c) : watts(c);
  if (first !== chosen) {
    const r = all[first]!;
    const why =
      r.reachM * 1000 < routedMm
        ? `${kindLabel(r.limit)} reaches ${r.reachM} m, route is ${routeM} m`
        : `${label(first).replace(/ \? ?m?$/, '')} has no stock length of ${routeM} m or more`;
    return { choice: c, fitting: all.length, reason: `${why}: ${c.label} chosen (${policyText} that reaches, ${metric})` };
  }
  return { choice: c, fitting: all.length, reason: `${c.label} chosen: ${policyText} of ${all.length} that fit both ports (route ${routeM} m, ${metric})` };
}

/** What a structured channel needs besides its two transceivers and two jumper cords. */
export interface ChannelTrunks {
  /** The trunk a cord's fibre continues on (same fibre class and connector), or null when none fits. */
  trunkFor(cord: Media): Media | null;
  /** One link's share of that trunk's price (of all its trunks', with `chain`), USD; null when unknown. */
  shareUsd(trunk: Media): number | null;
  /** A channel through more than one trunk (jumper, trunk, cross-connect cord, trunk, ..., jumper):
   * its trunks in order, the first being trunkFor's. The cords are one more than the trunks. */
  chain?: readonly Media[];
}

/**
 * Optics and jumper cord for a structured channel (jumper -> panel -> trunk -> panel -> jumper, or
 * through several trunks with a cross-connect cord between each two): the same candidates as a
 * direct cable (transceivers over a cord that fits both ports), less assemblies (an AOC or DAC
 * cannot pass a panel), reaching the whole channel, the cord in a stock length for the longest
 * jumper, on trunks that keep TIA-568 polarity with the cords between them. Ranked by the same
 * policy, the cost counting every cord and the link's share of its trunks. In the option,
 * `cableCostUsd` is the cords and `orderedMm` one cord's stock length.
 */
export function chooseChannelMedia(
  catalog: readonly Media[],
  a: PortSpec,
  b: PortSpec,
  channelMm: number,
  jumperMm: number,
  policy: MediaPolicy,
  trunks: ChannelTrunks,
): { choice: MediaOption | null; trunk: Media | null; reason: string } {
  const all: { o: MediaOption; trunk: Media; c: Candidate }[] = [];
  for (const c of candidates(catalog, a, b)) {
    const trunk = channelTrunk(c, trunks);
    if (!trunk) continue;
    // (labelled only where two options tie on the policy's figures, and the one chosen: the
    // structured plan asks this for a hundred groups of a hall, each of dozens of options)
    const o = option(c, jumperMm, a, b, false);
    const share = trunks.shareUsd(trunk);
    const cables = o.cableCostUsd == null ? null : cordsOf(trunks) * o.cableCostUsd;
    const costUsd = o.opticsCostUsd == null || cables == null || share == null ? null : o.opticsCostUsd + cables + share;
    all.push({ o: { ...o, cableCostUsd: cables, costUsd }, trunk, c });
  }
  const routeM = +(channelMm / 1000).toFixed(2);
  if (all.length === 0) return { choice: null, trunk: null, reason: `no transceivers over an MPO cord and trunk fit both ports (${a.formFactor} ${a.speedGbps}G)` };
  const label = (x: (typeof all)[number]) => (x.o.label ||= channelLabel(x.c, trunks.chain ?? [x.trunk]));
  // the first that reaches in the policy's order, in one pass (the first of a stable sort, as
  // chooseUncached finds it: no sort of every option per group of a structured plan)
  let chosen: (typeof all)[number] | undefined;
  for (const x of all) {
    if (x.o.reachM * 1000 < channelMm || x.o.orderedMm == null) continue;
    if (!chosen || (compareFigures(x.o, chosen.o, policy) || byLabel(label(x), label(chosen))) < 0) chosen = x;
  }
  if (!chosen) return { choice: null, trunk: null, reason: `the channel is ${routeM} m and no transceivers over a cord and trunk reach it` };
  label(chosen);
  return { choice: chosen.o, trunk: chosen.trunk, reason: `${chosen.o.label} chosen (${policy === 'cheapest' ? money(chosen.o) : watts(chosen.o)}, channel ${routeM} m)` };
}

const channelLabel = (c: Candidate, chain: readonly Media[]) => `${opticsLabel(c)} over ${chain.length + 1} x ${c.cable!.id} and ${chain.map((t) => t.id).join(' + ')}`;
const cordsOf = (t: ChannelTrunks) => (t.chain?.length ?? 1) + 1;

/** Whether a candidate can be a channel's cords and on which trunk, by candidate and cord (the
 * candidates are cached per catalog and pair of ports; a trunk is found by its cord's fibre). */
const channelTrunks = new WeakMap<Candidate, WeakMap<Media, Media | null>>();

function channelTrunk(c: Candidate, trunks: ChannelTrunks): Media | null {
  // (each end a transceiver or a co-packaged port: a layout the trunk's polarity is judged by)
  if (!c.cable || !c.layoutA || !c.layoutB || ASSEMBLY_KINDS.has(c.cable.kind) || c.cable.lengthsM.length === 0) return null;
  const trunk = trunks.trunkFor(c.cable);
  if (!trunk) return null;
  if (trunks.chain && trunks.chain.length > 1) {
    // (rare, drawn by hand: judged each time, not cached by its first trunk)
    const cord = defaultPolarity(c.cable);
    const path = trunks.chain.flatMap((t) => [cord, defaultPolarity(t)]);
    return polarityProblem(c.layoutA, c.layoutB, [...path, cord]) === null ? trunk : null;
  }
  let byTrunk = channelTrunks.get(c);
  if (!byTrunk) channelTrunks.set(c, (byTrunk = new WeakMap()));
  let ok = byTrunk.get(trunk);
  if (ok === undefined) {
    const cord = defaultPolarity(c.cable);
    ok = polarityProblem(c.layoutA, c.layoutB, [cord, defaultPolarity(trunk), cord]) === null ? trunk : null;
    byTrunk.set(trunk, ok);
  }
  return ok;
}
