// Checks. The check session (routes + index of what depends on what) is kept per open database so
// that updateChecks after an edit recomputes only what the edit touched.
import type { ChecksResult, HeatResult } from '../../core/api/routing.js';
import { CheckSession, type RuleCounts } from '../../core/checks/session.js';
import { severityCounts } from '../../core/checks/severity.js';
import type { CheckObject, Violation } from '../../core/checks/types.js';
import type { Cable, EntityKind, Id } from '../../core/model/entities.js';
import { catalogCounts, changesSoFar } from '../../db/counts.js';
import { routeChanged, storedRoutes, writeRoutes, type RoutedRow } from '../../db/routing-store.js';
import { readSettings } from '../../db/settings.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { touchedPatch } from '../../db/touched.js';
import type { ProjectDb } from './project.js';

const sessions = new WeakMap<ProjectDb, CheckSession>();
/** The connection's change count when each kept session was last brought up to date. */
const upTo = new WeakMap<ProjectDb, number>();

function result(s: CheckSession, violations: Violation[] = s.violations()): ChecksResult {
  return { ...severityCounts(violations), counts: s.counts(), violations, checked: s.lastChecked };
}

function fullRun(db: ProjectDb): CheckSession {
  // (the session routes every cable itself: the stored routes are read only where an update
  // re-routes, to write what changed)
  const s = new CheckSession(loadSnapshot(db, { storedRoutes: false }));
  sessions.set(db, s);
  upTo.set(db, changesSoFar(db));
  return s;
}

/** The kept check session, built on first use. */
export function checkSessionOf(db: ProjectDb): CheckSession {
  return sessions.get(db) ?? fullRun(db);
}

/**
 * The kept check session with every edit so far in it: rebuilt when an edit was made that no
 * checks.update brought in (the checks panel keeps it current once opened; views that read it,
 * a cable's route or channel, must not show a state from before the edit).
 */
export function currentCheckSession(db: ProjectDb): CheckSession {
  const s = sessions.get(db);
  return s && upTo.get(db) === changesSoFar(db) && !stale(db, s) ? s : fullRun(db);
}

/** Forgets the kept check session, e.g. after routing rewrote every cable. */
export function forgetChecks(db: ProjectDb): void {
  sessions.delete(db);
}

/** Settings or catalog changed since the session was built (imports, price edits): rebuild. */
function stale(db: ProjectDb, s: CheckSession): boolean {
  if (JSON.stringify(readSettings(db)) !== JSON.stringify(s.settings)) return true;
  const n = catalogCounts(db);
  return n.deviceTypes !== s.world.types.size || n.media !== s.world.media.size;
}

/** Routes every cable as the layout stands and runs every check. */
export function runChecks(db: ProjectDb): ChecksResult {
  return result(fullRun(db));
}

/** Re-checks what an edit touched (and what depends on it), keeping stored routes current. */
export function updateChecks(db: ProjectDb, touched: Partial<Record<EntityKind, Id[]>>): ChecksResult {
  const s = sessions.get(db);
  if (!s || stale(db, s)) return result(fullRun(db));
  const dirty = s.applyPatch(touchedPatch(db, touched));
  // Keep the stored (derived) routes of the re-routed cables current, so the plan, the inspector
  // and exports show the lengths the checks use.
  const rows: RoutedRow[] = [];
  const updated: Cable[] = [];
  const stored = storedRoutes(db, [...dirty.cables]);
  for (const id of dirty.cables) {
    const c = s.world.cables.get(id);
    const r = s.routeOf(id);
    const was = stored.get(id);
    if (!c || !r || !was) continue;
    const row = { id, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    if (!routeChanged(was, row)) continue;
    rows.push(row);
    const next = { ...c, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    s.world.cables.set(id, next);
    updated.push(next);
  }
  writeRoutes(db, rows);
  upTo.set(db, changesSoFar(db));
  return { ...result(s), ...(updated.length ? { routes: { put: { cable: updated }, del: {} } } : {}) };
}

/** Each rack's load against its budget and each tray's fullest segment, for the heat overlay. */
export function checksHeat(db: ProjectDb): HeatResult {
  const s = checkSessionOf(db);
  const racks = [...s.world.racks.values()].map((r) => ({ id: r.id, loadW: s.rackLoad(r.id).totalW, budgetW: r.powerBudgetW }));
  const trays = [...s.world.trays.values()].map((t) => {
    const f = s.trayFill(t.id);
    const max = f ? Math.max(0, ...f.areaMm2) : 0;
    return { id: t.id, maxFillPct: (100 * max) / (t.widthMm * t.depthMm), limitPct: s.settings.trayFillPct };
  });
  return { racks, trays };
}

/** The violations involving the given objects. */
export function checksFor(db: ProjectDb, objects: readonly { kind: CheckObject['kind']; id: Id }[]): ChecksResult {
  const s = checkSessionOf(db);
  return result(s, s.involving(objects));
}

export interface ProjectCheck {
  errors: number;
  warnings: number;
  counts: RuleCounts;
  violations: Violation[];
}

/** Every check over a project read once (the CLI's `trayline check`): nothing kept, nothing written. */
export function checkProject(db: ProjectDb): ProjectCheck {
  const s = new CheckSession(loadSnapshot(db, { storedRoutes: false }));
  const violations = s.violations();
  return { ...severityCounts(violations), counts: s.counts(), violations };
}
