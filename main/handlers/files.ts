import { ApiError } from '../../core/api/define.js';
import type { filesApi } from '../../core/api/files.js';
import type { HandlerContext, ProjectFiles } from './context.js';
import type { Handlers } from './types.js';

function files(ctx: HandlerContext): ProjectFiles {
  if (!ctx.files) throw new ApiError('refused', 'project files are chosen with the File menu here (New, Open, Open Recent, Save As)');
  return ctx.files;
}

export const filesHandlers: Handlers<typeof filesApi> = {
  'files.list': (ctx) => files(ctx).list(),
  'files.open': (ctx, { name }) => files(ctx).open(name),
  'files.create': (ctx, { name }) => files(ctx).create(name),
  'files.saveAs': (ctx, { name }) => files(ctx).saveAs(name),
};
