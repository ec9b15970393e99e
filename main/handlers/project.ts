import type { projectApi } from '../../core/api/project.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { writeSettings } from '../../db/settings.js';
import { currentVersion } from '../../db/open.js';
import type { Handlers } from './types.js';

export const projectHandlers: Handlers<typeof projectApi> = {
  'project.info': (ctx) => {
    const { db, path } = ctx.project();
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return {
      path,
      schemaVersion: currentVersion(db),
      halls: count('halls'),
      racks: count('racks'),
      devices: count('devices'),
      ports: count('ports'),
      cables: count('cables'),
      trays: count('trays'),
    };
  },
  'project.snapshot': (ctx) => loadSnapshot(ctx.project().db),
  'project.updateSettings': (ctx, patch) => writeSettings(ctx.project().db, patch),
};
