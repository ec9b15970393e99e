// The open project as the server last said it, indexed by id. Loaded once from project.snapshot,
// then kept current by the Patch each edit.apply/undo/redo returns: no reload per edit. Only the
// maps a patch touches are copied, so selectors on untouched kinds keep their identity.
import { create } from 'zustand';
import type { HistoryState } from '../../../core/api/index.js';
import type { Patch } from '../../../core/model/edits.js';
import type {
  Cable, Cdu, Device, DeviceType, EntityKind, EntityMap, Hall, Id, Media, Port, PowerFeed, ProjectSettings,
  ProjectSnapshot, Rack, RowGroup, Tray,
} from '../../../core/model/entities.js';
import { DEFAULT_SETTINGS } from '../../../core/model/entities.js';
import { floorRacks, type FloorCounts, type FloorDetail, type FloorPayload } from '../../../core/model/floor.js';
import type { HallMarks } from '../../../core/geometry/floor-marks.js';

export type EntityMaps = { [K in EntityKind]: Map<Id, EntityMap[K]> };

/** The floor payload's aggregates, drawn until the whole model is loaded (scene.ts). */
export type FloorAggregates = FloorCounts;

export interface DocState extends EntityMaps {
  loaded: boolean;
  /**
   * 'floor': opened from project.floor; devices, ports and cables hold only what was fetched on
   * demand (store/detail.ts) and the plan draws `floor`'s counts. 'full': the whole snapshot.
   */
  detail: 'floor' | 'full';
  floor: FloorAggregates | null;
  /** The floor payload's aisles, junctions and drop points, and the rack and tray maps they were computed for (canvas/scene.ts). */
  floorMarks: { rack: Map<Id, Rack>; tray: Map<Id, Tray>; halls: HallMarks[] } | null;
  schemaVersion: number;
  deviceTypes: Map<Id, DeviceType>;
  media: Map<string, Media>;
  settings: ProjectSettings;
  history: HistoryState;
  /** Bumped on every change; per kind in `revs` so views can skip work when their kind is untouched. */
  rev: number;
  revs: Record<EntityKind, number>;
  load(snapshot: ProjectSnapshot): void;
  loadFloor(payload: FloorPayload): void;
  /** Adds devices, ports and cables fetched on demand (floor mode). */
  mergeDetail(detail: FloorDetail<Device, Port, Cable>): void;
  applyPatch(patch: Patch): void;
  /** New aggregates after an edit in floor mode (store/floor-edits.ts); ignored once the whole model is loaded. */
  setFloorCounts(counts: FloorCounts): void;
  setHistory(history: HistoryState): void;
  /** Catalog changes (device types, media) arrive outside patches: the catalog panel calls this. */
  setCatalog(deviceTypes: DeviceType[] | null, media: Media[] | null): void;
  setSettings(settings: ProjectSettings): void;
}

const KINDS: EntityKind[] = ['hall', 'row', 'rack', 'device', 'port', 'cable', 'tray', 'feed', 'cdu'];
const zeroRevs = (): Record<EntityKind, number> => ({ hall: 0, row: 0, rack: 0, device: 0, port: 0, cable: 0, tray: 0, feed: 0, cdu: 0 });

function byId<T extends { id: Id }>(list: T[]): Map<Id, T> {
  const m = new Map<Id, T>();
  for (const e of list) m.set(e.id, e);
  return m;
}

/** The state of a freshly loaded document: the whole snapshot, or (with `floor`) the floor only. */
function whole(prev: DocState, s: ProjectSnapshot, floor: FloorAggregates | null): Partial<DocState> {
  const revs = zeroRevs();
  for (const k of KINDS) revs[k] = prev.revs[k] + 1;
  return {
    loaded: true,
    detail: floor ? 'floor' : 'full',
    floor,
    schemaVersion: s.schemaVersion,
    hall: byId(s.halls),
    row: byId(s.rows),
    rack: byId(s.racks),
    device: byId(s.devices),
    port: byId(s.ports),
    cable: byId(s.cables),
    tray: byId(s.trays),
    feed: byId(s.feeds),
    cdu: byId(s.cdus ?? []),
    deviceTypes: byId(s.deviceTypes),
    media: new Map(s.media.map((m) => [m.id, m])),
    settings: s.settings,
    rev: prev.rev + 1,
    revs,
  };
}

