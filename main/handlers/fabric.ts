// Fabric generation: preview (counts only), generate (plan, one bulk write, then the routing
// engine routes every cable, re-chooses media on routed lengths and the checks run) and compare.
// generateFabric and fabricCatalog are shared with the CLI.
import { ApiError } from '../../core/api/define.js';
import type { FabricCompareRow, FabricGenerateResult, fabricApi } from '../../core/api/fabric.js';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../core/catalog/index.js';
import { CheckSession } from '../../core/checks/session.js';
import type { Cable, Media, ProjectSnapshot } from '../../core/model/entities.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { FabricInputError } from '../../core/fabric/hardware.js';
import type { CompareInputsIn, FabricInputsIn } from '../../core/fabric/inputs.js';
import { compareFabrics, devicePorts, planFabric, type FabricCatalog, type FabricPlan } from '../../core/fabric/plan.js';
import { chooseMedia, type MediaOption } from '../../core/routing/media-choice.js';
import { orderedLengthMm } from '../../core/routing/link.js';
import { readDeviceTypes, readMedia } from '../../db/catalog.js';
import { buildHallEntities, fabricLabel, insertHall, rebaseHall, type HallEntities } from '../../db/fabric-write.js';
import { heavierTrayClasses } from '../../core/fabric/layout.js';
import type { Db } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import type { HandlerContext } from './context.js';
import { forgetChecks } from './routing.js';
import type { Handlers } from './types.js';

/** The project's catalog and settings; the built-in catalog when no project is open. */
export function fabricCatalog(db: Db | null): FabricCatalog {
  if (!db) {
    return {
      deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ id: i + 1, ...toDeviceType(t) })),
      media: BUILTIN_MEDIA.map(toMedia),
    };
  }
  const s = readSettings(db);
  return { deviceTypes: readDeviceTypes(db), media: readMedia(db), slackMm: s.slackMm, mediaPolicy: s.mediaPolicy, trayFillPct: s.trayFillPct };
}

/** A generator refusal as the API's bad-input error, naming the input field. */
export function asApiError(e: unknown, prefix = 'inputs'): unknown {
  if (e instanceof FabricInputError) return new ApiError('bad-input', e.message, `${prefix}.${e.field}`);
  return e;
}

export interface GenerateOptions {
  hallName?: string;
  route: boolean;
  progress?: (phase: string, done: number, total: number) => void;
}

