// Media for structured channels when routing chooses media. A jumper or a trunk is not a
// point-to-point cable: asked alone, the chooser found nothing that fits an OSFP cage and an MPO
// panel port and reported every jumper of a structured hall as a failure. Its link's transceivers
// and cords are chosen for the whole channel instead (chooseChannelMedia, as the generator does),
// on the trunk the link already runs on: the trunk is shared by a dozen links and stays as it is.
import type { Cable, Id, Media } from '../model/entities.js';
import type { Channels, Link } from './channel.js';
import { connectorFamily } from './channel-index.js';
import { specKey, type PortSpec } from './compat.js';
import { assemblyCostUsd, hasAnyMedia, resolveLink } from './link.js';
import { chooseChannelMedia, type ChannelTrunks, type MediaPolicy } from './media-choice.js';
import type { CableRoute, Router } from './router.js';
import type { MediaDecision, RoutingPlan } from './route-all.js';
import type { PortSpecs, World } from './world.js';

const half = (mm: number) => Math.ceil(mm / 500) * 500;
/** A jumper cord's links continue on a trunk of the same fibre class and connector (MTP is MPO). */
const cordFitsTrunk = (cord: Media, trunk: Media) => !!cord.fiber && cord.fiber === trunk.fiber && connectorFamily(cord.formFactor) === connectorFamily(trunk.formFactor);

/** Whether a link is a structured channel (or the start of one): more than one cable, or one
 * that stops short at a panel. Its cables are not chosen for alone. */
const inChannel = (l: Link) => l.cables.length > 1 || l.b === null;

/** Cables of structured channels (jumpers, trunks, a jumper to a panel with no trunk yet). */
export function channelCables(channels: Channels): Set<Id> {
  const out = new Set<Id>();
  for (const l of channels.all()) if (inChannel(l)) for (const id of l.cables) out.add(id);
  return out;
}

interface ChannelContext {
  world: World;
  specs: PortSpecs;
  router: Router;
  channels: Channels;
  catalog: readonly Media[];
  policy: MediaPolicy;
  /** 'all': every channel; 'missing': channels whose jumpers have no media at all. */
  auto: 'missing' | 'all';
  routes: Map<Id, CableRoute>;
}

/**
 * Decisions for the cords of each structured channel (jumper -> trunk -> jumper, or through more
 * trunks with a cross-connect cord between each two): its optics on the jumpers' interface ends,
 * its cord on every cord, and the routes of the cords that changed. Channels over harness legs
 * keep their media and are listed as not chosen.
 */
