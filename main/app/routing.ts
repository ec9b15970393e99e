// Routing: every cable over the trays (optionally choosing media), one cable's media choice, and
// one cable's route for the inspector.
import type { CableRouteResult, MediaChoiceResult, RouteAllResult } from '../../core/api/routing.js';
import { ApiError } from '../../core/model/errors.js';
import type { Id } from '../../core/model/entities.js';
import { mOrNull } from '../../core/model/units.js';
import { chooseMediaForCable, planRouting } from '../../core/routing/route-all.js';
import { routeTotals } from '../../core/routing/totals.js';
import { linkRows, type LinkRow } from '../../core/routing/links.js';
import { applyEdit } from '../../db/edits.js';
import { routeChanged, writeRoutes, type RoutedRow } from '../../db/routing-store.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { currentCheckSession, forgetChecks } from './checks.js';
import type { ProjectDb } from './project.js';

export type Progress = (phase: string, done: number, total: number) => void;

export interface RouteArgs {
  autoMedia: 'none' | 'missing' | 'all';
  policy?: 'cheapest' | 'power';
  /** Also list every cable and every media choice's reason. */
  details: boolean;
}

/** Routes (and optionally chooses media for) every cable and writes what changed. */
export function routeProject(db: ProjectDb, args: RouteArgs, progress: Progress = () => {}): RouteAllResult {
  const snap = loadSnapshot(db);
  const plan = planRouting(snap, { autoMedia: args.autoMedia, policy: args.policy, onProgress: (d, t) => progress('route', d, t) });
  if (plan.media.length > 0) {
    applyEdit(db, {
      label: `Choose media for ${plan.media.length} cable${plan.media.length === 1 ? '' : 's'}`,
      ops: plan.media.map((m) => ({ op: 'update' as const, kind: 'cable' as const, id: m.cableId, patch: { mediaId: m.mediaId, opticA: m.opticA, opticB: m.opticB } })),
    });
  }
  const stored = new Map(snap.cables.map((c) => [c.id, c]));
  const rows: RoutedRow[] = [];
  for (const r of plan.routes) {
    const row = { id: r.cableId, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    if (routeChanged(stored.get(r.cableId)!, row)) rows.push(row);
  }
  progress('write', 0, rows.length);
  writeRoutes(db, rows);
  progress('write', rows.length, rows.length);
  forgetChecks(db);
  const out: RouteAllResult = {
    ...routeTotals(plan.routes),
    mediaChosen: plan.media.length,
    mediaNotFound: plan.notFound.length,
    changed: rows.length,
  };
  if (args.details) {
    const mediaOf = new Map(plan.media.map((m) => [m.cableId, m]));
    out.cables = plan.routes.map((r) => {
      const c = stored.get(r.cableId)!;
      const chosen = mediaOf.get(c.id);
      return { id: c.id, label: c.label, media: chosen ? chosen.mediaId : c.mediaId, routedM: mOrNull(r.routedMm), orderedM: mOrNull(r.orderedMm) };
    });
    out.reasons = [...plan.media.map((m) => ({ label: m.label, reason: m.reason })), ...plan.notFound.map((m) => ({ label: m.label, reason: m.reason }))];
  }
  return out;
}

/** The media the routing engine would choose for one cable on its routed length (nothing written). */
export function chooseCableMedia(db: ProjectDb, cableId: Id, policy?: 'cheapest' | 'power'): MediaChoiceResult {
  const out = chooseMediaForCable(loadSnapshot(db), cableId, policy);
  if (!out) throw new ApiError('not-found', `cable ${cableId} does not exist`, 'cableId');
  const o = out.choice.choice;
  return {
    cableId,
    routedM: mOrNull(out.route.routedMm),
    mediaId: o?.mediaId ?? null,
    opticA: o?.opticA ?? null,
    opticB: o?.opticB ?? null,
    orderedM: mOrNull(o?.orderedMm ?? null),
    costUsd: o?.costUsd ?? null,
    powerW: o?.powerW ?? null,
    reason: out.choice.reason,
  };
}

/** One cable's route as the check session has it, with the points to draw. */
export function cableRoute(db: ProjectDb, cableId: Id): CableRouteResult {
  const s = currentCheckSession(db);
  const c = s.world.cables.get(cableId);
  if (!c) throw new ApiError('not-found', `cable ${cableId} does not exist`, 'cableId');
  const r = s.routeOf(cableId)!;
  return {
    cableId,
    routedM: mOrNull(r.routedMm),
    orderedM: mOrNull(r.orderedMm),
    route: r.route,
    problem: r.problem,
    points: s.router.path(c)?.points ?? [],
  };
}

/** Every link's channel with its cables' lengths as stored (fixed, else ordered, else routed). */
export function linkChannels(db: ProjectDb): LinkRow[] {
  return linkRows(loadSnapshot(db), (c) => c.lengthMm ?? c.orderedMm ?? c.routedMm);
}
