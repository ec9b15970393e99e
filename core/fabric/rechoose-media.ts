// After a generated fabric is routed: each cable whose routed length the estimated media does not
// reach (or has no stock length for) gets the routing engine's choice for its routed length
// (cached per pair of port kinds and 0.5 m, rounded up); the check session re-routes and
// re-checks just those. The plan's media is updated too, so its summary can count what is written.
import type { CheckSession } from '../checks/session.js';
import type { Cable, Id, Media } from '../model/entities.js';
import { orderedLengthMm } from '../routing/link.js';
import { chooseMedia, type MediaOption } from '../routing/media-choice.js';
import { devicePorts, type FabricPlan } from './plan.js';

/** Link i's cable (a structured link's a-end jumper) has id `firstId` + i in the session. */
export function rechooseMedia(plan: FabricPlan, firstId: Id, session: CheckSession, media: readonly Media[]): { changed: number; notFound: number } {
  const byId = new Map(media.map((m) => [m.id, m]));
  const policy = plan.inputs.mediaPolicy ?? session.settings.mediaPolicy;
  const t = plan.arch.topo;
  const cache = new Map<string, MediaOption | null>();
  const changed: Cable[] = [];
  let notFound = 0;
  const structured = plan.structured?.trunkOf;
  for (let i = 0; i < t.linkCount; i++) {
    // a structured link's jumper is not its channel: the channel's reach is checked by the rules
    if (structured && structured[i]! >= 0) continue;
    const id = firstId + i;
    const routed = session.routeOf(id)?.routedMm;
    if (routed == null) continue;
    const cur = plan.media[i] ?? null;
    const cable = cur?.mediaId ? (byId.get(cur.mediaId) ?? null) : null;
    if (cur !== null && cur.reachM * 1000 >= routed && (!cable || orderedLengthMm(routed, cable) !== null)) continue;
    const pa = devicePorts(plan, t.devices[t.a[i]!]!.role)[plan.portA[i]!]!;
    const pb = devicePorts(plan, t.devices[t.b[i]!]!.role)[plan.portB[i]!]!;
    const bucket = Math.ceil(routed / 500) * 500;
    const key = `${pa.formFactor}|${pa.speedGbps}|${pa.lanes}#${pb.formFactor}|${pb.speedGbps}|${pb.lanes}#${bucket}`;
    let m = cache.get(key);
    if (m === undefined) {
      m = chooseMedia(media, pa, pb, bucket, policy).choice;
      cache.set(key, m);
    }
    if (!m) {
      notFound++;
      continue;
    }
    plan.media[i] = m;
    changed.push({ ...session.world.cables.get(id)!, mediaId: m.mediaId, opticA: m.opticA, opticB: m.opticB });
  }
  if (changed.length) session.applyPatch({ put: { cable: changed }, del: {} });
  return { changed: changed.length, notFound };
}