export function chooseChannelsMedia(x: ChannelContext): Pick<RoutingPlan, 'media' | 'notFound'> {
  const media: MediaDecision[] = [];
  const notFound: RoutingPlan['notFound'] = [];
  const one = linkChooser(x);
  for (const l of x.channels.all()) {
    if (!inChannel(l)) continue;
    const first = x.world.cables.get(l.cables[0]!)!;
    if (x.auto === 'missing') {
      // the cords: every other cable from the first (trunks between), or the one jumper of an open channel
      const cords = l.cables.filter((_, i) => i % 2 === 0).map((id) => x.world.cables.get(id)!);
      const has = cords.map((c) => hasAnyMedia(resolveLink(c, x.world.media)));
      if (has.every(Boolean)) continue;
      if (l.b === null) {
        notFound.push({ cableId: first.id, label: first.label, reason: `the channel stops short: ${l.open}` });
        continue;
      }
      // a cord chosen by hand: not overwritten, and not left unsaid
      if (has.some(Boolean)) {
        const set = cords[has.indexOf(true)]!;
        const bare = cords[has.indexOf(false)]!;
        const where = cords.length === 2 ? "at the channel's other end" : 'in its channel';
        notFound.push({ cableId: bare.id, label: bare.label, reason: `${set.label} ${where} has media and ${bare.label} none: reconsider all media to choose the channel as a whole, or give ${bare.label} ${set.label}'s cord${cords.length === 2 ? ` and a transceiver that pairs with ${set.label}'s` : ''}` });
        continue;
      }
    }
    const r = one(l);
    if (r.chosen) media.push(...r.decisions);
    else notFound.push({ cableId: first.id, label: first.label, reason: r.reason });
  }
  return { media, notFound };
}

export interface LinkChoice {
  /** False when nothing was chosen (the reason says why). */
  chosen: boolean;
  /** The jumpers whose media changes (none when the channel already has the choice). */
  decisions: MediaDecision[];
  reason: string;
}

/** Chooses one channel's media (answers cached by kind of channel, for a hall's links in turn). */
export function linkChooser(x: Omit<ChannelContext, 'auto'>): (l: Link) => LinkChoice {
  const cache = new Map<string, ReturnType<typeof chooseChannelMedia>>();
  const keys = new Map<PortSpec, string>();
  const specId = (p: PortSpec) => keys.get(p) ?? (keys.set(p, specKey(p)), keys.get(p)!);
  return (l) => {
    const n = l.cables.length;
    const cables = new Array<Cable>(n);
    for (let i = 0; i < n; i++) cables[i] = x.world.cables.get(l.cables[i]!)!;
    const why = l.b === null ? `the channel stops short: ${l.open}` : shapeProblem(l, cables, x.world);
    if (why) return { chosen: false, decisions: [], reason: why };
    // cords at even places (the jumpers at both ends, cross-connect cords between), trunks at odd
    // (plain loops: asked of each of a 32k structured hall's 98,304 links)
    let trunkMm = 0;
    let jumperMm = 0;
    let key = '';
    for (let i = 0; i < n; i++) {
      const r = x.routes.get(cables[i]!.id);
      if (r?.routedMm == null) return { chosen: false, decisions: [], reason: 'a cable of the channel cannot be routed' };
      if (i % 2 === 1) {
        trunkMm += r.orderedMm ?? r.routedMm;
        key += `${cables[i]!.mediaId}#${r.orderedMm ?? r.routedMm}#${x.channels.countThrough(cables[i]!.id)}#`;
      } else {
        jumperMm = Math.max(jumperMm, r.routedMm);
        key += `${half(r.routedMm)}#`;
      }
    }
    const a = x.specs.of(l.a);
    const b = x.specs.of(l.b!);
    if (!a || !b) return { chosen: false, decisions: [], reason: 'an end port of the channel does not exist' };
    const cords = (n + 1) / 2;
    // first on the cords rounded up to half a metre (cords' usual steps), then again on the
    // chosen cord's stock lengths if they outgrow its reach: the reach rule sums ordered lengths.
    // (the same question comes back for most links of a hall: asked once per kind of channel)
    key = `${specId(a)}#${specId(b)}#${key}${jumperMm}`;
    let c = cache.get(key);
    if (!c) {
      const via = channelTrunks(x, cables);
      let cordsMm = 0;
      for (let i = 0; i < n; i += 2) cordsMm += half(x.routes.get(cables[i]!.id)!.routedMm!);
      c = chooseChannelMedia(x.catalog, a, b, cordsMm + trunkMm, jumperMm, x.policy, via);
      if (c.choice && c.choice.orderedMm != null && cords * c.choice.orderedMm + trunkMm > c.choice.reachM * 1000) {
        c = chooseChannelMedia(x.catalog, a, b, cords * c.choice.orderedMm + trunkMm, jumperMm, x.policy, via);
      }
      cache.set(key, c);
    }
    const o = c.choice;
    if (!o) return { chosen: false, decisions: [], reason: `channel on ${cables.filter((_, i) => i % 2 === 1).map((t) => t.label).join(' + ')}: ${c.reason}` };
    // the cord on every cord; each jumper's optic on its interface end (the link's a at the first, b at the last)
    const decisions: MediaDecision[] = [];
    for (let i = 0; i < n; i += 2) {
      const j = cables[i]!;
      const port = i === 0 ? l.a : i === n - 1 ? l.b! : null;
      const optic = i === 0 ? o.opticA : o.opticB;
      const next = { mediaId: o.mediaId, opticA: j.aPortId === port ? optic : null, opticB: j.bPortId === port ? optic : null };
      if (next.mediaId === j.mediaId && next.opticA === j.opticA && next.opticB === j.opticB) continue;
      decisions.push({ cableId: j.id, label: j.label, ...next, reason: c.reason });
      x.routes.set(j.id, x.router.route({ ...j, ...next }));
    }
    return { chosen: true, decisions, reason: c.reason };
  };
}

/** The trunks a channel's cords continue on, and the link's share of their prices. */
function channelTrunks(x: Omit<ChannelContext, 'auto'>, cables: readonly Cable[]): ChannelTrunks {
  const trunks = cables.filter((_, i) => i % 2 === 1);
  const media = trunks.map((t) => x.world.media.get(t.mediaId!)!);
  let share: number | null | undefined; // (asked once per candidate: worked out once)
  return {
    trunkFor: (cord) => (media.every((t) => cordFitsTrunk(cord, t)) ? media[0]! : null),
    shareUsd: () => {
      if (share !== undefined) return share;
      share = 0;
      for (let i = 0; i < trunks.length && share != null; i++) {
        const r = x.routes.get(trunks[i]!.id)!;
        const usd = assemblyCostUsd(media[i]!, r.orderedMm ?? r.routedMm!);
        share = usd == null ? null : share + usd / Math.max(1, x.channels.countThrough(trunks[i]!.id));
      }
      return share;
    },
    ...(media.length > 1 ? { chain: media } : {}),
  };
}

/** Why a channel is not one this chooser handles; null for jumper -> trunk -> jumper (or through
 * more trunks, a cross-connect cord between each two) with trunks of known media. */
function shapeProblem(l: Link, cables: Cable[], world: World): string | null {
  if (l.legs.length) return `a channel of ${cables.length} cables with harness legs: its media is kept (only channels of cords and trunks are chosen as a whole)`;
  // (two panel passes: the middle cable joins them; longer chains are drawn by hand, and checked)
  if (cables.length === 3) return trunkProblem(cables[1]!, world);
  const rear = (id: Id) => world.ports.get(id)?.kind === 'rear-port';
  for (let i = 0; i < cables.length; i++) {
    const c = cables[i]!;
    // a trunk joins two rear ports; a cord (jumper or cross-connect) joins no rear port
    const trunk = rear(c.aPortId) && rear(c.bPortId);
    if (trunk !== (i % 2 === 1) || (!trunk && (rear(c.aPortId) || rear(c.bPortId)))) {
      return `a channel of ${cables.length} cables in an order it does not know (${c.label} at place ${i + 1}): its media is kept (only jumper -> trunk -> jumper channels, with cross-connects between trunks, are chosen as a whole)`;
    }
    const why = trunk && trunkProblem(c, world);
    if (why) return why;
  }
  return cables.length % 2 === 1 ? null : `a channel of ${cables.length} cables ending on a trunk: its media is kept`;
}

const trunkProblem = (t: Cable, world: World) => (t.mediaId && world.media.get(t.mediaId) ? null : `its trunk ${t.label} has no media: give it its fibre type and count first`);
