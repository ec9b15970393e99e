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
import { chooseChannelMedia, type MediaPolicy } from './media-choice.js';
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
 * Decisions for the jumpers of each jumper -> trunk -> jumper channel (its optics on the jumpers'
 * interface ends, its cord on both), and the routes of the jumpers whose cord changed. Channels of
 * another shape (through two trunks, harness legs) keep their media and are listed as not chosen.
 */
export function chooseChannelsMedia(x: ChannelContext): Pick<RoutingPlan, 'media' | 'notFound'> {
  const media: MediaDecision[] = [];
  const notFound: RoutingPlan['notFound'] = [];
  const one = linkChooser(x);
  for (const l of x.channels.all()) {
    if (!inChannel(l)) continue;
    const jumpers = [x.world.cables.get(l.cables[0]!)!, x.world.cables.get(l.cables[l.cables.length - 1]!)!];
    if (x.auto === 'missing') {
      const has = jumpers.map((c) => hasAnyMedia(resolveLink(c, x.world.media)));
      if (has[0] && has[1]) continue;
      if (l.b === null) {
        notFound.push({ cableId: jumpers[0]!.id, label: jumpers[0]!.label, reason: `the channel stops short: ${l.open}` });
        continue;
      }
      // one end chosen by hand: not overwritten, and not left unsaid
      if (has[0] || has[1]) {
        const [set, bare] = has[0] ? jumpers : [jumpers[1]!, jumpers[0]!];
        notFound.push({ cableId: bare!.id, label: bare!.label, reason: `${set!.label} at the channel's other end has media and ${bare!.label} none: reconsider all media to choose the channel as a whole, or give ${bare!.label} ${set!.label}'s cord and a transceiver that pairs with ${set!.label}'s` });
        continue;
      }
    }
    const r = one(l);
    if (r.chosen) media.push(...r.decisions);
    else notFound.push({ cableId: jumpers[0]!.id, label: jumpers[0]!.label, reason: r.reason });
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
    const cables = l.cables.map((id) => x.world.cables.get(id)!);
    const why = l.b === null ? `the channel stops short: ${l.open}` : shapeProblem(l, cables, x.world.media);
    if (why) return { chosen: false, decisions: [], reason: why };
    const trunk = cables[1]!;
    const trunkMedia = x.world.media.get(trunk.mediaId!)!;
    const routed = cables.map((c) => x.routes.get(c.id)?.routedMm ?? null);
    if (routed.some((r) => r == null)) return { chosen: false, decisions: [], reason: 'a cable of the channel cannot be routed' };
    const trunkMm = x.routes.get(trunk.id)?.orderedMm ?? routed[1]!;
    const a = x.specs.of(l.a);
    const b = x.specs.of(l.b!);
    if (!a || !b) return { chosen: false, decisions: [], reason: 'an end port of the channel does not exist' };
    const jumperMm = Math.max(routed[0]!, routed[2]!);
    const links = x.channels.countThrough(trunk.id);
    // first on the jumpers rounded up to half a metre (cords' usual steps), then again on the
    // chosen cord's stock lengths if they outgrow its reach: the reach rule sums ordered lengths.
    // (the same question comes back for most links of a hall: asked once per kind of channel)
    const key = `${specId(a)}#${specId(b)}#${trunkMedia.id}#${trunkMm}#${links}#${half(routed[0]!)}#${half(routed[2]!)}#${jumperMm}`;
    let c = cache.get(key);
    if (!c) {
      const trunks = {
        trunkFor: (cord: Media) => (cordFitsTrunk(cord, trunkMedia) ? trunkMedia : null),
        shareUsd: (m: Media) => {
          const usd = assemblyCostUsd(m, trunkMm);
          return usd == null ? null : usd / Math.max(1, links);
        },
      };
      c = chooseChannelMedia(x.catalog, a, b, half(routed[0]!) + trunkMm + half(routed[2]!), jumperMm, x.policy, trunks);
      if (c.choice && c.choice.orderedMm != null && 2 * c.choice.orderedMm + trunkMm > c.choice.reachM * 1000) {
        c = chooseChannelMedia(x.catalog, a, b, 2 * c.choice.orderedMm + trunkMm, jumperMm, x.policy, trunks);
      }
      cache.set(key, c);
    }
    const o = c.choice;
    if (!o) return { chosen: false, decisions: [], reason: `channel on ${trunk.label}: ${c.reason}` };
    // each jumper's optic on its interface end (the link's a at the first, b at the last)
    const decisions: MediaDecision[] = [];
    const ends: [Cable, Id, string | null][] = [[cables[0]!, l.a, o.opticA], [cables[2]!, l.b!, o.opticB]];
    for (const [j, port, optic] of ends) {
      const next = { mediaId: o.mediaId, opticA: j.aPortId === port ? optic : null, opticB: j.bPortId === port ? optic : null };
      if (next.mediaId === j.mediaId && next.opticA === j.opticA && next.opticB === j.opticB) continue;
      decisions.push({ cableId: j.id, label: j.label, ...next, reason: c.reason });
      x.routes.set(j.id, x.router.route({ ...j, ...next }));
    }
    return { chosen: true, decisions, reason: c.reason };
  };
}

/** Why a channel is not one this chooser handles; null for jumper -> trunk -> jumper with a trunk of known media. */
function shapeProblem(l: Link, cables: Cable[], media: ReadonlyMap<string, Media>): string | null {
  if (cables.length !== 3 || l.legs.length) return `a channel of ${cables.length} cables${l.legs.length ? ' with harness legs' : ''}: its media is kept (only jumper -> trunk -> jumper channels are chosen as a whole)`;
  const trunk = cables[1]!;
  if (!trunk.mediaId || !media.get(trunk.mediaId)) return `its trunk ${trunk.label} has no media: give it its fibre type and count first`;
  return null;
}
