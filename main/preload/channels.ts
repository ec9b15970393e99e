// IPC channel names shared by the main process and the preload. One channel carries every API call
// (the method name is checked against the contract's allow-list on both sides), one carries
// progress events back to the window that made the call.
export const CALL_CHANNEL = 'trayline:call';
export const PROGRESS_CHANNEL = 'trayline:progress';

/** What the preload sends on CALL_CHANNEL. */
export interface CallRequest {
  callId: string;
  method: string;
  args: unknown;
}
