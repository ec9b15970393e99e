// The latest check results, kept outside the panel so that checks keep re-running (incrementally)
// after every edit even while another tab is in front. Started when the Checks tab is first shown,
// or at once for a small project (startChecksIfSmall).
import { create } from 'zustand';
import type { ApiClient } from '../../../core/api/index.js';
import type { ChecksResult } from '../../../core/api/routing.js';
import { CallError, checksRunning, setChecksRunning, smallProject, useDoc, whenFirstShown } from './api.js';
import { CHECKED_KINDS, touchedBetween, type CheckedKind } from './checks-touched.js';

/** Above this many changed objects (a reload, a big import) a full run is as fast as an update. */
const FULL_RUN_ABOVE = 20_000;

interface ChecksState {
  result: ChecksResult | null;
  error: string | null;
  /** Calls queued or running. */
  pending: number;
  /** The panel's "colour racks by power, trays by fill" toggle, kept across tab switches. */
  heatOn: boolean;
}

export const useChecks = create<ChecksState>(() => ({ result: null, error: null, pending: 0, heatOn: false }));

let queue: Promise<void> = Promise.resolve();
/** Started for a small project (startChecksIfSmall), not by the Checks tab. */
let auto = false;
let unsubscribeDoc: (() => void) | null = null;

/** True while applying the routes an update returned: that change is ours, not an edit. */
let applyingRoutes = false;

function enqueue(fn: () => Promise<ChecksResult>): Promise<void> {
  useChecks.setState((s) => ({ pending: s.pending + 1 }));
  queue = queue.then(async () => {
    try {
      const result = await fn();
      if (result.routes) {
        applyingRoutes = true;
        try {
          useDoc.getState().applyPatch(result.routes);
        } finally {
          applyingRoutes = false;
        }
      }
      useChecks.setState({ result, error: null });
    } catch (e) {
      useChecks.setState({ error: e instanceof CallError || e instanceof Error ? e.message : String(e) });
    } finally {
      useChecks.setState((s) => ({ pending: s.pending - 1 }));
    }
  });
  return queue;
}

export function runAllChecks(api: ApiClient): Promise<void> {
  return enqueue(() => api.call('checks.run', {}));
}

/** Resolves when every queued check call has finished. */
export function checksSettled(): Promise<void> {
  return queue;
}

function mapsOf(s: ReturnType<typeof useDoc.getState>): Record<CheckedKind, Map<number, unknown>> {
  return Object.fromEntries(CHECKED_KINDS.map((k) => [k, s[k] as Map<number, unknown>])) as Record<CheckedKind, Map<number, unknown>>;
}

/**
 * Starts the checks the moment the Checks tab is first shown, not when its panel's code has
 * arrived and mounted: a tab shown only until another was clicked (the chunk still on its way)
 * left the checks unstarted, and a trunk then made by hand never got its route in the trays.
 */
export function startChecksWhenShown(api: ApiClient): void {
  whenFirstShown('checks', () => {
    auto = false; // (asked for: kept however large the project grows)
    startChecks(api);
  });
}

/**
 * Starts the checks now when the open project is small enough to open whole and is loaded whole,
 * so a cable drawn is routed (and drawn in the trays) at once. A large project's wait for the
 * Checks tab: a full run of the 32k hall takes the server 4-5 s. One that grows large (a fabric
 * generated into it) stops them until the tab is shown.
 */
export function startChecksIfSmall(api: ApiClient): void {
  if (checksRunning() || !smallProject() || useDoc.getState().detail !== 'full') return;
  auto = true;
  startChecks(api);
}

/** Undoes startChecksIfSmall once the project has grown large: nothing runs until the tab is
 * shown (startChecksWhenShown's wait is still on: showing the tab would have cleared `auto`). */
function stopAutoChecks(): void {
  unsubscribeDoc?.();
  unsubscribeDoc = null;
  auto = false;
  setChecksRunning(false);
  useChecks.setState({ result: null, error: null });
}

/** First full run, then an incremental update after every change to the document. */
function startChecks(api: ApiClient): void {
  if (checksRunning()) return;
  setChecksRunning(true);
  void runAllChecks(api);
  let prev = mapsOf(useDoc.getState());
  let settings = useDoc.getState().settings;
  let detail = useDoc.getState().detail;
  unsubscribeDoc = useDoc.subscribe((s) => {
    // (reopened large, floor first: the whole model is not in the page, and a full run costs seconds)
    if (auto && !smallProject()) return stopAutoChecks();
    const next = mapsOf(s);
    // The whole model arriving in a page opened floor first (store/detail.ts) is the project the
    // server has just checked, not an edit: re-running every check on it cost the 32k hall a
    // second full run (4-5 s) each time the Checks panel was first opened.
    const wholeModelArrived = detail === 'floor' && s.detail === 'full';
    detail = s.detail;
    if (applyingRoutes || wholeModelArrived) {
      prev = next;
      if (wholeModelArrived) settings = s.settings;
      return;
    }
    const t = touchedBetween(prev, next);
    prev = next;
    if (s.settings !== settings) {
      settings = s.settings;
      void runAllChecks(api);
    } else if (t) void (t.count > FULL_RUN_ABOVE ? runAllChecks(api) : enqueue(() => api.call('checks.update', { touched: t.touched })));
  });
}
