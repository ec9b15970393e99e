// The preload (bundled to dist/electron/preload.cjs). It runs sandboxed, so it is self-contained:
// the allow-list of API methods is baked in at build time (__TRAYLINE_METHODS__, from core/api).
// It exposes exactly `window.trayline` and never ipcRenderer itself:
//   call(method, args)  resolves to the call's Reply ({ok: true, value} or {ok: false, error:
//                       {code, message, where}}), the same JSON the loopback bridge answers, so
//                       the renderer unwraps both alike (renderer/src/api/client.ts) and no error
//                       detail is lost crossing the context bridge (Errors lose their fields there);
//   onProgress(fn)      progress events of long calls; returns the unsubscribe function;
//   platform            'linux' | 'darwin' | 'win32', for keyboard hints.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ProgressEvent, Reply } from '../../core/api/define.js';
import { CALL_CHANNEL, PROGRESS_CHANNEL, type CallRequest } from './channels.js';

declare const __TRAYLINE_METHODS__: readonly string[];

const allowed = new Set<string>(__TRAYLINE_METHODS__);
let sequence = 0;

async function call(method: unknown, args: unknown): Promise<Reply<unknown>> {
  if (typeof method !== 'string' || !allowed.has(method)) {
    return { ok: false, error: { code: 'bad-input', message: `unknown method ${JSON.stringify(String(method))}` } };
  }
  const request: CallRequest = { callId: `c${++sequence}`, method, args: args ?? {} };
  try {
    return (await ipcRenderer.invoke(CALL_CHANNEL, request)) as Reply<unknown>;
  } catch (e) {
    // The main process refused the sender, or the arguments could not be cloned.
    return { ok: false, error: { code: 'refused', message: e instanceof Error ? e.message : String(e) } };
  }
}

function onProgress(listener: (event: ProgressEvent) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
  const relay = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
  ipcRenderer.on(PROGRESS_CHANNEL, relay);
  return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, relay);
}

contextBridge.exposeInMainWorld('trayline', { call, onProgress, platform: process.platform });
