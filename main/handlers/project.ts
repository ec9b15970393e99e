import type { projectApi } from '../../core/api/project.js';
import { cachedSnapshotJson, loadSnapshot } from '../../db/snapshot.js';
import { writeSettings } from '../../db/settings.js';
import { currentVersion } from '../../db/open.js';
import type { HandlerContext } from './context.js';
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

const OK_HEAD = Buffer.from('{"ok":true,"value":');
const OK_TAIL = Buffer.from('}');

/**
 * project.snapshot's whole reply as JSON text pieces, for the loopback bridge: the same bytes a
 * client would parse into dispatch()'s Reply, without building the objects and serialising them
 * again (64 MB for a 100,000-cable hall), and cached until the project changes.
 */
export function snapshotReplyJson(ctx: HandlerContext): Buffer[] {
  return [OK_HEAD, ...cachedSnapshotJson(ctx.project().db), OK_TAIL];
}
