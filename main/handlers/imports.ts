import type { importsApi } from '../../core/api/imports.js';
import { importHallFiles } from '../app/imports.js';
import type { Handlers } from './types.js';

export const importsHandlers: Handlers<typeof importsApi> = {
  'import.hall': (ctx, { files, rowLength }) => importHallFiles(ctx.project().db, files, rowLength ? { rowLength } : {}),
};
