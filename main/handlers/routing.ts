// Routing and checks. The check session (routes + index of what depends on what) is kept per open
// database so that checks.update after an edit recomputes only what the edit touched.
import { ApiError } from '../../core/api/define.js';
import type { ChecksResult, RouteAllResult } from '../../core/api/routing.js';
import type { routingApi } from '../../core/api/routing.js';
import { CheckSession } from '../../core/checks/session.js';
import type { Violation } from '../../core/checks/types.js';
import type { Patch } from '../../core/model/edits.js';
import type { Cable, EntityKind, Id } from '../../core/model/entities.js';
import { planRouting } from '../../core/routing/route-all.js';
import { chooseMediaForCable } from '../../core/routing/route-all.js';
import { applyEdit } from '../../db/edits.js';
import type { Db } from '../../db/open.js';
import { routeChanged, writeRoutes, type RoutedRow } from '../../db/routing-store.js';
import { readSettings } from '../../db/settings.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { EntityStore } from '../../db/store.js';
import type { Handlers } from './types.js';

const sessions = new WeakMap<Db, CheckSession>();

const mOf = (mm: number | null) => (mm == null ? null : mm / 1000);

function result(s: CheckSession, violations: Violation[] = s.violations()): ChecksResult {
  let errors = 0;
  let warnings = 0;
  for (const v of violations) v.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings, counts: s.counts(), violations, checked: s.lastChecked };
}

function fullRun(db: Db): CheckSession {
  const s = new CheckSession(loadSnapshot(db));
  sessions.set(db, s);
  return s;
}

/** Forgets the kept check session, e.g. after routing rewrote every cable. */
export function forgetChecks(db: Db): void {
  sessions.delete(db);
}

