// The editor's channel view: the links through a cable or at a port, traced by the kept check
// session when it is current (so lengths and loss are the ones the checks use after the latest
// edit), else by one over the cable's or port's part of the project (view-session.ts).
import type { ChannelsResult } from '../../core/api/routing.js';
import { channelView, linksAt } from '../../core/checks/channel-view.js';
import { ApiError } from '../../core/model/errors.js';
import type { Id } from '../../core/model/entities.js';
import { viewSession } from './view-session.js';
import type { ProjectDb } from './project.js';

export function channelsAt(db: ProjectDb, ref: { cableId?: Id; portId?: Id }, limit: number): ChannelsResult {
  const s = viewSession(db, ref);
  if (ref.cableId != null && !s.world.cables.has(ref.cableId)) throw new ApiError('not-found', `cable ${ref.cableId} does not exist`, 'cableId');
  if (ref.portId != null && !s.world.ports.has(ref.portId)) throw new ApiError('not-found', `port ${ref.portId} does not exist`, 'portId');
  const links = linksAt(s, ref);
  // a trunk's links in the order of their positions at its a end, else by a-end port
  const first = (l: (typeof links)[number]) => l.panels[2] ?? 0;
  const sorted = links.slice().sort((x, y) => first(x) - first(y) || x.a - y.a);
  return { links: sorted.slice(0, limit).map((l) => channelView(s, l)), total: links.length };
}
