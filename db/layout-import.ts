// Imports a layout document into a project in one transaction: all or nothing. Names are the keys:
// every reference (hall, row, feed, rack, tray, device type, device, port, media) is resolved by
// name against the document and the project, and checked with the same rules as an edit (racks
// inside their hall and not overlapping, devices within the rack and not sharing a U) before
// anything is written. The import is one compact undo step whatever its size (db/history-aside.ts).
import type { Breakout, DeviceType, Id, Rack } from '../core/model/entities.js';
import { breakoutName, SplitPorts, subPortOf } from '../core/model/breakout.js';
import type { Layout } from '../core/model/layout.js';
import { mmFromM } from '../core/model/units.js';
import { overlappingRacks, rackRect, rectContains } from '../core/geometry/footprint.js';
import { CDU_IDS, cduFloorMm } from './layout-cdus.js';
import { slotOf, uSpaceProblems, type USlot } from '../core/model/rack-space.js';
import { readDeviceTypes } from './catalog.js';
import { recordInsertedStep } from './history.js';
import { insertedSince, maxIds } from './history-aside.js';
import { LayoutError, pathString, type JsonLocator, type JsonPath } from './layout-parse.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { EntityStore } from './store.js';
import { key, writeLayout } from './layout-write.js';

/** What an import added, by kind. */
export type ImportCounts = Record<'halls' | 'rows' | 'feeds' | 'cdus' | 'racks' | 'devices' | 'ports' | 'trays' | 'cables', number>;

export interface ImportOptions {
  /** Undo label; default "Import layout". */
  label?: string;
  progress?: (phase: string, done: number, total: number) => void;
  /** For error messages: line numbers and the file name. */
  locate?: JsonLocator;
  file?: string;
}

const MAX_PROBLEMS = 100;

interface Problem {
  path: JsonPath;
  reason: string;
}

type HallInfo = { id: Id | null; widthMm: number; depthMm: number };
type DeviceInfo = { id: Id | null; rack: string; type: DeviceType; u: number; face: 'front' | 'rear' };


/** What the project already holds, by name. */
function readExisting(db: Db) {
  const halls = new Map<string, HallInfo>();
  for (const h of db.prepare('SELECT id, name, width_mm, depth_mm FROM halls').all() as { id: Id; name: string; width_mm: number; depth_mm: number }[]) {
    halls.set(h.name, { id: h.id, widthMm: h.width_mm, depthMm: h.depth_mm });
  }
  const hallName = new Map([...halls].map(([n, h]) => [h.id!, n]));
  const scoped = (table: string) =>
    new Map(
      (db.prepare(`SELECT id, hall_id, name FROM ${table}`).all() as { id: Id; hall_id: Id; name: string }[]).map((r) => [key(hallName.get(r.hall_id)!, r.name), r.id]),
    );
  const trays = new Map(
    (db.prepare('SELECT id, hall_id, name FROM trays').all() as { id: Id; hall_id: Id; name: string }[]).map((t) => [t.name, { id: t.id, hall: hallName.get(t.hall_id)! }]),
  );
  const store = new EntityStore(db);
  const racks = store.all('rack');
  const types = readDeviceTypes(db);
  const typeById = new Map(types.map((t) => [t.id, t]));
  const rackName = new Map(racks.map((r) => [r.id, r.name]));
  const devices = new Map<string, DeviceInfo>();
  for (const d of db.prepare('SELECT id, rack_id, name, type_id, u, face FROM devices').all() as { id: Id; rack_id: Id; name: string; type_id: Id; u: number; face: 'front' | 'rear' }[]) {
    devices.set(d.name, { id: d.id, rack: rackName.get(d.rack_id)!, type: typeById.get(d.type_id)!, u: d.u, face: d.face });
  }
  return {
    halls,
    hallName,
    rows: scoped('rows'),
    feeds: scoped('power_feeds'),
    cdus: scoped('cdus'),
    trays,
    racks: new Map(racks.map((r) => [r.name, r])),
    /** The project's in-row CDUs that stand on the floor. */
    cduFloor: store.all('cdu').filter((c) => c.placement === 'in-row' && c.xMm != null && c.yMm != null),
    devices,
    types: new Map(types.map((t) => [t.slug, t])),
    media: new Set(db.prepare('SELECT id FROM media').pluck().all() as string[]),
    cableLabels: new Set(db.prepare('SELECT label FROM cable_view').pluck().all() as string[]),
    portsOf: db.prepare('SELECT name FROM port_view WHERE device_id = ?').pluck(),
    portId: db.prepare('SELECT id FROM port_view WHERE device_id = ? AND name = ?').pluck(),
  };
}

type Existing = ReturnType<typeof readExisting>;

