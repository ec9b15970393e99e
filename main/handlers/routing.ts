// Routing and checks over the open project.
import type { routingApi } from '../../core/api/routing.js';
import { checksFor, checksHeat, runChecks, updateChecks } from '../app/checks.js';
import { cableRoute, chooseCableMedia, routeCables, routeProject } from '../app/routing.js';
import { channelsAt } from '../app/channels.js';
import type { Handlers } from './types.js';

export const routingHandlers: Handlers<typeof routingApi> = {
  'routing.routeAll': (ctx, args) => routeProject(ctx.project().db, args, ctx.progress),
  'routing.chooseMedia': (ctx, { cableId, policy }) => chooseCableMedia(ctx.project().db, cableId, policy),
  'routing.routeCables': (ctx, { cableIds }) => routeCables(ctx.project().db, cableIds),
  'routing.cableRoute': (ctx, { cableId }) => cableRoute(ctx.project().db, cableId),
  'routing.channels': (ctx, { cableId, portId, limit }) => channelsAt(ctx.project().db, { cableId, portId }, limit),
  'checks.run': (ctx) => {
    ctx.progress('check', 0, 1);
    const r = runChecks(ctx.project().db);
    ctx.progress('check', 1, 1);
    return r;
  },
  'checks.update': (ctx, { touched }) => updateChecks(ctx.project().db, touched),
  'checks.heat': (ctx) => checksHeat(ctx.project().db),
  'checks.forObjects': (ctx, { objects }) => checksFor(ctx.project().db, objects),
};
