// Fabric preview, generate and compare; preview and compare work without an open project (the
// built-in catalog stands in).
import { ApiError } from '../../core/api/define.js';
import type { fabricApi } from '../../core/api/fabric.js';
import { comparisonFile } from '../app/compare-export.js';
import { compareFabrics, generateFabric, previewFabric } from '../app/fabric.js';
import type { ProjectDb } from '../app/project.js';
import { openProjectPath, type HandlerContext } from './context.js';
import type { Handlers } from './types.js';

function openDb(ctx: HandlerContext): ProjectDb | null {
  try {
    return ctx.project().db;
  } catch (e) {
    if (e instanceof ApiError && e.code === 'no-project') return null;
    throw e;
  }
}

export const fabricHandlers: Handlers<typeof fabricApi> = {
  'fabric.preview': (ctx, { inputs }) => previewFabric(openDb(ctx), inputs),
  'fabric.generate': (ctx, { inputs, hallName, route }) => generateFabric(ctx.project().db, inputs, { hallName, route, progress: ctx.progress }),
  'fabric.compare': (ctx, { inputs, vary }) => compareFabrics(openDb(ctx), inputs, vary),
  'fabric.compareExport': (ctx, { inputs, vary, format }) => comparisonFile(openDb(ctx), inputs, vary, format, ctx.chooseSavePath, openProjectPath(ctx)),
};
