// Media for the structured links of a plan, one choice per group of links between two racks
// (media-choice.ts chooseChannelMedia: the transceivers, the jumper cords and the trunk's fibre
// class), on the channel's estimated length: the longest jumper of the group at each end (in the
// rack, from the switch port to its panel, rounded up to the cord's stock length) plus the trunk
// between the two racks' panels (estimated along the trays as layout.ts does, ordered in whole
// metres). Each trunk then takes the fewest legs of that fibre class that hold its links.
import type { Media } from '../model/entities.js';
import { U_MM } from '../model/units.js';
import { assemblyCostUsd, orderedLengthMm } from '../routing/link.js';
import { chooseChannelMedia, type MediaOption, type MediaPolicy } from '../routing/media-choice.js';
import type { LogicalPort } from './hardware.js';
import { cableKgPerM } from '../model/physical.js';
import type { Placement } from './layout.js';
import { estimateRackPath, type LengthAllowances } from './path-estimate.js';
import { TrunkCatalog, type StructuredPlan, type TrunkGroup } from './structured.js';
import type { Topology } from './topology.js';

export interface StructuredMediaInput {
  topo: Topology;
  placement: Placement;
  sp: StructuredPlan;
  catalog: readonly Media[];
  policy: MediaPolicy;
  allow: LengthAllowances;
  /** The ports at both ends of link i: one pair, overwritten by the next call (read it at once). */
  ports: (i: number) => [LogicalPort, LogicalPort];
  kindOf: (i: number) => number;
  /** Height of a device's ports above the floor, mm (as the router mounts it). */
  portHeightMm: (device: number) => number;
}

/** Height of a panel's ports above the floor: the middle of its U, as the router mounts devices. */
export function panelHeightMm(sp: StructuredPlan, panel: number): number {
  return (sp.panelU[panel]! - 1 + sp.panel.uHeight / 2) * U_MM;
}

/**
 * Sets `media` and `lengthMm` (the channel estimate) of every structured link and the media and
 * estimated length of every trunk; adds each trunk's cross-section and weight to the trays on its path.
 * Returns the groups for which nothing fits (their links keep no media).
 */
export function chooseStructuredMedia(x: StructuredMediaInput, media: (MediaOption | null)[], lengthMm: Int32Array, trayArea: Float64Array, trayKg: Float64Array): number {
  const { topo: t, placement: p, sp, allow } = x;
  const trunks = new TrunkCatalog(x.catalog, 'MPO-12', 12);
  const full = sp.panel.positions;
  const cache = new Map<string, ReturnType<typeof chooseChannelMedia>>();
  const path: number[] = [];
  let failed = 0;
  // The group's figures, read by the functions below (made once, not per group: 2,304 groups at 32k).
  let trunkRouted = 0;
  let jumper = 0;
  let first = 0;
  let pa: LogicalPort;
  let pb: LogicalPort;
  const any12 = (cord: Media) => trunks.forCord(cord, full);
  const trunkOrdered = (m: Media) => orderedLengthMm(trunkRouted, m) ?? trunkRouted;
  const shareUsd = (m: Media) => {
    const usd = assemblyCostUsd(m, trunkOrdered(m));
    return usd == null ? null : usd / full;
  };
  const choose = (channelMm: number) => {
    const key = `${x.kindOf(first)}#${Math.ceil(channelMm / 500)}#${Math.ceil(jumper / 500)}#${Math.ceil(trunkRouted / 1000)}`;
    let c = cache.get(key);
    if (!c) {
      c = chooseChannelMedia(x.catalog, pa, pb, Math.ceil(channelMm / 500) * 500, jumper, x.policy, { trunkFor: any12, shareUsd });
      cache.set(key, c);
    }
    return c;
  };
  for (const g of sp.groups) {
    // The group's lowest panels (its last trunk) at each end: the longest trunk and jumpers.
    const last = g.firstTrunk + g.trunks - 1;
    const hA = panelHeightMm(sp, sp.trunkPanel[2 * last]!);
    const hB = panelHeightMm(sp, sp.trunkPanel[2 * last + 1]!);
    trunkRouted = estimateRackPath(p, g.rackA, g.rackB, hA, hB, allow, false, path);
    jumper = 0;
    // (indexed, no pair per link: 98,304 links in a 32k hall)
    const links = g.links;
    let patched = false;
    for (let k = 0; k < links.length; k++) {
      const i = links[k]!;
      const flip = sp.flipped[i] === 1;
      const a = t.a[i]!;
      const b = t.b[i]!;
      const ra = flip ? g.rackB : g.rackA;
      const rb = flip ? g.rackA : g.rackB;
      if (p.rackOf[a] === ra && p.rackOf[b] === rb) {
        jumper = Math.max(jumper, Math.abs(x.portHeightMm(a) - (flip ? hB : hA)), Math.abs(x.portHeightMm(b) - (flip ? hA : hB)));
      } else {
        patched = true;
        jumper = Math.max(jumper, jumperMm(x, a, ra, flip ? hB : hA, null), jumperMm(x, b, rb, flip ? hA : hB, null));
      }
    }
    jumper = Math.round(jumper + allow.slackMm);
    first = g.links[0]!;
    const pp = x.ports(first);
    pa = pp[0];
    pb = pp[1];
    // First on a guess (cords of the jumper rounded up to half a metre), then on the chosen cord's stock length.
    const guessTrunk = Math.max(3000, Math.ceil(trunkRouted / 1000) * 1000);
    let c = choose(2 * Math.ceil(jumper / 500) * 500 + guessTrunk);
    if (c.choice && c.trunk) {
      const channel = 2 * (c.choice.orderedMm ?? jumper) + trunkOrdered(c.trunk);
      if (channel > c.choice.reachM * 1000) c = choose(channel);
    }
    const o = c.choice;
    if (!o || !c.trunk) {
      failed++;
      for (let k = 0; k < links.length; k++) media[links[k]!] = null;
      continue;
    }
    const channel = 2 * (o.orderedMm ?? jumper) + trunkOrdered(c.trunk);
    for (let k = 0; k < links.length; k++) {
      media[links[k]!] = o;
      lengthMm[links[k]!] = channel;
    }
    if (patched) trayJumpers(x, g, o, hA, hB, trayArea, trayKg);
    for (let k = g.firstTrunk; k < g.firstTrunk + g.trunks; k++) {
      const m = trunks.withLegs(c.trunk.fiber ?? '', sp.trunkLinks[k]!) ?? c.trunk;
      sp.trunkMedia[k] = m;
      sp.trunkMm[k] = trunkRouted;
      const d = m.diameterMm ?? 0;
      const kg = cableKgPerM(m, false);
      for (let j = 0; j < path.length; j++) {
        trayArea[path[j]!]! += (Math.PI * d * d) / 4;
        trayKg[path[j]!]! += kg;
      }
    }
  }
  return failed;
}

