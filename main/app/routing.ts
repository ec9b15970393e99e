// Routing: every cable over the trays (optionally choosing media), one cable's media choice, and
// one cable's route for the inspector.
import type { CableRouteResult, MediaChoiceResult, RouteAllResult, RouteCablesResult } from '../../core/api/routing.js';
import { ApiError } from '../../core/model/errors.js';
import type { Cable, Id } from '../../core/model/entities.js';
import { mOrNull } from '../../core/model/units.js';
import { chooseMediaForCable, planRouting } from '../../core/routing/route-all.js';
import { routeTotals } from '../../core/routing/totals.js';
import { linkRows, type LinkRow } from '../../core/routing/links.js';
import { Router } from '../../core/routing/router.js';
import { applyEdit } from '../../db/edits.js';
import { routeChanged, writeRoutes, type RoutedRow } from '../../db/routing-store.js';
import { readRoutingWorld } from '../../db/local-hall.js';
import { dataStateKey, loadSnapshot } from '../../db/snapshot.js';
import { forgetChecks, noteDerivedWrite } from './checks.js';
import { viewSession } from './view-session.js';
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

/**
 * Routes a few cables (drawn or re-ended by an edit) from the rows they need alone and stores the
 * routes that changed (derived data: no undo step). A kept check session is left as it is: the
 * renderer asks this only while no checks run, and a session's next update re-routes by itself.
 */
export function routeCables(db: ProjectDb, ids: readonly Id[]): RouteCablesResult {
  const before = dataStateKey(db);
  const { cables, world } = readRoutingWorld(db, ids);
  const router = new Router(world);
  const rows: RoutedRow[] = [];
  const changed: Cable[] = [];
  let routed = 0;
  for (const c of cables) {
    const r = router.route(c);
    if (r.routedMm != null) routed++;
    const row = { id: c.id, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    if (!routeChanged(c, row)) continue;
    rows.push(row);
    // (a route read from its class, as an in-rack one is: copied field by field, see router.ts)
    changed.push({ ...c, routedMm: row.routedMm, orderedMm: row.orderedMm, route: row.route && [...row.route] });
  }
  writeRoutes(db, rows);
  noteDerivedWrite(db, before);
  const found = new Set(cables.map((c) => c.id));
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  return { routed, unroutable: cables.length - routed, missing, ...(changed.length ? { routes: { put: { cable: changed }, del: {} } } : {}) };
}

/** The media the routing engine would choose for one cable on its routed length (nothing written). */
export function chooseCableMedia(db: ProjectDb, cableId: Id, policy?: 'cheapest' | 'power'): MediaChoiceResult {
  const out = chooseMediaForCable(loadSnapshot(db), cableId, policy);
  if (!out) throw new ApiError('not-found', `cable ${cableId} does not exist`, 'cableId');
  const ch = out.channel;
  if (ch) {
    // a jumper: its part of its channel's choice, and both jumpers' changes to set together
    return {
      cableId,
      routedM: mOrNull(out.route.routedMm),
      mediaId: ch.chosen ? ch.own.mediaId : null,
      opticA: ch.chosen ? ch.own.opticA : null,
      opticB: ch.chosen ? ch.own.opticB : null,
      orderedM: mOrNull(out.route.orderedMm),
      costUsd: null,
      powerW: null,
      reason: ch.reason,
      channel: ch.decisions.map((d) => ({ cableId: d.cableId, label: d.label, mediaId: d.mediaId, opticA: d.opticA, opticB: d.opticB })),
    };
  }
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
  const s = viewSession(db, { cableId });
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