/** Routes (and optionally chooses media) and writes the results; shared by the API and the CLI. */
export function routeProject(
  db: Db,
  args: { autoMedia: 'none' | 'missing' | 'all'; policy?: 'cheapest' | 'power'; details: boolean },
  progress: (phase: string, done: number, total: number) => void = () => {},
): RouteAllResult {
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
  let routed = 0;
  let unroutable = 0;
  let totalMm = 0;
  let orderedMm = 0;
  for (const r of plan.routes) {
    if (r.routedMm == null) unroutable++;
    else {
      routed++;
      totalMm += r.routedMm;
    }
    orderedMm += r.orderedMm ?? 0;
    const row = { id: r.cableId, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    if (routeChanged(stored.get(r.cableId)!, row)) rows.push(row);
  }
  progress('write', 0, rows.length);
  writeRoutes(db, rows);
  progress('write', rows.length, rows.length);
  forgetChecks(db);
  const out: RouteAllResult = {
    routed,
    unroutable,
    totalLengthM: Math.round(totalMm) / 1000,
    orderedLengthM: Math.round(orderedMm) / 1000,
    mediaChosen: plan.media.length,
    mediaNotFound: plan.notFound.length,
    changed: rows.length,
  };
  if (args.details) {
    const mediaOf = new Map(plan.media.map((m) => [m.cableId, m]));
    out.cables = plan.routes.map((r) => {
      const c = stored.get(r.cableId)!;
      const chosen = mediaOf.get(c.id);
      return { id: c.id, label: c.label, media: chosen ? chosen.mediaId : c.mediaId, routedM: mOf(r.routedMm), orderedM: mOf(r.orderedMm) };
    });
    out.reasons = [...plan.media.map((m) => ({ label: m.label, reason: m.reason })), ...plan.notFound.map((m) => ({ label: m.label, reason: m.reason }))];
  }
  return out;
}

/** Settings or catalog changed since the session was built (imports, price edits): rebuild. */
function stale(db: Db, s: CheckSession): boolean {
  if (JSON.stringify(readSettings(db)) !== JSON.stringify(s.settings)) return true;
  const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return count('device_types') !== s.world.types.size || count('media') !== s.world.media.size;
}

const KINDS: EntityKind[] = ['hall', 'feed', 'cdu', 'tray', 'rack', 'device', 'port', 'cable'];

export const routingHandlers: Handlers<typeof routingApi> = {
  'routing.routeAll': (ctx, args) => routeProject(ctx.project().db, args, ctx.progress),

  'routing.chooseMedia': (ctx, { cableId, policy }) => {
    const out = chooseMediaForCable(loadSnapshot(ctx.project().db), cableId, policy);
    if (!out) throw new ApiError('not-found', `cable ${cableId} does not exist`, 'cableId');
    const o = out.choice.choice;
    return {
      cableId,
      routedM: mOf(out.route.routedMm),
      mediaId: o?.mediaId ?? null,
      opticA: o?.opticA ?? null,
      opticB: o?.opticB ?? null,
      orderedM: mOf(o?.orderedMm ?? null),
      costUsd: o?.costUsd ?? null,
      powerW: o?.powerW ?? null,
      reason: out.choice.reason,
    };
  },

  'routing.cableRoute': (ctx, { cableId }) => {
    const { db } = ctx.project();
    const s = sessions.get(db) ?? fullRun(db);
    const c = s.world.cables.get(cableId);
    if (!c) throw new ApiError('not-found', `cable ${cableId} does not exist`, 'cableId');
    const r = s.routeOf(cableId)!;
    return {
      cableId,
      routedM: mOf(r.routedMm),
      orderedM: mOf(r.orderedMm),
      route: r.route,
      problem: r.problem,
      points: s.router.path(c)?.points ?? [],
    };
  },

  'checks.run': (ctx) => {
    ctx.progress('check', 0, 1);
    const s = fullRun(ctx.project().db);
    ctx.progress('check', 1, 1);
    return result(s);
  },

  'checks.update': (ctx, { touched }) => {
    const { db } = ctx.project();
    const s = sessions.get(db);
    if (!s || stale(db, s)) return result(fullRun(db));
    const store = new EntityStore(db);
    const ids = new Map<EntityKind, Set<Id>>(KINDS.map((k) => [k, new Set((touched as Partial<Record<EntityKind, Id[]>>)[k] ?? [])]));
    // A new device brings its ports; a changed port its cables.
    for (const d of ids.get('device')!) for (const p of store.idsWhere('port', 'device_id', d)) ids.get('port')!.add(p);
    for (const p of ids.get('port')!) {
      for (const c of store.idsWhere('cable', 'a_port_id', p)) ids.get('cable')!.add(c);
      for (const c of store.idsWhere('cable', 'b_port_id', p)) ids.get('cable')!.add(c);
    }
    const patch: Patch = { put: {}, del: {} };
    for (const [kind, set] of ids) {
      for (const id of set) {
        const row = store.get(kind, id);
        if (row) ((patch.put[kind] ??= []) as unknown[]).push(row);
        else ((patch.del[kind] ??= []) as Id[]).push(id);
      }
    }
    const dirty = s.applyPatch(patch);
    // Keep the stored (derived) routes of the re-routed cables current, so the plan, the inspector
    // and exports show the lengths the checks use.
    const rows: RoutedRow[] = [];
    const updated: Cable[] = [];
    for (const id of dirty.cables) {
      const c = s.world.cables.get(id);
      const r = s.routeOf(id);
      if (!c || !r) continue;
      const row = { id, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
      if (!routeChanged(c, row)) continue;
      rows.push(row);
      const next = { ...c, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
      s.world.cables.set(id, next);
      updated.push(next);
    }
    writeRoutes(db, rows);
    return { ...result(s), ...(updated.length ? { routes: { put: { cable: updated }, del: {} } } : {}) };
  },

  'checks.heat': (ctx) => {
    const { db } = ctx.project();
    const s = sessions.get(db) ?? fullRun(db);
    const racks = [...s.world.racks.values()].map((r) => ({ id: r.id, loadW: s.rackLoad(r.id).totalW, budgetW: r.powerBudgetW }));
    const trays = [...s.world.trays.values()].map((t) => {
      const f = s.trayFill(t.id);
      const max = f ? Math.max(0, ...f.areaMm2) : 0;
      return { id: t.id, maxFillPct: (100 * max) / (t.widthMm * t.depthMm), limitPct: s.settings.trayFillPct };
    });
    return { racks, trays };
  },

  'checks.forObjects': (ctx, { objects }) => {
    const { db } = ctx.project();
    const s = sessions.get(db) ?? fullRun(db);
    return result(s, s.involving(objects));
  },
};
