import type { projectApi } from '../../core/api/project.js';
import { freeLabelOfCable, projectDetail, projectFloor, projectFloorCounts, projectFloorJson, projectInfo, projectSnapshot, projectSnapshotJson, updateSettings } from '../app/project.js';
import type { HandlerContext } from './context.js';
import type { Handlers } from './types.js';

export const projectHandlers: Handlers<typeof projectApi> = {
  'project.info': (ctx) => projectInfo(ctx.project()),
  'project.snapshot': (ctx) => projectSnapshot(ctx.project().db),
  'project.floor': (ctx) => projectFloor(ctx.project().db),
  'project.floorCounts': (ctx) => projectFloorCounts(ctx.project().db),
  'project.detail': (ctx, q) => projectDetail(ctx.project().db, q),
  'project.freeCableLabel': (ctx, { base }) => ({ label: freeLabelOfCable(ctx.project().db, base) }),
  'project.updateSettings': (ctx, patch) => updateSettings(ctx.project().db, patch),
};

const OK_HEAD = Buffer.from('{"ok":true,"value":');
const OK_TAIL = Buffer.from('}');

/**
 * project.snapshot's whole reply as JSON text pieces, for the loopback bridge: the same bytes a
 * client would parse into dispatch()'s Reply, without building the objects and serialising them
 * again (64 MB for a 100,000-cable hall), and cached until the project changes.
 */
export function snapshotReplyJson(ctx: HandlerContext): Buffer[] {
  return [OK_HEAD, ...projectSnapshotJson(ctx.project().db), OK_TAIL];
}

/** project.floor's whole reply as JSON text (cached with the floor until the project changes). */
export function floorReplyJson(ctx: HandlerContext): Buffer[] {
  return [OK_HEAD, projectFloorJson(ctx.project().db), OK_TAIL];
}
