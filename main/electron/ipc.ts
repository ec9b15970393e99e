// The renderer's only door into the main process: one invoke channel for every API method, served
// by the same dispatch() as the loopback bridge. Each call is checked twice before it runs: the
// sender must be the main window's top frame showing the app origin (not an iframe, not a page it
// was navigated to, not another window), and the method must be in the contract's allow-list
// (dispatch then validates the arguments with the method's zod schema).
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import type { Reply } from '../../core/api/define.js';
import { dispatch } from '../handlers/dispatch.js';
import type { OpenProject } from '../handlers/context.js';
import type { ChooseSavePath } from '../app/deliver.js';
import { CALL_CHANNEL, PROGRESS_CHANNEL } from '../preload/channels.js';
import { isAppUrl } from './app-protocol.js';

const callRequest = z
  .object({
    callId: z.string().min(1).max(64),
    // dispatch() checks the name against the contract and says which method was unknown.
    method: z.string().max(200),
    args: z.unknown(),
  })
  .strict();

export class UntrustedSenderError extends Error {
  constructor(reason: string) {
    super(`refused: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

/** Throws unless the IPC came from the top frame of `mainContents` showing the app origin. */
export function checkSender(event: IpcMainInvokeEvent, mainContents: WebContents | null): void {
  if (!mainContents || mainContents.isDestroyed() || event.sender !== mainContents) {
    throw new UntrustedSenderError('IPC from a web contents other than the main window');
  }
  const frame = event.senderFrame;
  if (!frame || frame !== mainContents.mainFrame || frame.parent !== null) {
    throw new UntrustedSenderError('IPC from a frame other than the main window’s top frame');
  }
  if (!isAppUrl(frame.url)) throw new UntrustedSenderError(`IPC from a page outside the app (${frame.url})`);
}

export interface IpcDeps {
  ipcMain: IpcMain;
  /** The main window's web contents, or null while there is none. */
  mainContents(): WebContents | null;
  project(): OpenProject;
  /** The native save dialog: exports and reports are written where the user chooses, never where the page says. */
  chooseSavePath?: ChooseSavePath;
  /** Resolves when the floor being prepared for the page (ProjectSession.prepareOpen) is done: project.floor waits for it rather than computing it again. */
  prepared?: () => Promise<void>;
}

export function registerIpc({ ipcMain, mainContents, project, chooseSavePath, prepared }: IpcDeps): void {
  ipcMain.handle(CALL_CHANNEL, async (event, payload: unknown): Promise<Reply<unknown>> => {
    checkSender(event, mainContents());
    const req = callRequest.safeParse(payload);
    if (!req.success) {
      return { ok: false, error: { code: 'bad-input', message: `malformed IPC call: ${req.error.issues[0]?.message ?? 'invalid'}` } };
    }
    const { callId, method, args } = req.data;
    const sender = event.sender;
    if (method === 'project.floor') await prepared?.();
    return dispatch(
      {
        project,
        progress: (phase, done, total) => {
          if (!sender.isDestroyed()) sender.send(PROGRESS_CHANNEL, { callId, phase, done, total });
        },
        ...(chooseSavePath ? { chooseSavePath } : {}),
      },
      method,
      args,
    );
  });
}