/**
 * A jumper's length from device d's port to a panel at height h in rack `panelRack`, before
 * slack: up or down in the rack, or along the trays to the patch rack its rack is patched in
 * (then `trays`, when given, gets the trays it passes).
 */
function jumperMm(x: StructuredMediaInput, d: number, panelRack: number, h: number, trays: number[] | null): number {
  const p = x.placement;
  const r = p.rackOf[d]!;
  if (r === panelRack) return Math.abs(x.portHeightMm(d) - h);
  return estimateRackPath(p, r, panelRack, x.portHeightMm(d), h, x.allow, false, trays ?? undefined) - x.allow.slackMm;
}

/** The cords of a group's jumpers that run to a patch rack, added to the trays they pass. */
function trayJumpers(x: StructuredMediaInput, g: TrunkGroup, o: MediaOption, hA: number, hB: number, trayArea: Float64Array, trayKg: Float64Array): void {
  const cord = o.mediaId ? x.catalog.find((m) => m.id === o.mediaId) : undefined;
  const d = cord?.diameterMm ?? 0;
  const kg = cableKgPerM(cord ?? null, false);
  const path: number[] = [];
  for (const i of g.links) {
    const flip = x.sp.flipped[i] === 1;
    for (const [dev, rack, h] of [
      [x.topo.a[i]!, flip ? g.rackB : g.rackA, flip ? hB : hA],
      [x.topo.b[i]!, flip ? g.rackA : g.rackB, flip ? hA : hB],
    ] as const) {
      if (x.placement.rackOf[dev] === rack) continue;
      jumperMm(x, dev, rack, h, path);
      for (const tr of path) {
        trayArea[tr]! += (Math.PI * d * d) / 4;
        trayKg[tr]! += kg;
      }
    }
  }
}

/** Trunks by media id and their price: each an assembly, base + per metre of its ordered length. */
export function trunkTotals(sp: StructuredPlan): { byMedia: Record<string, number>; usd: number; unpriced: Set<string>; used: Media[] } {
  const byMedia: Record<string, number> = {};
  const unpriced = new Set<string>();
  const used = new Map<string, Media>();
  let usd = 0;
  sp.trunkMedia.forEach((m, k) => {
    if (!m) return;
    byMedia[m.id] = (byMedia[m.id] ?? 0) + 1;
    used.set(m.id, m);
    const price = assemblyCostUsd(m, orderedLengthMm(sp.trunkMm[k]!, m));
    if (price == null) unpriced.add(m.id);
    else usd += price;
  });
  return { byMedia, usd, unpriced, used: [...used.values()] };
}
