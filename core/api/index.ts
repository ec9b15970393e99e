import type { ArgsOf, ProgressEvent, ResultOf } from './define.js';
import { auditApi } from './audit.js';
import { catalogApi } from './catalog.js';
import { editApi } from './edit.js';
import { exportApi } from './export.js';
import { fabricApi } from './fabric.js';
import { filesApi } from './files.js';
import { importsApi } from './imports.js';
import { projectApi } from './project.js';
import { routingApi } from './routing.js';

export const api = {
  ...projectApi,
  ...editApi,
  ...catalogApi,
  ...routingApi,
  ...fabricApi,
  ...exportApi,
  ...auditApi,
  ...filesApi,
  ...importsApi,
};

export type Api = typeof api;
export type Method = keyof Api;
export const METHODS = Object.keys(api) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What the renderer holds: the same shape whether it talks IPC or the loopback bridge. */
export interface ApiClient {
  call<M extends Method>(method: M, args: ArgsOf<Api[M]>): Promise<ResultOf<Api[M]>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}

export * from './define.js';
export type { ProjectInfo } from './project.js';
export type { ProjectFileEntry, ProjectFilesList, ProjectSwitched } from './files.js';
export type { HallImportResult } from './imports.js';
export type { EditResult, HistoryState, StepHall, StepResult } from './edit.js';
