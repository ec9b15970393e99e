// Fabric generation: preview (counts only), generate (plan, route and check in memory, one bulk
// write) and compare. Without an open project the built-in catalog stands in for the project's.
import type { FabricGenerateResult } from '../../core/api/fabric.js';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../core/catalog/index.js';
import { CheckSession } from '../../core/checks/session.js';
import { severityCounts } from '../../core/checks/severity.js';
import { FabricInputError } from '../../core/fabric/hardware.js';
import type { CompareInputsIn, FabricInputsIn } from '../../core/fabric/inputs.js';
import { planFabric, planWithoutSummary, summarizePlan, type FabricCatalog, type FabricPlan, type FabricSummary, type SummarizedPlan } from '../../core/fabric/plan.js';
import { ratesOf } from '../../core/economics/rates.js';
import { compareSet, type CompareSet, type VaryAxis } from '../../core/economics/vary.js';
import { rechooseMedia } from '../../core/fabric/rechoose-media.js';
import { OVERFULL } from '../../core/fabric/layout.js';
import { tierNote, tierTrays } from '../../core/fabric/tray-tiers.js';
import { ApiError } from '../../core/model/errors.js';
import { routeTotals } from '../../core/routing/totals.js';
import { readDeviceTypes, readMedia } from '../../db/catalog.js';
import { buildHallEntities, fabricLabel, hallPorts, insertHall, rebaseHall, type HallEntities } from '../../db/fabric-write.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { readSettings } from '../../db/settings.js';
import { forgetChecks } from './checks.js';
import type { ProjectDb } from './project.js';

/** The project's catalog and settings; the built-in catalog when no project is open. */
export function fabricCatalog(db: ProjectDb | null): FabricCatalog {
  if (!db) {
    return {
      deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ id: i + 1, ...toDeviceType(t) })),
      media: BUILTIN_MEDIA.map(toMedia),
    };
  }
  const s = readSettings(db);
  return {
    deviceTypes: readDeviceTypes(db),
    media: readMedia(db),
    slackMm: s.slackMm,
    serviceLoopMm: s.serviceLoopMm,
    faceCrossingMm: s.faceCrossingMm,
    mediaPolicy: s.mediaPolicy,
    trayFillPct: s.trayFillPct,
    failureRates: ratesOf(s),
    floorRatingKgM2: s.floorRatingKgM2,
  };
}

/** A generator refusal as a bad-input error naming the input field (`inputs.<field>`). */
export function asApiError(e: unknown, prefix = 'inputs'): unknown {
  if (e instanceof FabricInputError) return new ApiError('bad-input', e.message, prefix ? `${prefix}.${e.field}` : e.field);
  return e;
}

function plan(inputs: FabricInputsIn, db: ProjectDb | null, catalog: FabricCatalog = fabricCatalog(db)): SummarizedPlan {
  return asApiErrors(() => planFabric(inputs, catalog));
}

function asApiErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw asApiError(e);
  }
}

/** The counts a generate would produce, writing nothing. */
export function previewFabric(db: ProjectDb | null, inputs: FabricInputsIn): FabricSummary {
  return plan(inputs, db).summary;
}

/**
 * The same GPUs under every architecture, one row each, for each combination of the varied inputs
 * (the use case of `compare`, fabric.compare and the panel). A bad varied value names `vary...`.
 */
export function compareFabrics(db: ProjectDb | null, inputs: CompareInputsIn, vary: readonly VaryAxis[] = []): CompareSet {
  try {
    return compareSet(inputs, vary, fabricCatalog(db));
  } catch (e) {
    throw asApiError(e, e instanceof FabricInputError && e.field.startsWith('vary') ? '' : 'inputs');
  }
}

export interface GenerateOptions {
  hallName?: string;
  route: boolean;
  progress?: (phase: string, done: number, total: number) => void;
  /** false: every cable written as a row, no records (tests comparing the two forms). */
  compact?: boolean;
}

/** Lets queued progress events reach the caller (IPC / the bridge) between long phases. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The records' jumpers' routes, for the write: the session kept each in its rack as two numbers;
 * a record with a jumper it did not keep (routed out of its rack) is written as two cable rows.
 */
function takeRecordRoutes(e: HallEntities, session: CheckSession): void {
  const held = session.heldRoutes()!;
  e.recordRoutes = held;
  const r = e.records!;
  for (let k = 0; k < r.count; k++) {
    if (!held.rows[k]) continue;
    for (const id of [r.aId[k]!, r.bId[k]!]) {
      const x = session.routeOf(id);
      e.cables.push({ ...session.world.cables.get(id)!, routedMm: x?.routedMm ?? null, orderedMm: x?.orderedMm ?? null, route: x?.route ?? null });
    }
  }
}

