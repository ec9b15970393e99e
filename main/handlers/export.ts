// export.formats / export.run: the UI's way to the formats of `trayline export`.
import type { exportApi } from '../../core/api/export.js';
import { exportFormats, runExport } from '../app/export.js';
import type { Handlers } from './types.js';

export const exportHandlers: Handlers<typeof exportApi> = {
  'export.formats': () => exportFormats(),
  'export.run': (ctx, args) => {
    const { path: projectPath, db } = ctx.project();
    return runExport(db, args.format, { projectPath, progress: ctx.progress, choices: args.options }, ctx.chooseSavePath);
  },
};
