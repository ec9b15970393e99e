// Checks. The check session (routes + index of what depends on what) is kept per open database so
// that updateChecks after an edit recomputes only what the edit touched.
import type { ChecksResult, HeatResult } from '../../core/api/routing.js';
import { CheckSession, type RuleCounts } from '../../core/checks/session.js';
import { severityCounts } from '../../core/checks/severity.js';
import type { CheckObject, Violation } from '../../core/checks/types.js';
import type { Patch } from '../../core/model/edits.js';
import type { Cable, EntityKind, Id } from '../../core/model/entities.js';
import { catalogCounts } from '../../db/counts.js';
import { routeChanged, storedRoutes, writeRoutes, type RoutedRow } from '../../db/routing-store.js';
import { readSettings } from '../../db/settings.js';
import { dataStateKey, loadSnapshot } from '../../db/snapshot.js';
import { touchedPatch } from '../../db/touched.js';
import type { ProjectDb } from './project.js';

const sessions = new WeakMap<ProjectDb, CheckSession>();
/** The data's state (db/snapshot.ts dataStateKey: not moved by derived data such as the floor
 * kept in the file) when each kept session was last brought up to date. */
const upTo = new WeakMap<ProjectDb, string>();

function result(s: CheckSession, violations: Violation[] = s.violations()): ChecksResult {
  return { ...severityCounts(violations), counts: s.counts(), violations, checked: s.lastChecked };
}

/**
 * What the edits made since a kept session was last brought up to date touched, and the data
 * state after the last of them: when nothing else wrote since (an import, a generation, a settings
 * change), the session catches up on these alone instead of being built again (3.6 s at 32k
 * GPUs: the inspector after each edit in a large project whose checks are not running).
 */
interface Pending {
  touched: Map<EntityKind, Set<Id>>;
  changes: string;
  /** Rows touched, all kinds. */
  count: number;
}
/** More rows touched than this, and the kept session is dropped instead (as the editor runs all
 * checks again above 20,000, renderer/src/panels/checks-store.ts). */
const CATCH_UP_AT_MOST = 20_000;
const pending = new WeakMap<ProjectDb, Pending>();
/** Cables a catch-up for a view re-routed without writing their routes: the next checks.update writes them. */
const unwritten = new WeakMap<ProjectDb, Set<Id>>();

function fullRun(db: ProjectDb): CheckSession {
  // (the session routes every cable itself: the stored routes are read only where an update
  // re-routes, to write what changed)
  const s = new CheckSession(loadSnapshot(db, { storedRoutes: false }));
  sessions.set(db, s);
  upTo.set(db, dataStateKey(db));
  pending.delete(db);
  unwritten.delete(db);
  return s;
}

/** The data state a kept session has everything up to, edits noted since included; undefined
 * when none is kept. */
function coveredTo(db: ProjectDb): string | undefined {
  return pending.get(db)?.changes ?? upTo.get(db);
}

/**
 * After an edit (or undo, redo) whose patch lists what it changed: noted for the kept session
 * when the session covered every change before it (`before`, the data state the edit started
 * from); anything else leaves the session to be dropped when next read.
 */
export function noteEdit(db: ProjectDb, before: string, patch: Patch): void {
  if (!sessions.has(db) || coveredTo(db) !== before) return;
  const p = pending.get(db) ?? { touched: new Map<EntityKind, Set<Id>>(), changes: before, count: 0 };
  const add = (kind: EntityKind, id: Id) => {
    let set = p.touched.get(kind);
    if (!set) p.touched.set(kind, (set = new Set()));
    if (!set.has(id)) p.count++;
    set.add(id);
  };
  for (const [kind, rows] of Object.entries(patch.put) as [EntityKind, { id: Id }[]][]) for (const r of rows) add(kind, r.id);
  for (const [kind, ids] of Object.entries(patch.del) as [EntityKind, Id[]][]) for (const id of ids) add(kind, id);
  // (a hall deleted or pasted: re-reading that many rows one by one costs more than a new session)
  if (p.count > CATCH_UP_AT_MOST) return forgetChecks(db);
  p.changes = dataStateKey(db);
  pending.set(db, p);
}

/** After writing derived data the kept session works out for itself (routes): still covered. */
export function noteDerivedWrite(db: ProjectDb, before: string): void {
  if (!sessions.has(db) || coveredTo(db) !== before) return;
  const p = pending.get(db);
  if (p) p.changes = dataStateKey(db);
  else upTo.set(db, dataStateKey(db));
}

/** The kept check session, built on first use. */
export function checkSessionOf(db: ProjectDb): CheckSession {
  return sessions.get(db) ?? fullRun(db);
}

/**
 * The kept check session with every edit so far in it (views that read it, a cable's route or
 * channel, must not show a state from before the edit): brought up to date with the edits the app
 * noted since (noteEdit); null when there is none or it missed another write (it is dropped then:
 * the next checks.run or checks.update builds one).
 */
export function keptCurrentSession(db: ProjectDb): CheckSession | null {
  const s = sessions.get(db);
  const now = dataStateKey(db);
  if (!s) return null;
  if (coveredTo(db) !== now || stale(db, s)) {
    forgetChecks(db);
    return null;
  }
  // (the routes this re-routes are not written here, as a session built again would not write
  // them: the renderer's copy of the stored routes changes through checks.update, which writes
  // these with its own)
  if (upTo.get(db) !== now) {
    const dirty = applyTouched(db, s, {});
    let later = unwritten.get(db);
    if (!later) unwritten.set(db, (later = new Set()));
    for (const id of dirty.cables) later.add(id);
    upTo.set(db, now);
  }
  return s;
}

/** Forgets the kept check session, e.g. after routing rewrote every cable. */
export function forgetChecks(db: ProjectDb): void {
  sessions.delete(db);
  pending.delete(db);
  unwritten.delete(db);
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
  const dirty = applyTouched(db, s, touched);
  // Keep the stored (derived) routes of the re-routed cables current, so the plan, the inspector
  // and exports show the lengths the checks use.
  const rows: RoutedRow[] = [];
  const updated: Cable[] = [];
  const ids = new Set([...dirty.cables, ...(unwritten.get(db) ?? [])]);
  unwritten.delete(db);
  const stored = storedRoutes(db, [...ids]);
  for (const id of ids) {
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
  upTo.set(db, dataStateKey(db));
  return { ...result(s), ...(updated.length ? { routes: { put: { cable: updated }, del: {} } } : {}) };
}

/** Brings the kept session up to date with `touched` and the edits noted since it last was. */
function applyTouched(db: ProjectDb, s: CheckSession, touched: Partial<Record<EntityKind, Id[]>>): ReturnType<CheckSession['applyPatch']> {
  const all: Partial<Record<EntityKind, Id[]>> = { ...touched };
  for (const [kind, ids] of pending.get(db)?.touched ?? []) all[kind] = [...(all[kind] ?? []), ...ids];
  pending.delete(db);
  return s.applyPatch(touchedPatch(db, all));
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
