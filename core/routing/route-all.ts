// Routes every cable of a snapshot, choosing media first where asked. Pure: returns the results
// and the media decisions; the caller writes them (db/routing-store.ts, an undoable edit).
import type { Cable, Id, Media, ProjectSnapshot } from '../model/entities.js';
import { hasAnyMedia, resolveLink } from './link.js';
import { chooseMedia, type MediaChoice, type MediaPolicy } from './media-choice.js';
import { Router, type CableRoute } from './router.js';
import { buildWorld, PortSpecs } from './world.js';
import { channelsOver } from './links.js';
import { channelCables, chooseChannelsMedia, linkChooser } from './route-channels.js';

export type AutoMedia = 'none' | 'missing' | 'all';

export interface MediaDecision {
  cableId: Id;
  label: string;
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  reason: string;
}

export interface RoutingPlan {
  routes: CableRoute[];
  /** Cables whose media should change. */
  media: MediaDecision[];
  /** Cables the chooser was asked about and found nothing for, with why. */
  notFound: { cableId: Id; label: string; reason: string }[];
}

export interface RoutingOptions {
  autoMedia?: AutoMedia;
  policy?: MediaPolicy;
  onProgress?: (done: number, total: number) => void;
}

export function planRouting(snapshot: ProjectSnapshot, opts: RoutingOptions = {}): RoutingPlan {
  const world = buildWorld(snapshot);
  const router = new Router(world);
  const specs = new PortSpecs(world);
  const policy = opts.policy ?? snapshot.settings.mediaPolicy;
  const auto = opts.autoMedia ?? 'none';
  const routes: CableRoute[] = [];
  const media: MediaDecision[] = [];
  const notFound: RoutingPlan['notFound'] = [];
  const total = snapshot.cables.length;
  const step = Math.max(1, Math.floor(total / 100));
  // a structured channel's jumpers and trunk are chosen for as one (route-channels.ts)
  // (a hall without panel ports has none: no link index to build)
  const channels = auto === 'none' || !snapshot.ports.some((p) => p.kind !== 'interface') ? null : channelsOver(snapshot, world);
  const inChannel = channels ? channelCables(channels) : new Set<Id>();
  snapshot.cables.forEach((cable, i) => {
    let c: Cable = cable;
    let r = router.route(c);
    const wants = !inChannel.has(c.id) && (auto === 'all' || (auto === 'missing' && !hasAnyMedia(resolveLink(c, world.media))));
    if (wants && r.routedMm != null) {
      const choice = chooseFor(world.media, specs, c, c.lengthMm ?? r.routedMm, policy);
      if (choice?.choice) {
        const o = choice.choice;
        if (o.mediaId !== c.mediaId || o.opticA !== c.opticA || o.opticB !== c.opticB) {
          media.push({ cableId: c.id, label: c.label, mediaId: o.mediaId, opticA: o.opticA, opticB: o.opticB, reason: choice.reason });
          c = { ...c, mediaId: o.mediaId, opticA: o.opticA, opticB: o.opticB };
          r = router.route(c);
        }
      } else if (choice) notFound.push({ cableId: c.id, label: c.label, reason: choice.reason });
    }
    routes.push(r);
    if (opts.onProgress && (i % step === 0 || i === total - 1)) opts.onProgress(i + 1, total);
  });
  if (channels && inChannel.size && auto !== 'none') {
    const byId = new Map(routes.map((r) => [r.cableId, r]));
    const ch = chooseChannelsMedia({ world, specs, router, channels, catalog: catalogList(world.media), policy, auto, routes: byId });
    media.push(...ch.media);
    notFound.push(...ch.notFound);
    return { routes: routes.map((r) => byId.get(r.cableId)!), media, notFound };
  }
  return { routes, media, notFound };
}

function chooseFor(catalog: ReadonlyMap<string, Media>, specs: PortSpecs, c: Cable, lengthMm: number, policy: MediaPolicy): MediaChoice | null {
  const a = specs.of(c.aPortId);
  const b = specs.of(c.bPortId);
  if (!a || !b) return null;
  return chooseMedia(catalogList(catalog), a, b, lengthMm, policy);
}

// chooseMedia caches candidates per catalog array: keep one array per catalog map.
const lists = new WeakMap<ReadonlyMap<string, unknown>, Media[]>();
function catalogList(m: ReadonlyMap<string, Media>) {
  let l = lists.get(m);
  if (!l) lists.set(m, (l = [...m.values()]));
  return l;
}

/** A jumper's media chosen with its channel: its own part and every jumper that changes. */
export interface ChannelPick {
  chosen: boolean;
  own: Pick<Cable, 'mediaId' | 'opticA' | 'opticB'>;
  decisions: MediaDecision[];
  reason: string;
}

/**
 * Chooses media for one cable of a snapshot (for the inspector): the route, the choice and why. A
 * jumper of a structured channel is chosen with its channel (`channel`: both jumpers' new media,
 * to be set together); a trunk is not chosen for (its reason says why).
 */
export function chooseMediaForCable(snapshot: ProjectSnapshot, cableId: Id, policy?: MediaPolicy): { route: CableRoute; choice: MediaChoice; channel?: ChannelPick } | null {
  const world = buildWorld(snapshot);
  const c = world.cables.get(cableId);
  if (!c) return null;
  const router = new Router(world);
  const route = router.route(c);
  const none = (reason: string): MediaChoice => ({ choice: null, fitting: 0, reason });
  if (route.routedMm == null) return { route, choice: none(`the cable cannot be routed: ${route.problem}`) };
  const specs = new PortSpecs(world);
  const pol = policy ?? snapshot.settings.mediaPolicy;
  const onPanel = (portId: Id) => (world.ports.get(portId)?.kind ?? 'interface') !== 'interface';
  if (onPanel(c.aPortId) || onPanel(c.bPortId)) {
    const channels = channelsOver(snapshot, world);
    const links = channels.through(cableId).filter((l) => l.cables.length > 1);
    const l = links[0];
    if (links.length > 1) return { route, choice: none(`${c.label} carries ${links.length} links: its media is its fibre type and count; a link's transceivers and cords are chosen on its jumpers`) };
    if (l && l.cables[0] !== cableId && l.cables[l.cables.length - 1] !== cableId) {
      return { route, choice: none(`${c.label} runs between panels in its link's channel: the link's transceivers and cords are chosen on the jumpers at its ends`) };
    }
    if (l) {
      const routes = new Map(l.cables.map((id) => [id, router.route(world.cables.get(id)!)]));
      const r = linkChooser({ world, specs, router, channels, catalog: catalogList(world.media), policy: pol, routes })(l);
      const own = r.decisions.find((d) => d.cableId === cableId) ?? c;
      const reason = !r.chosen ? r.reason : r.decisions.length ? `for its channel: ${r.reason}` : `its channel has it already: ${r.reason}`;
      return { route: routes.get(cableId)!, choice: none(reason), channel: { chosen: r.chosen, own: { mediaId: own.mediaId, opticA: own.opticA, opticB: own.opticB }, decisions: r.decisions, reason } };
    }
  }
  const choice = chooseFor(world.media, specs, c, c.lengthMm ?? route.routedMm, pol);
  return { route, choice: choice ?? none('a port of the cable does not exist') };
}
