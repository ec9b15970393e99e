// Fabric generation: preview (counts only), generate (plan, one bulk write, then the routing
// engine routes every cable, re-chooses media on routed lengths and the checks run) and compare.
// generateFabric and fabricCatalog are shared with the CLI.
import { ApiError } from '../../core/api/define.js';
import type { FabricCompareRow, FabricGenerateResult, fabricApi } from '../../core/api/fabric.js';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../core/catalog/index.js';
import { runChecks } from '../../core/checks/session.js';
import { FabricInputError } from '../../core/fabric/hardware.js';
import type { CompareInputsIn, FabricInputsIn } from '../../core/fabric/inputs.js';
import { compareFabrics, planFabric, type FabricCatalog } from '../../core/fabric/plan.js';
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
    // Routed lengths replace the estimate; media is re-chosen where the routed length needs it.
    const r = routeProject(db, { autoMedia: 'all', details: false }, progress);
    routing = { routed: r.routed, unroutable: r.unroutable, mediaChosen: r.mediaChosen, mediaNotFound: r.mediaNotFound, totalLengthM: r.totalLengthM };
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