/** Plans the fabric, routes and checks it in memory (when asked), then writes it in one go. */
export async function generateFabric(db: ProjectDb, inputs: FabricInputsIn, opts: GenerateOptions): Promise<FabricGenerateResult> {
  const progress = opts.progress ?? (() => {});
  const timingsMs: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timingsMs[name] = Math.round(t - t0);
    t0 = t;
  };
  progress('plan', 0, 1);
  // (the catalog read once: its device types and their port templates took 30-90 ms to read)
  const cat = fabricCatalog(db);
  // (summarized once, on the media it is written with)
  const p: FabricPlan = asApiErrors(() => planWithoutSummary(inputs, cat));
  progress('plan', 1, 1);
  lap('plan');
  await pause();
  const e = buildHallEntities(db, p, { hallName: opts.hallName, compact: opts.compact });
  let routing: FabricGenerateResult['routing'] = null;
  let checks: FabricGenerateResult['checks'] = null;
  if (opts.route) {
    // The routing engine routes and checks the new hall in memory (nothing else in the project
    // touches it); media is re-chosen by its rule only where a routed length needs it; the cables
    // are then written once, with their routes.
    progress('route', 0, 1);
    const session = new CheckSession(
      {
        schemaVersion: LATEST_SCHEMA_VERSION,
        halls: [e.hall],
        rows: e.rows,
        racks: e.racks,
        devices: e.devices,
        // the panels' front ports as objects for the session only: the file keeps them as blocks
        ports: hallPorts(e),
        cables: e.cables,
        trays: e.trays,
        feeds: [],
        cdus: e.cdus,
        deviceTypes: [...cat.deviceTypes],
        media: [...cat.media],
        settings: readSettings(db),
      },
      e.records ? { records: e.records } : {},
    ); // (a structured link's jumpers as a record each)
    progress('route', 1, 1);
    lap('route');
    const fix = rechooseMedia(p, e.cableBase, session, cat.media);
    // Trays get the depth (or stacked tiers) and load class their routed load needs; a new
    // section or rating on the same path re-routes nothing, only the tray rules run again.
    const tiered = tierTrays(e.trays, (id) => session.trayFill(id), session.settings.trayFillPct);
    if (tiered.length) {
      session.applyPatch({ put: { tray: tiered.map((x) => x.tray) }, del: {} });
      const byId = new Map(tiered.map((x) => [x.tray.id, x.tray]));
      e.trays = e.trays.map((t) => byId.get(t.id) ?? t);
    }
    // Trunks are priced on their routed length.
    const sp = p.structured;
    if (sp) {
      const first = e.cables.length - sp.trunkMedia.length;
      for (let k = 0; k < sp.trunkMedia.length; k++) sp.trunkMm[k] = session.routeOf(e.cables[first + k]!.id)?.routedMm ?? sp.trunkMm[k]!;
    }
    // The summary counts what is written: the media chosen on the routed lengths (the BOM's rule).
    p.notes = p.notes.filter((n) => !OVERFULL.test(n));
    const note = tierNote(tiered);
    if (note) p.notes.push(note);
    // The session's cable objects (the hall's own, or the media fix's copies) take their routes in
    // place: the session is done with them, and 200,000 copies would only feed the collector.
    e.cables = e.cables.map((c) => {
      const r = session.routeOf(c.id)!;
      const own = session.world.cables.get(c.id)!;
      own.routedMm = r.routedMm;
      own.orderedMm = r.orderedMm;
      own.route = r.route;
      return own;
    });
    if (e.records) takeRecordRoutes(e, session);
    const rr = e.recordRoutes;
    const t = routeTotals(e.cables, rr && { ...rr, include: (j) => !rr.rows[j >> 1] });
    routing = { routed: t.routed, unroutable: t.unroutable, mediaChosen: fix.changed, mediaNotFound: fix.notFound, totalLengthM: t.totalLengthM };
    checks = { ...severityCounts(session.violations()), counts: session.counts() };
    lap('check');
    await pause();
  }
  progress('summary', 0, 1);
  const summary = summarizePlan(p, cat).summary;
  progress('summary', 1, 1);
  lap('summary');
  // Rows written while this ran (an edit in another window) only shift the new hall's ids.
  rebaseHall(db, e);
  const w = insertHall(db, e, fabricLabel(p), progress, { compact: opts.compact });
  forgetChecks(db);
  lap('write');
  await pause();
  const { history: _h, ...written } = w;
  return { summary, written, routing, checks, timingsMs };
}
