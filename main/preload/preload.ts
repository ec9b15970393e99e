// The preload (bundled to dist/electron/preload.cjs). It runs sandboxed, so it is self-contained:
// the allow-list of API methods is baked in at build time (__TRAYLINE_METHODS__, from core/api).
// It exposes exactly `window.trayline`, shaped like core/api's ApiClient, and never ipcRenderer:
//   call(method, args)  resolves to the method's result, or rejects with a plain
//                       {name: 'ApiError', code, message, where} object (plain, because Error
//                       objects lose their code and where crossing the context bridge);
//   onProgress(fn)      progress events of long calls; returns the unsubscribe function;
//   platform            'linux' | 'darwin' | 'win32', for keyboard hints.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiErrorBody, ProgressEvent, Reply } from '../../core/api/define.js';
import { CALL_CHANNEL, PROGRESS_CHANNEL, type CallRequest } from './channels.js';

declare const __TRAYLINE_METHODS__: readonly string[];

const allowed = new Set<string>(__TRAYLINE_METHODS__);
let sequence = 0;

function apiError(body: ApiErrorBody): { name: 'ApiError' } & ApiErrorBody {
  return { name: 'ApiError', code: body.code, message: body.message, ...(body.where ? { where: body.where } : {}) };
}

async function call(method: unknown, args: unknown): Promise<unknown> {
  if (typeof method !== 'string' || !allowed.has(method)) {
    throw apiError({ code: 'bad-input', message: `unknown method ${JSON.stringify(String(method))}` });
  }
  const request: CallRequest = { callId: `c${++sequence}`, method, args: args ?? {} };
  let reply: Reply<unknown>;
  try {
    reply = (await ipcRenderer.invoke(CALL_CHANNEL, request)) as Reply<unknown>;
  } catch (e) {
    throw apiError({ code: 'refused', message: e instanceof Error ? e.message : String(e) });
  }
  if (reply.ok) return reply.value;
  throw apiError(reply.error);
}

function onProgress(listener: (event: ProgressEvent) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
  const relay = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
  ipcRenderer.on(PROGRESS_CHANNEL, relay);
  return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, relay);
}

contextBridge.exposeInMainWorld('trayline', { call, onProgress, platform: process.platform });