export const useDoc = create<DocState>()((set, get) => ({
  loaded: false,
  detail: 'full',
  floor: null,
  floorMarks: null,
  schemaVersion: 0,
  hall: new Map<Id, Hall>(),
  row: new Map<Id, RowGroup>(),
  rack: new Map<Id, Rack>(),
  device: new Map<Id, Device>(),
  port: new Map<Id, Port>(),
  cable: new Map<Id, Cable>(),
  tray: new Map<Id, Tray>(),
  feed: new Map<Id, PowerFeed>(),
  cdu: new Map<Id, Cdu>(),
  deviceTypes: new Map(),
  media: new Map(),
  settings: DEFAULT_SETTINGS,
  history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoHall: null, redoHall: null, undoAsks: null, redoAsks: null },
  rev: 0,
  revs: zeroRevs(),
  load(s) {
    set({ ...whole(get(), s, null), floorMarks: null });
  },
  loadFloor(f) {
    const { rackDevices, bundles, routedByHall, unrouted, counts } = f;
    const next = whole(get(), { ...f, racks: floorRacks(f), devices: [], ports: [], cables: [] }, { rackDevices, bundles, routedByHall, unrouted, counts });
    set({ ...next, floorMarks: { rack: next.rack!, tray: next.tray!, halls: f.marks } });
  },
  mergeDetail(d) {
    // Fetched rows are the server's current ones: the same as a patch putting them.
    get().applyPatch({ put: { device: d.devices, port: d.ports, cable: d.cables }, del: {} });
  },
  applyPatch(patch) {
    const state = get();
    const next: Partial<DocState> = {};
    const revs = { ...state.revs };
    let changed = false;
    for (const k of KINDS) {
      const puts = patch.put[k] as EntityMap[typeof k][] | undefined;
      const dels = patch.del[k];
      if (!puts?.length && !dels?.length) continue;
      const m = new Map(state[k] as Map<Id, EntityMap[typeof k]>);
      for (const id of dels ?? []) m.delete(id);
      for (const e of puts ?? []) m.set(e.id, e);
      (next as Record<string, unknown>)[k] = m;
      revs[k]++;
      changed = true;
    }
    if (changed) set({ ...next, revs, rev: state.rev + 1 });
  },
  setFloorCounts(c) {
    if (get().detail !== 'floor') return;
    const { rackDevices, bundles, routedByHall, unrouted, counts } = c;
    set({ floor: { rackDevices, bundles, routedByHall, unrouted, counts }, rev: get().rev + 1 });
  },
  setHistory(history) {
    set({ history });
  },
  setCatalog(deviceTypes, media) {
    const next: Partial<DocState> = { rev: get().rev + 1 };
    if (deviceTypes) next.deviceTypes = byId(deviceTypes);
    if (media) next.media = new Map(media.map((m) => [m.id, m]));
    set(next);
  },
  setSettings(settings) {
    set({ settings, rev: get().rev + 1 });
  },
}));

/** Memoises a derivation on the identity of one input (a map from the store). */
export function memoOn<I extends object, O>(fn: (input: I) => O): (input: I) => O {
  const cache = new WeakMap<I, O>();
  return (input) => {
    let v = cache.get(input);
    if (v === undefined) {
      v = fn(input);
      cache.set(input, v);
    }
    return v;
  };
}

function groupBy<T, K>(items: Iterable<T>, key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

export const devicesByRack = memoOn((devices: Map<Id, Device>) => groupBy(devices.values(), (d) => d.rackId));
export const portsByDevice = memoOn((ports: Map<Id, Port>) => groupBy(ports.values(), (p) => p.deviceId));
export const cablesByPort = memoOn((cables: Map<Id, Cable>) => {
  const out = new Map<Id, Cable>();
  for (const c of cables.values()) {
    out.set(c.aPortId, c);
    out.set(c.bPortId, c);
  }
  return out;
});