/** Checks every name and rule; returns the problems found, in document order per section. */
function check(layout: Layout, ex: Existing): { problems: Problem[]; splits: Map<string, Map<string, Breakout>> } {
  const problems: Problem[] = [];
  const add = (path: JsonPath, reason: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, reason });
  };
  const unique = <T extends { name: string }>(items: T[], section: string, exists: (item: T) => boolean, scope?: (item: T) => string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = scope ? key(scope(item), item.name) : item.name;
      const prev = seen.get(k);
      if (prev !== undefined) add([section, i, 'name'], `duplicate name "${item.name}" (also at ${pathString([section, prev])})`);
      else if (exists(item)) add([section, i, 'name'], `"${item.name}" already exists in the project`);
      seen.set(k, i);
    });
  };

  // Halls
  const halls = new Map<string, HallInfo>(ex.halls);
  unique(layout.halls, 'halls', (h) => ex.halls.has(h.name));
  for (const h of layout.halls) if (!halls.has(h.name)) halls.set(h.name, { id: null, widthMm: mmFromM(h.widthM), depthMm: mmFromM(h.depthM) });
  const needHall = (path: JsonPath, name: string) => {
    if (!halls.has(name)) add(path, `unknown hall "${name}"`);
  };

  const rows = layout.rows ?? [];
  const feeds = layout.feeds ?? [];
  const cdus = layout.cdus ?? [];
  unique(rows, 'rows', (r) => ex.rows.has(key(r.hall, r.name)), (r) => r.hall);
  rows.forEach((r, i) => needHall(['rows', i, 'hall'], r.hall));
  unique(feeds, 'feeds', (f) => ex.feeds.has(key(f.hall, f.name)), (f) => f.hall);
  feeds.forEach((f, i) => needHall(['feeds', i, 'hall'], f.hall));
  const rowKeys = new Set([...ex.rows.keys(), ...rows.map((r) => key(r.hall, r.name))]);
  const feedKeys = new Set([...ex.feeds.keys(), ...feeds.map((f) => key(f.hall, f.name))]);
  unique(cdus, 'cdus', (c) => ex.cdus.has(key(c.hall, c.name)), (c) => c.hall);
  cdus.forEach((c, i) => needHall(['cdus', i, 'hall'], c.hall));
  const cduKeys = new Set([...ex.cdus.keys(), ...cdus.map((c) => key(c.hall, c.name))]);

  unique(layout.trays, 'trays', (t) => ex.trays.has(t.name));
  const trayHall = new Map<string, string>([...ex.trays].map(([n, t]) => [n, t.hall]));
  layout.trays.forEach((t, i) => {
    needHall(['trays', i, 'hall'], t.hall);
    if (!trayHall.has(t.name)) trayHall.set(t.name, t.hall);
  });

  // Racks: references, then the floor (inside the hall, no overlap with any rack in that hall).
  unique(layout.racks, 'racks', (r) => ex.racks.has(r.name));
  const hallKey = new Map([...halls.keys()].map((n, i) => [n, i + 1]));
  const placed: Rack[] = [...ex.racks.values()].map((r) => ({ ...r, hallId: hallKey.get(ex.hallName.get(r.hallId)!)! }));
  const rackIndex = new Map<Id, number>();
  layout.racks.forEach((r, i) => {
    const at = ['racks', i];
    needHall([...at, 'hall'], r.hall);
    if (r.row !== null && !rowKeys.has(key(r.hall, r.row))) add([...at, 'row'], `unknown row "${r.row}" in hall "${r.hall}"`);
    if (r.feed !== null && !feedKeys.has(key(r.hall, r.feed))) add([...at, 'feed'], `unknown power feed "${r.feed}" in hall "${r.hall}"`);
    if (r.feedB !== undefined && !feedKeys.has(key(r.hall, r.feedB))) add([...at, 'feedB'], `unknown power feed "${r.feedB}" in hall "${r.hall}"`);
    if (r.cdu !== undefined && !cduKeys.has(key(r.hall, r.cdu))) add([...at, 'cdu'], `unknown CDU "${r.cdu}" in hall "${r.hall}"`);
    if (r.dropTray !== null) {
      const th = trayHall.get(r.dropTray);
      if (th === undefined) add([...at, 'dropTray'], `unknown tray "${r.dropTray}"`);
      else if (th !== r.hall) add([...at, 'dropTray'], `tray "${r.dropTray}" is in hall "${th}", not "${r.hall}"`);
    }
    const hall = halls.get(r.hall);
    if (!hall) return;
    const rack = { id: -(i + 1), hallId: hallKey.get(r.hall)!, xMm: mmFromM(r.xM), yMm: mmFromM(r.yM), widthMm: mmFromM(r.widthM), depthMm: mmFromM(r.depthM), rotationDeg: r.rotationDeg } as Rack;
    if (!rectContains({ x0: 0, y0: 0, x1: hall.widthMm, y1: hall.depthMm }, rackRect(rack))) {
      add(at, `rack "${r.name}" would stand outside hall "${r.hall}" (${hall.widthMm / 1000} x ${hall.depthMm / 1000} m)`);
    }
    rackIndex.set(rack.id, i);
    placed.push(rack);
  });
  // In-row CDUs with a place stand on the floor as racks do (edits.ts checkCdu): in the same list,
  // with ids past CDU_IDS (the document's negative, the project's positive).
  cdus.forEach((c, i) => {
    if ((c.xM === undefined) !== (c.yM === undefined)) add(['cdus', i, c.xM === undefined ? 'xM' : 'yM'], 'xM and yM come together (the CDU\'s centre), or neither (no place on the floor)');
    const hall = halls.get(c.hall);
    if (c.placement !== 'in-row' || c.xM === undefined || c.yM === undefined || !hall) return;
    const cdu = { id: -(CDU_IDS + i), hallId: hallKey.get(c.hall)!, ...cduFloorMm(c) } as Rack;
    if (!rectContains({ x0: 0, y0: 0, x1: hall.widthMm, y1: hall.depthMm }, rackRect(cdu))) {
      add(['cdus', i], `CDU "${c.name}" would stand outside hall "${c.hall}" (${hall.widthMm / 1000} x ${hall.depthMm / 1000} m)`);
    }
    placed.push(cdu);
  });
  for (const c of ex.cduFloor) placed.push({ ...c, id: CDU_IDS + c.id, hallId: hallKey.get(ex.hallName.get(c.hallId)!)! } as unknown as Rack);
  const mineAt = (r: Rack): JsonPath => (r.id <= -CDU_IDS ? ['cdus', -r.id - CDU_IDS] : ['racks', -r.id - 1]);
  const nameOf = (r: Rack) => (r.id <= -CDU_IDS ? `CDU "${cdus[-r.id - CDU_IDS]!.name}"` : `rack "${layout.racks[-r.id - 1]!.name}"`);
  const label = (r: Rack) => (r.id < 0 ? `${nameOf(r)} (${pathString(mineAt(r))})` : r.id >= CDU_IDS ? `CDU "${ex.cduFloor.find((c) => c.id === r.id - CDU_IDS)!.name}" already in the project` : `rack "${r.name}" already in the project`);
  for (const [a, b] of overlappingRacks(placed)) {
    const [mine, other] = b.id < 0 && (a.id > 0 || -b.id > -a.id) ? [b, a] : [a, b];
    if (mine.id > 0) continue;
    add(mineAt(mine), `${nameOf(mine)} would overlap ${label(other)}`);
  }

  // Devices: rack, type, and U space per rack including what the rack already holds.
  unique(layout.devices, 'devices', (d) => ex.devices.has(d.name));
  const rackHeight = new Map<string, number>([...ex.racks].map(([n, r]) => [n, r.heightU]));
  for (const r of layout.racks) if (!rackHeight.has(r.name)) rackHeight.set(r.name, r.heightU);
  const slots = new Map<string, USlot[]>();
  const pushSlot = (rack: string, s: USlot) => {
    let list = slots.get(rack);
    if (!list) slots.set(rack, (list = []));
    list.push(s);
  };
  const names = new Map<number, string>();
  for (const [n, d] of ex.devices) {
    pushSlot(d.rack, slotOf({ id: d.id!, u: d.u, face: d.face }, d.type));
    names.set(d.id!, n);
  }
  const devices = new Map<string, DeviceInfo>(ex.devices);
  const split = new SplitPorts<string>();
  layout.devices.forEach((d, i) => {
    const at = ['devices', i];
    const type = ex.types.get(d.type);
    if (!type) add([...at, 'type'], `unknown device type "${d.type}" (trayline catalog lists them)`);
    if (!rackHeight.has(d.rack)) add([...at, 'rack'], `unknown rack "${d.rack}"`);
    if (!type || !rackHeight.has(d.rack)) return;
    if (!devices.has(d.name)) devices.set(d.name, { id: null, rack: d.rack, type, u: d.u, face: d.face });
    for (const [port, n] of Object.entries(d.split ?? {})) {
      const parent = type.ports.find((p) => p.name === port);
      if (parent?.breakouts.some((b) => b.count === n)) split.use(d.name, parent, n - 1);
      else add([...at, 'split', port], parent ? `port "${port}" of ${type.slug} has no breakout into ${n} (${parent.breakouts.map((b) => `${b.count} x ${b.speedGbps}G`).join(', ') || 'none'})` : `${type.slug} has no port "${port}"`);
    }
    pushSlot(d.rack, slotOf({ id: -(i + 1), u: d.u, face: d.face }, type));
    names.set(-(i + 1), `device "${d.name}"`);
  });
  for (const [rack, list] of slots) {
    for (const p of uSpaceProblems(rackHeight.get(rack)!, list)) {
      if (p.deviceId > 0) continue;
      const at = ['devices', -p.deviceId - 1, 'u'];
      const who = names.get(p.deviceId)!;
      if (p.kind === 'overflow') add(at, `${who} would reach U${p.hi}, above the top of rack "${rack}" (${p.heightU}U)`);
      else add(at, `${who} would collide with ${p.otherId > 0 ? `device "${names.get(p.otherId)}"` : names.get(p.otherId)} at U${p.u} in rack "${rack}"`);
    }
  }

  // Cables: label, both ends (device and port), media.
  const labels = new Map<string, number>();
  const legs = new Map<string, number>();
  const portCache = new Map<string, Set<string>>();
  const portsOf = (name: string, d: DeviceInfo) => {
    let set = portCache.get(name);
    if (!set) portCache.set(name, (set = new Set(d.id !== null ? (ex.portsOf.all(d.id) as string[]) : d.type.ports.map((p) => p.name))));
    return set;
  };
  layout.cables.forEach((c, i) => {
    const at = ['cables', i];
    const prev = labels.get(c.label);
    if (prev !== undefined) add([...at, 'label'], `duplicate label "${c.label}" (also at ${pathString(['cables', prev])})`);
    else if (ex.cableLabels.has(c.label)) add([...at, 'label'], `cable "${c.label}" already exists in the project`);
    labels.set(c.label, i);
    for (const end of ['a', 'b'] as const) {
      const d = devices.get(c[end].device);
      if (!d) add([...at, end, 'device'], `unknown device "${c[end].device}"`);
      else if (!portsOf(c[end].device, d).has(c[end].port)) {
        // a sub-port of a new device's port (swp1s0 of swp1): the cables split it (SplitPorts)
        const sub = d.id === null ? subPortOf(d.type.ports, c[end].port) : null;
        if (sub) split.use(c[end].device, sub.parent, sub.lane);
        else add([...at, end, 'port'], `device "${c[end].device}" (${d.type.slug}) has no port "${c[end].port}"`);
      }
    }
    if (c.a.device === c.b.device && c.a.port === c.b.port) add([...at, 'b'], 'a cable cannot connect a port to itself');
    if (c.assembly !== undefined && c.leg !== undefined) {
      const k = `${c.assembly}\u0000${c.leg}`;
      const other = legs.get(k);
      if (other !== undefined) add([...at, 'leg'], `assembly "${c.assembly}" has leg ${c.leg} twice (also at ${pathString(['cables', other])})`);
      else legs.set(k, i);
    }
    for (const f of ['media', 'opticA', 'opticB'] as const) {
      const id = c[f];
      if (id != null && !ex.media.has(id)) add([...at, f], `unknown media "${id}" (trayline catalog lists them)`);
    }
  });
  const splits = split.decide();
  if (splits.size) layout.cables.forEach((c, i) => {
    for (const end of ['a', 'b'] as const) {
      const b = splits.get(c[end].device)?.get(c[end].port);
      if (b) add(['cables', i, end, 'port'], `${c[end].device} ${c[end].port} is split into ${b.count} x ${b.speedGbps}G sub-ports (${breakoutName(c[end].port, 0)}, ...) by other cables: cable one or the other`);
    }
  });
  return { problems, splits };
}

export interface ImportResult extends ImportCounts {
  /** Always true: an import of any size is one compact undo step (the id ranges it added). */
  undoable: boolean;
}

/** Checks the whole layout, then writes it in one transaction; throws LayoutError on a problem. */
export function importLayout(db: Db, layout: Layout, opts: ImportOptions = {}): ImportResult {
  return writeTransaction(db, () => {
    const ex = readExisting(db);
    const { problems, splits } = check(layout, ex);
    if (problems.length > 0) {
      const p = problems[0]!;
      throw new LayoutError(pathString(p.path), p.reason, opts.locate?.line(p.path) ?? null, opts.file ?? null, problems.length - 1, problems.length >= MAX_PROBLEMS);
    }
    const before = maxIds(db);
    const counts = writeLayout(db, layout, ex, splits, opts.progress);
    const added = insertedSince(db, before);
    const hallId = added.hall ? added.hall[0] : added.rack ? ((db.prepare('SELECT hall_id FROM racks WHERE id = ?').pluck().get(added.rack[0]) as number) ?? null) : null;
    recordInsertedStep(db, opts.label ?? 'Import layout', added, hallId);
    const undoable = true;
    return { ...counts, undoable };
  });
}
