// Fabric generation: preview (counts only), generate (plan, one bulk write, then the routing
// engine routes every cable, re-chooses media on routed lengths and the checks run) and compare.
// generateFabric and fabricCatalog are shared with the CLI.
import { ApiError } from '../../core/api/define.js';
import type { FabricCompareRow, FabricGenerateResult, fabricApi } from '../../core/api/fabric.js';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../core/catalog/index.js';
import { runChecks } from '../../core/checks/session.js';
import { FabricInputError } from '../../core/fabric/hardware.js';
import type { CompareInputsIn, FabricInputsIn } from '../../core/fabric/inputs.js';
import { compareFabrics, devicePorts, planFabric, type FabricCatalog, type FabricPlan } from '../../core/fabric/plan.js';
import { chooseMedia, type MediaOption } from '../../core/routing/media-choice.js';
import { orderedLengthMm } from '../../core/routing/link.js';
import { readDeviceTypes, readMedia } from '../../db/catalog.js';
import { writeFabric } from '../../db/fabric-write.js';
import type { Db } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { loadSnapshot } from '../../db/snapshot.js';
import type { HandlerContext } from './context.js';
import { forgetChecks, routeProject } from './routing.js';
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
  return { deviceTypes: readDeviceTypes(db), media: readMedia(db), slackMm: s.slackMm, mediaPolicy: s.mediaPolicy };
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

export function generateFabric(db: Db, inputs: FabricInputsIn, opts: GenerateOptions): FabricGenerateResult {
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
  const w = writeFabric(db, plan, { hallName: opts.hallName, progress });
  lap('write');
  let routing: FabricGenerateResult['routing'] = null;
  let checks: FabricGenerateResult['checks'] = null;
  if (opts.route) {
    // Routed lengths replace the estimate; media is re-chosen (by the routing engine's rule)
    // only where the routed length is beyond what the estimate's choice reaches.
    const r = routeProject(db, { autoMedia: 'none', details: false }, progress);
    const fix = rechooseMedia(db, plan, w.cableIds, progress);
    routing = { routed: r.routed, unroutable: r.unroutable, mediaChosen: fix.changed, mediaNotFound: fix.notFound, totalLengthM: r.totalLengthM };
    lap('route');
    progress('check', 0, 1);
    const c = runChecks(loadSnapshot(db));
    forgetChecks(db);
    let errors = 0;
    let warnings = 0;
    for (const v of c.violations) v.severity === 'error' ? errors++ : warnings++;
    checks = { errors, warnings, counts: c.counts };
    progress('check', 1, 1);
    lap('check');
  }
  const { history: _h, cableIds: _c, ...written } = w;
  return { summary: plan.summary, written, routing, checks, timingsMs };
}

/**
 * After routing: for each generated cable whose routed length the estimated media does not reach
 * (or has no stock length for), the routing engine's chooseMedia picks again on the routed length
 * (cached per pair of port kinds and 0.5 m, rounded up). Written in one transaction without an
 * undo step of its own: it completes the generation.
 */
function rechooseMedia(db: Db, plan: FabricPlan, ids: [number, number] | null, progress: (p: string, d: number, t: number) => void): { changed: number; notFound: number } {
  if (!ids) return { changed: 0, notFound: 0 };
  const media = readMedia(db);
  const byId = new Map(media.map((m) => [m.id, m]));
  const policy = plan.inputs.mediaPolicy ?? readSettings(db).mediaPolicy;
  const rows = db.prepare('SELECT id, routed_mm FROM cables WHERE id BETWEEN ? AND ? ORDER BY id').raw().all(ids[0], ids[1]) as [number, number | null][];
  const t = plan.arch.topo;
  const cache = new Map<string, MediaOption | null>();
  const update = db.prepare('UPDATE cables SET media_id = ?, optic_a = ?, optic_b = ?, ordered_mm = ? WHERE id = ?');
  let changed = 0;
  let notFound = 0;
  progress('media', 0, rows.length);
  db.transaction(() => {
    for (const [id, routed] of rows) {
      const i = id - ids[0];
      if (routed == null) continue;
      const cur = plan.media[i] ?? null;
      const cable = cur?.mediaId ? byId.get(cur.mediaId) ?? null : null;
      const fits = cur !== null && cur.reachM * 1000 >= routed && (!cable || orderedLengthMm(routed, cable) !== null);
      if (fits) continue;
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
      const c = m.mediaId ? byId.get(m.mediaId) ?? null : null;
      update.run(m.mediaId, m.opticA, m.opticB, c ? orderedLengthMm(routed, c) : null, id);
      changed++;
    }
  })();
  progress('media', rows.length, rows.length);
  return { changed, notFound };
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