/** Lets queued progress events reach the caller (IPC / the bridge) between long phases. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function generateFabric(db: Db, inputs: FabricInputsIn, opts: GenerateOptions): Promise<FabricGenerateResult> {
  const progress = opts.progress ?? (() => {});
  const timingsMs: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timingsMs[name] = Math.round(t - t0);
    t0 = t;
  };
  progress('plan', 0, 1);
  let plan;
  try {
    plan = planFabric(inputs, fabricCatalog(db));
  } catch (e) {
    throw asApiError(e);
  }
  progress('plan', 1, 1);
  lap('plan');
  await pause();
  const e = buildHallEntities(db, plan, { hallName: opts.hallName });
  let routing: FabricGenerateResult['routing'] = null;
  let checks: FabricGenerateResult['checks'] = null;
  if (opts.route) {
    // The routing engine routes and checks the new hall in memory (nothing else in the project
    // touches it); media is re-chosen by its rule only where a routed length needs it; the cables
    // are then written once, with their routes.
    progress('route', 0, 1);
    const cat = fabricCatalog(db);
    const session = new CheckSession({
      schemaVersion: LATEST_SCHEMA_VERSION,
      halls: [e.hall],
      rows: e.rows,
      racks: e.racks,
      devices: e.devices,
      ports: e.ports,
      cables: e.cables,
      trays: e.trays,
      feeds: [],
      deviceTypes: [...cat.deviceTypes],
      media: [...cat.media],
      settings: readSettings(db),
    });
    progress('route', 1, 1);
    lap('route');
    const fix = rechooseMedia(plan, e, session, cat.media);
    // the routed loads, not the plan's estimate, set each tray's load class
    const heavier = heavierTrayClasses(e.trays, (id) => session.trayLoadKgPerM(id));
    if (heavier.length) {
      session.applyPatch({ put: { tray: heavier }, del: {} });
      e.trays = e.trays.map((t) => heavier.find((h) => h.id === t.id) ?? t);
    }
    let routed = 0;
    let unroutable = 0;
    let totalMm = 0;
    e.cables = e.cables.map((c) => {
      const r = session.routeOf(c.id)!;
      if (r.routedMm == null) unroutable++;
      else {
        routed++;
        totalMm += r.routedMm;
      }
      return { ...session.world.cables.get(c.id)!, routedMm: r.routedMm, orderedMm: r.orderedMm, route: r.route };
    });
    routing = { routed, unroutable, mediaChosen: fix.changed, mediaNotFound: fix.notFound, totalLengthM: Math.round(totalMm) / 1000 };
    let errors = 0;
    let warnings = 0;
    for (const v of session.violations()) v.severity === 'error' ? errors++ : warnings++;
    checks = { errors, warnings, counts: session.counts() };
    lap('check');
    await pause();
  }
  // Rows written while this ran (an edit in another window) only shift the new hall's ids.
  rebaseHall(db, e);
  const w = insertHall(db, e, fabricLabel(plan), progress);
  forgetChecks(db);
  lap('write');
  await pause();
  const { history: _h, ...written } = w;
  return { summary: plan.summary, written, routing, checks, timingsMs };
}

/**
 * After routing: each generated cable whose routed length the estimated media does not reach (or
 * has no stock length for) gets the routing engine's choice for its routed length (cached per pair
 * of port kinds and 0.5 m, rounded up); the check session re-routes and re-checks just those.
 */
function rechooseMedia(plan: FabricPlan, e: HallEntities, session: CheckSession, media: readonly Media[]): { changed: number; notFound: number } {
  const byId = new Map(media.map((m) => [m.id, m]));
  const policy = plan.inputs.mediaPolicy ?? session.settings.mediaPolicy;
  const t = plan.arch.topo;
  const cache = new Map<string, MediaOption | null>();
  const changed: Cable[] = [];
  let notFound = 0;
  e.cables.forEach((c, i) => {
    const routed = session.routeOf(c.id)?.routedMm;
    if (routed == null) return;
    const cur = plan.media[i] ?? null;
    const cable = cur?.mediaId ? byId.get(cur.mediaId) ?? null : null;
    if (cur !== null && cur.reachM * 1000 >= routed && (!cable || orderedLengthMm(routed, cable) !== null)) return;
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
      return;
    }
    changed.push({ ...session.world.cables.get(c.id)!, mediaId: m.mediaId, opticA: m.opticA, opticB: m.opticB });
  });
  if (changed.length) session.applyPatch({ put: { cable: changed }, del: {} });
  return { changed: changed.length, notFound };
}

function openDb(ctx: HandlerContext): Db | null {
  try {
    return ctx.project().db;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'no-project') return null;
    throw e;
  }
}

export function compareWith(db: Db | null, inputs: CompareInputsIn): FabricCompareRow[] {
  try {
    return compareFabrics(inputs as FabricInputsIn, fabricCatalog(db));
  } catch (e) {
    throw asApiError(e);
  }
}

export const fabricHandlers: Handlers<typeof fabricApi> = {
  'fabric.preview': (ctx, { inputs }) => {
    try {
      return planFabric(inputs, fabricCatalog(openDb(ctx))).summary;
    } catch (e) {
      throw asApiError(e);
    }
  },
  'fabric.generate': (ctx, { inputs, hallName, route }) => generateFabric(ctx.project().db, inputs, { hallName, route, progress: ctx.progress }),
  'fabric.compare': (ctx, { inputs }) => compareWith(openDb(ctx), inputs),
};
