// Small helpers of the check session's indexes.
import type { Cable, Device, Id, Port, ProjectSnapshot, Rack } from '../model/entities.js';
import { diameterMm, type LinkParts } from '../routing/link.js';
import type { DenseIdIndex } from '../model/id-index.js';

/** A cable's cross-section in a tray, mm^2 (a circle of its outer diameter). */
export function crossSectionMm2(parts: LinkParts, c: Cable): number {
  // The legs of one assembly (a multi-leg trunk, a harness) share one jacket: leg 1 carries it.
  if (c.assemblyId != null && c.leg != null && c.leg !== 1) return 0;
  const d = diameterMm(parts);
  return Math.PI * (d / 2) ** 2;
}

// Small arrays rather than Sets: most ports carry one cable and there are hundreds of thousands.
export function addTo<K>(index: Map<K, Id[]>, key: K | null, value: Id, unique = false): void {
  if (key == null) return;
  const s = index.get(key);
  if (!s) index.set(key, [value]);
  else if (unique || !s.includes(value)) s.push(value);
}
export function removeFrom<K>(index: Map<K, Id[]>, key: K | null, value: Id): void {
  if (key == null) return;
  const s = index.get(key);
  if (!s) return;
  const i = s.indexOf(value);
  if (i >= 0) s.splice(i, 1);
  if (s.length === 0) index.delete(key);
}


/** Ports with more than one cable, in the order their first cable came (as a map's keys would). */
export function sharedPorts(portCables: DenseIdIndex, cables: readonly Cable[]): Id[] {
  const shared: Id[] = [];
  if (portCables.sharedCount === 0) return shared; // (the usual hall: no cable end read twice)
  const listed = new Set<Id>();
  const share = (p: Id) => {
    if (typeof portCables.get(p) === 'object' && !listed.has(p)) {
      shared.push(p);
      listed.add(p);
    }
  };
  for (let i = 0; i < cables.length; i++) {
    share(cables[i]!.aPortId);
    share(cables[i]!.bPortId);
  }
  return shared;
}

// The session's first indexes, each list in a function of its own: in one method the optimized
// loop over the ports was thrown away at the devices' loop (no feedback there yet) and compiled
// again. Indexed loops: a for-of run once stays unoptimized long enough to make an iterator
// result per entry (256,000 ports: 10 MB for the collector in the bench hall). Ids are unique
// in a snapshot: no test for duplicates.
// A device's ports (a rack's devices) mostly come one after another: the list of the key before
// is kept at hand, not looked up again per entry (256,000 map lookups in the bench hall).
export function indexPorts(index: Map<Id, Id[]>, ports: readonly Port[]): void {
  let key = NaN; // (no id: the first entry looks its list up)
  let list: Id[] = [];
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i]!;
    if (p.deviceId !== key) list = listAt(index, (key = p.deviceId));
    list.push(p.id);
  }
}
export function indexDevices(index: Map<Id, Id[]>, devices: readonly Device[]): void {
  let key = NaN;
  let list: Id[] = [];
  for (let i = 0; i < devices.length; i++) {
    const d = devices[i]!;
    if (d.rackId !== key) list = listAt(index, (key = d.rackId));
    list.push(d.id);
  }
}
function listAt(index: Map<Id, Id[]>, key: Id): Id[] {
  let list = index.get(key);
  if (list === undefined) index.set(key, (list = []));
  return list;
}
export function indexFeeds(index: Map<Id, Id[]>, racks: readonly Rack[]): void {
  for (let i = 0; i < racks.length; i++) {
    const r = racks[i]!;
    addTo(index, r.feedId, r.id, true);
    if (r.feedBId !== r.feedId) addTo(index, r.feedBId ?? null, r.id, true);
  }
}

/** The session's first indexes: a rack's devices, a feed's racks (a device's ports are indexed
 * when first asked, indexPorts). (A function of its own: a constructor with every pass over the
 * hall was compiled anew at each loop.) */
export function indexSnapshot(rackDevices: Map<Id, Id[]>, feedRacks: Map<Id, Id[]>, snapshot: ProjectSnapshot): void {
  indexDevices(rackDevices, snapshot.devices);
  indexFeeds(feedRacks, snapshot.racks);
}

/** Whether a rack's edit moves its cables' routes: its place, height, drop tray, hall, plinth or
 * top, or its name (its cables' routing problems and findings name it); added or deleted too. */
export function rackMoved(old: Rack | undefined, r: Rack | null): boolean {
  return (
    !old || !r || old.xMm !== r.xMm || old.yMm !== r.yMm || old.heightU !== r.heightU || old.dropTrayId !== r.dropTrayId || old.hallId !== r.hallId ||
    old.plinthMm !== r.plinthMm || old.topMm !== r.topMm || old.name !== r.name
  );
}
