// A link's channel as the editor shows it: hop by hop (cable, panel pass, cable ...) with each
// cable's length and role, the channel's length, mated pairs and insertion loss against the
// optics' budget (the same computation as the channel-loss rule), and the objects to light.
import type { Cable, Id } from '../model/entities.js';
import { junctionsOf, type Link } from '../routing/channel.js';
import { resolveLink } from '../routing/link.js';
import { channelLossOf } from './channel-loss.js';
import { bareCpo } from './link-parts.js';
import type { CheckContext } from './types.js';

export type CableRole = 'direct' | 'jumper' | 'trunk' | 'cross-connect';

export interface ChannelCableHop {
  kind: 'cable';
  cableId: Id;
  label: string;
  role: CableRole;
  /** The routed media (trunk, cord, fibre, assembly); null when none is set. */
  media: string | null;
  /** Length as installed: fixed, else ordered, else routed, m; null when unroutable. */
  lengthM: number | null;
  routedM: number | null;
  orderedM: number | null;
  fixed: boolean;
}

export interface ChannelPanelHop {
  kind: 'panel';
  deviceId: Id;
  device: string;
  rackId: Id;
  rack: string;
  u: number;
  front: string;
  rear: string;
  position: number;
  matedPairs: number;
}

export type ChannelHop = ChannelCableHop | ChannelPanelHop;

export interface ChannelEnd {
  portId: Id;
  /** "device:port". */
  name: string;
  rack: string;
  /** The transceiver (or assembly end) plugged in there, when known; "co-packaged optics" for a
   * bare fibre in a co-packaged port. */
  optic: string | null;
}

export interface ChannelView {
  a: ChannelEnd;
  b: ChannelEnd | null;
  open: string | null;
  hops: ChannelHop[];
  /** Sum of the cables' lengths, m; null when one is unknown. */
  lengthM: number | null;
  junctions: number;
  matedPairs: number;
  splices: number;
  /** Insertion loss by the channel-loss rule's formula; null without transceivers on fibre at both ends. */
  loss: { fibreDb: number; connectorDb: number; spliceDb: number; totalDb: number; dbPerKm: number; budgetDb: number | null; budgetOptic: string | null; budgetSource: string | null; wrongFibre: string | null } | null;
  /** What to light: every cable, port (ends and panel ports), panel device and rack of the channel
   * (racks in channel order: the A end's, the panels' as passed, the B end's). */
  cables: Id[];
  ports: Id[];
  devices: Id[];
  racks: Id[];
}

const round = (x: number, d = 3) => +x.toFixed(d);
const mOf = (mm: number | null) => (mm == null ? null : round(mm / 1000));

function roleOf(ctx: CheckContext, c: Cable): CableRole {
  const kind = (id: Id) => ctx.world.ports.get(id)?.kind;
  const a = kind(c.aPortId), b = kind(c.bPortId);
  if (a === 'rear-port' && b === 'rear-port') return 'trunk';
  if (a === 'interface' && b === 'interface') return 'direct';
  if (a === 'front-port' && b === 'front-port') return 'cross-connect';
  return 'jumper';
}

function portName(ctx: CheckContext, id: Id): { name: string; rack: string; rackId: Id | null; deviceId: Id | null } {
  const p = ctx.world.ports.get(id);
  const d = p ? ctx.world.devices.get(p.deviceId) : undefined;
  const r = d ? ctx.world.racks.get(d.rackId) : undefined;
  return { name: `${d?.name ?? '?'}:${p?.name ?? id}`, rack: r?.name ?? '?', rackId: r?.id ?? null, deviceId: d?.id ?? null };
}

