import type { auditApi } from '../../core/api/audit.js';
import { acceptAsBuilt, auditFromApi, auditReport, auditWaves } from '../app/audit.js';
import { openProjectPath } from './context.js';
import type { Handlers } from './types.js';

export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.run': (ctx, args) => auditFromApi(ctx.project().db, args, ctx.progress),
  'audit.waves': (ctx) => auditWaves(ctx.project().db),
  'audit.accept': (ctx, { items }) => acceptAsBuilt(ctx.project().db, items),
  'audit.report': (ctx, { format, result }) => auditReport(format, result, ctx.chooseSavePath, openProjectPath(ctx)),
};
