// Opening by the floor first: project.floor draws the plan (racks, trays, bundle counts) before
// any device, port or cable is in memory. What the views then need comes on demand:
// - the selected racks, the open elevation and the selected cables: project.detail for just those;
// - a click on a cable bundle: the cables of that tray segment (pickSegmentCables);
// - edits: applied to what the store holds, counts re-asked when they can change
//   (store/floor-edits.ts), so the common edits never load the whole model;
// - what reads the whole model: ensureFull(), the snapshot once. That is find (names across the
//   whole project), the panels other than the inspector (checks, export, fabric, audit: they list
//   or count every cable), and the edits that need names unique across the project (paste and
//   duplicate racks with their devices and cables; a new cable's label is asked of the server,
//   project.freeCableLabel, when the page holds both its ends).
import type { Id } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { askFloor, type FloorAsked } from '../api/ask-floor.js';
import { useDoc } from './document.js';
import { useUi } from './ui.js';
import { forgetDeleted, wasDeleted } from './floor-edits.js';

let full: Promise<void> | null = null;
let unsubscribe: (() => void) | null = null;
const racksFetched = new Set<Id>();
let fetching = 0;
const waiters: (() => void)[] = [];

export function detailPending(): boolean {
  return fetching > 0;
}

/** Resolves when no on-demand fetch is running (test hooks' idle()). */
export function detailSettled(): Promise<void> {
  if (fetching === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}

async function tracked<T>(p: Promise<T>): Promise<T> {
  fetching++;
  try {
    return await p;
  } finally {
    if (--fetching === 0) for (const w of waiters.splice(0)) w();
  }
}

/**
 * Below this many ports + cables the whole model is loaded at once (it costs less than the
 * round trips of fetching it piecemeal); above it the project opens floor first.
 */
export const FLOOR_FIRST_ABOVE = 50_000;

let small = false;
/** Whether the project last opened is small enough to open whole (FLOOR_FIRST_ABOVE), whichever way it was opened. */
export function smallProject(): boolean {
  return small;
}

/**
 * The floor payload and the history: what start-up waits for. `mode` (the page's `?open=`)
 * forces floor-first or whole-model opening, whatever the size.
 */
export async function openFloor(mode: 'auto' | 'floor' | 'full' = 'auto', asked?: FloorAsked): Promise<void> {
  const [floor, history] = await Promise.all(asked ? [asked.floor, asked.history] : askFloor(apiClient()));
  performance.mark('trayline:floor');
  // A reload starts over: nothing fetched before belongs to the new document.
  full = null;
  racksFetched.clear();
  forgetDeleted();
  // (known before the floor lands: the checks started for a small project stop on that change if
  // it is now large, panels/checks-store.ts)
  small = floor.counts.ports + floor.counts.cables <= FLOOR_FIRST_ABOVE;
  useDoc.getState().loadFloor(floor);
  useDoc.getState().setHistory(history);
  if (mode === 'full' || (mode === 'auto' && small)) await ensureFull(true);
  unsubscribe ??= installOnDemand();
}

/** The whole model's load when one is under way (an edit waits for it, so its patch lands on the snapshot). */
export function fullLoading(): Promise<void> | null {
  return useDoc.getState().detail === 'floor' ? full : null;
}

/** Loads the whole model once (no-op when it is already in memory); says so unless `quiet` (start-up). */
export function ensureFull(quiet = false): Promise<void> {
  if (useDoc.getState().detail === 'full') return Promise.resolve();
  if (!full && !quiet) useUi.getState().toast('info', `Loading all ${useDoc.getState().floor?.counts.cables.toLocaleString('en-US') ?? ''} cables, their ports and devices…`);
  full ??= tracked(
    (async () => {
      const snapshot = await apiClient().call('project.snapshot', {});
      performance.mark('trayline:snapshot');
      useDoc.getState().load(snapshot);
    })(),
  ).catch((e: unknown) => {
    full = null;
    throw e;
  });
  return full;
}

/** Fetches the devices, ports and cables of racks and cables the store lacks (floor mode only). */
export async function fetchDetail(q: { racks?: Id[]; cables?: Id[]; segment?: { trayId: Id; seg: number } }): Promise<void> {
  if (useDoc.getState().detail === 'full') return;
  const d = await tracked(apiClient().call('project.detail', q));
  const doc = useDoc.getState();
  if (doc.detail !== 'floor') return;
  // Read before an edit that deleted some of it (a rack deleted while its contents were on the
  // way): what the edit deleted stays deleted.
  const live = <K extends 'device' | 'port' | 'cable'>(k: K) => (e: { id: Id }) => !wasDeleted(k, e.id);
  const devices = d.devices.filter((x) => live('device')(x) && doc.rack.has(x.rackId));
  doc.mergeDetail({ devices, ports: d.ports.filter(live('port')), cables: d.cables.filter(live('cable')) });
}

/**
 * The cables of one tray segment, in the order the plan lays its strands (by id), fetched when
 * only the bundle count is known; `strand` picks one of them.
 */
export async function pickSegmentCables(trayId: Id, seg: number, strand: number | null): Promise<Id[]> {
  await fetchDetail({ segment: { trayId, seg } });
  const ids: Id[] = [];
  for (const c of useDoc.getState().cable.values()) if (c.route?.some((s) => s.trayId === trayId && s.seg === seg)) ids.push(c.id);
  ids.sort((a, b) => a - b);
  if (strand === null) return ids;
  const one = ids[strand];
  return one === undefined ? [] : [one];
}

/** Keeps the detail of what the user looks at in the store while in floor mode. */
function installOnDemand(): () => void {
  return useUi.subscribe((ui, prev) => {
    const doc = useDoc.getState();
    if (doc.detail === 'full') return;
    // The checks, export, fabric and audit panels list or count every cable: the whole model.
    if (ui.activePanel !== prev.activePanel && ui.activePanel !== 'inspector') void ensureFull();
    if (ui.selection === prev.selection && ui.openRackId === prev.openRackId) return;
    const racks = new Set<Id>();
    const cables: Id[] = [];
    for (const r of ui.selection) {
      if (r.kind === 'rack' && !racksFetched.has(r.id)) racks.add(r.id);
      if (r.kind === 'cable' && !doc.cable.has(r.id)) cables.push(r.id);
    }
    if (ui.openRackId != null && !racksFetched.has(ui.openRackId)) racks.add(ui.openRackId);
    if (racks.size === 0 && cables.length === 0) return;
    for (const id of racks) racksFetched.add(id);
    void fetchDetail({ racks: [...racks], cables }).catch((e: unknown) => {
      for (const id of racks) racksFetched.delete(id);
      useUi.getState().toast('error', `Loading rack contents failed: ${(e as Error).message}`);
    });
  });
}