/** One link's channel for the editor. */
export function channelView(ctx: CheckContext, link: Link): ChannelView {
  const racks = new Set<Id>();
  const devices = new Set<Id>();
  const ports = new Set<Id>([link.a]);
  if (link.b !== null) ports.add(link.b);
  const end = (portId: Id, cable: Cable | undefined): ChannelEnd => {
    const n = portName(ctx, portId);
    if (n.rackId != null) racks.add(n.rackId);
    const parts = cable ? resolveLink(cable, ctx.world.media) : null;
    const own = parts ? (cable!.aPortId === portId ? parts.opticA : parts.opticB) : null;
    const optic = parts ? own ?? (parts.cable && parts.cable.kind !== 'fiber' ? parts.cable : null) : null;
    const cpo = parts && !optic && bareCpo(ctx, parts, own, portId);
    return { portId, name: n.name, rack: n.rack, optic: optic?.id ?? (cpo ? 'co-packaged optics' : null) };
  };
  const cables = link.cables.map((id) => ctx.world.cables.get(id));
  // racks in channel order: the A end's, the panels' as passed, the B end's
  const a = end(link.a, cables[0]);
  const hops: ChannelHop[] = [];
  let total: number | null = 0;
  const passes = ctx.channels.passes(link);
  link.cables.forEach((id, i) => {
    const c = cables[i];
    const r = ctx.routeOf(id);
    const len = ctx.cableLengthMm(id);
    total = total == null || len == null ? null : total + len;
    if (c) {
      ports.add(c.aPortId).add(c.bPortId);
      const parts = resolveLink(c, ctx.world.media);
      hops.push({
        kind: 'cable', cableId: id, label: c.label, role: roleOf(ctx, c), media: parts.cable?.id ?? c.mediaId,
        lengthM: mOf(len), routedM: mOf(r?.routedMm ?? null), orderedM: mOf(r?.orderedMm ?? null), fixed: c.lengthMm != null,
      });
    }
    const pass = passes[i];
    if (!pass) return;
    const d = ctx.world.devices.get(pass.deviceId);
    const rack = d ? ctx.world.racks.get(d.rackId) : undefined;
    if (d) devices.add(d.id);
    if (rack) racks.add(rack.id);
    ports.add(pass.front).add(pass.rear);
    hops.push({
      kind: 'panel', deviceId: pass.deviceId, device: d?.name ?? '?', rackId: rack?.id ?? 0, rack: rack?.name ?? '?', u: d?.u ?? 0,
      front: ctx.world.ports.get(pass.front)?.name ?? '', rear: ctx.world.ports.get(pass.rear)?.name ?? '', position: pass.position, matedPairs: pass.matedPairs,
    });
  });
  const l = channelLossOf(ctx, link);
  const b = link.b === null ? null : end(link.b, cables[cables.length - 1]);
  return {
    a, b, open: link.open, hops,
    lengthM: mOf(total),
    junctions: junctionsOf(link),
    matedPairs: passes.reduce((n, p) => n + p.matedPairs, 0),
    splices: l?.splices ?? 0,
    loss: l && {
      fibreDb: round(l.fibreDb), connectorDb: round(l.connectorDb), spliceDb: round(l.spliceDb), totalDb: round(l.lossDb), dbPerKm: l.dbPerKm,
      budgetDb: l.budget?.db ?? null, budgetOptic: l.budget?.optic ?? null, budgetSource: l.budget?.source ?? null, wrongFibre: l.wrongFibre?.id ?? null,
    },
    cables: link.cables.slice(),
    ports: [...ports],
    devices: [...devices],
    racks: [...racks],
  };
}

/** The links through a cable, or ending at / passing a port (a panel port: through its cables). */
export function linksAt(ctx: CheckContext, ref: { cableId?: Id; portId?: Id }): Link[] {
  if (ref.cableId != null) return ctx.channels.through(ref.cableId);
  if (ref.portId == null) return [];
  const p = ctx.world.ports.get(ref.portId);
  if (!p) return [];
  if (p.kind === 'interface') return ctx.channels.atPort(p.id);
  const seen = new Set<number>();
  const out: Link[] = [];
  for (const c of ctx.cablesOnPort(p.id)) {
    for (const l of ctx.channels.through(c)) {
      if (seen.has(l.id)) continue;
      seen.add(l.id);
      out.push(l);
    }
  }
  return out;
}
