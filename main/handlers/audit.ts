import type { auditApi } from '../../core/api/audit.js';
import { acceptAsBuilt, auditFromApi, auditReport } from '../app/audit.js';
import type { Handlers } from './types.js';

export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.run': (ctx, { sources, format }) => auditFromApi(ctx.project().db, sources, format, ctx.progress),
  'audit.accept': (ctx, { items }) => acceptAsBuilt(ctx.project().db, items),
  'audit.report': (_ctx, { format, result }) => auditReport(format, result),
};
