// The floor payload (core/model/floor.ts) and the on-demand detail of racks, cables and tray
// segments, read straight from the tables: no snapshot of the whole project is built.
import type { Cable, Device, EntityKind, EntityMap, Id, Port, RouteStep, Tray } from '../core/model/entities.js';
import { floorMarks } from '../core/geometry/floor-marks.js';
import { bundleCounts, packRacks, type FloorCounts, type FloorDetail, type FloorPayload } from '../core/model/floor.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import { countSql, portsAtSql } from './compact.js';
import { unroutedPairs } from './floor-unrouted.js';
import { jsonObjectSql, readAllEntities } from './entity-json.js';
import { currentVersion, type Db } from './open.js';
import { readSettings } from './settings.js';
import { storedFloorJson } from './floor-cache.js';
import { cacheUnder, cachedUntilChange, dataStateKey, isCached } from './snapshot.js';
import { TABLES, armsOf } from './tables.js';
import { readTransaction } from './tx.js';

type Cols = { [k: string]: unknown[] };

function columns<T extends Cols>(rows: unknown[][], names: (keyof T)[]): T {
  const out = Object.fromEntries(names.map((n) => [n, [] as unknown[]])) as Cols;
  for (const r of rows) names.forEach((n, i) => out[n as string]!.push(r[i]));
  return out as T;
}

type FloorPlan = Omit<FloorPayload, keyof FloorCounts>;

/** Everything the floor plan draws, in one read transaction. */
export function loadFloor(db: Db): FloorPayload {
  return readTransaction(db, (): FloorPayload => {
    const plan = planOf(db);
    return { ...plan, ...countsOf(db, plan.trays) };
  });
}

/** The floor's tables (halls, rows, racks, trays, feeds, CDUs, catalog, settings), without its counts. */
function planOf(db: Db): FloorPlan {
  return { ...layoutOf(db), ...catalogOf(db) };
}

function layoutOf(db: Db) {
  const halls = readAllEntities(db, 'hall');
  const racks = readAllEntities(db, 'rack');
  const trays = readAllEntities(db, 'tray');
  return {
    schemaVersion: currentVersion(db),
    halls,
    rows: readAllEntities(db, 'row'),
    racks: packRacks(racks),
    trays,
    marks: floorMarks(halls, racks, trays),
    feeds: readAllEntities(db, 'feed'),
    cdus: readAllEntities(db, 'cdu'),
  };
}

function catalogOf(db: Db) {
  return { deviceTypes: readDeviceTypes(db), media: readMedia(db), settings: readSettings(db) };
}

/** Cables per id range in one piece of floorInPieces: ~3-10 ms of SQLite at 32k GPUs. */
const PIECE_IDS = 4096;

/**
 * loadFloor a piece at a time, for a process that must answer other requests meanwhile (the
 * bridge and the Electron protocol serve the page's scripts while they compute the floor the page
 * will ask for: in one go that held the scripts back for 0.2-1.2 s on the 32k hall). Each next()
 * reads one piece (the plan's tables, then the cables' routes an id range at a time, then the
 * counts); the result is the payload, or null when the data changed between pieces (they would
 * not agree) or the floor got cached meanwhile (a page asked before the pieces were done).
 */
export function* floorInPieces(db: Db, pieceIds = PIECE_IDS): Generator<void, FloorPayload | null> {
  const cached = () => isCached(db, 'floor-json') || isCached(db, 'floor');
  if (cached()) return null;
  const key = dataStateKey(db);
  const layout = readTransaction(db, () => layoutOf(db));
  yield;
  if (dataStateKey(db) !== key || cached()) return null;
  const plan: FloorPlan = { ...layout, ...readTransaction(db, () => catalogOf(db)) };
  const [lo, hi] = cableIdRange(db);
  const byRoute = new Map<string | null, number>();
  const ranges = armsOf('cable').map((arm) => db.prepare(`SELECT route, count(*) FROM ${arm} WHERE id >= ? AND id < ? GROUP BY route`).raw());
  for (let from = lo ?? 0; hi !== null && from <= hi; from += pieceIds) {
    yield;
    if (dataStateKey(db) !== key || cached()) return null;
    for (const range of ranges) for (const [r, n] of range.all(from, from + pieceIds) as [string | null, number][]) byRoute.set(r, (byRoute.get(r) ?? 0) + n);
  }
  yield;
  if (dataStateKey(db) !== key || cached()) return null;
  const payload = readTransaction(db, () => ({ ...plan, ...countsFrom(db, [...byRoute], plan.trays) }));
  // Unchanged since the first piece, so the payload is the floor of the data in state `key`.
  if (dataStateKey(db) !== key) return null;
  pieceKeys.set(payload, key);
  return payload;
}

/** The data state each payload of floorInPieces was read in. */
const pieceKeys = new WeakMap<FloorPayload, string>();

/** Puts a payload from floorInPieces in the cache (and its JSON), as cachedFloorJson would have. */
export function cacheFloor(db: Db, payload: FloorPayload): void {
  const key = pieceKeys.get(payload);
  if (key === undefined) throw new Error('cacheFloor takes a payload from floorInPieces');
  cacheUnder(db, 'floor', key, payload);
  cacheUnder(db, 'floor-json', key, Buffer.from(JSON.stringify(payload), 'utf8'));
}

/**
 * loadFloor(db) and its JSON text, kept until the data changes: the session computes them while
 * the page is still loading (ProjectSession.prepareOpen), so opening waits only for the transfer.
 * Both come from the floor kept in the file when it is current. Shared between callers: read only.
 */
export function cachedFloor(db: Db): FloorPayload {
  return cachedUntilChange(db, 'floor', (d) => {
    const kept = storedFloorJson(d);
    return kept ? (JSON.parse(kept.toString('utf8')) as FloorPayload) : loadFloor(d);
  });
}

export function cachedFloorJson(db: Db): Buffer {
  return cachedUntilChange(db, 'floor-json', (d) => storedFloorJson(d) ?? Buffer.from(JSON.stringify(cachedFloor(d)), 'utf8'));
}

/** The floor payload's counts alone (after an edit of devices or cables in floor mode). */
export function loadFloorCounts(db: Db): FloorCounts {
  return readTransaction(db, () => countsOf(db, db.prepare('SELECT id, hall_id AS hallId FROM trays').all() as Pick<Tray, 'id' | 'hallId'>[]));
}

function countsOf(db: Db, trays: readonly Pick<Tray, 'id' | 'hallId'>[]): FloorCounts {
  // Cables sharing a route are counted by SQLite; only the distinct routes are parsed. One scan of
  // the cables (45 MB at 32k GPUs) also says whether any is unrouted: the join in countsFrom, a
  // second scan (~35 ms), runs only then. The GROUP BY sorts every cable's route; in the default
  // temp store that sort spills to a temporary file (~115 ms at 32k GPUs, ~65 ms in memory).
  // Grouped arm by arm (cable_view's compound would sort every row's route in one temp b-tree):
  // routes through trays are the rows' (a record's jumpers are in-rack), in the rows' order.
  const groups = new Map<string | null, number>();
  for (const arm of armsOf('cable')) {
    for (const [r, n] of db.prepare(`SELECT route, count(*) FROM ${arm} GROUP BY route`).raw().all() as [string | null, number][]) groups.set(r, (groups.get(r) ?? 0) + n);
  }
  return countsFrom(db, [...groups], trays);
}

/** The smallest and largest cable id, from each arm's index ends. */
function cableIdRange(db: Db): [number | null, number | null] {
  let lo: number | null = null;
  let hi: number | null = null;
  for (const arm of armsOf('cable')) {
    const [a, b] = db.prepare(`SELECT (SELECT min(id) FROM ${arm}), (SELECT max(id) FROM ${arm})`).raw().get() as [number | null, number | null];
    if (a !== null && (lo === null || a < lo)) lo = a;
    if (b !== null && (hi === null || b > hi)) hi = b;
  }
  return [lo, hi];
}

/** The counts from the cables grouped by route (null and '[]': over no tray, counted per rack pair). */
function countsFrom(db: Db, groups: readonly [string | null, number][], trays: readonly Pick<Tray, 'id' | 'hallId'>[]): FloorCounts {
  const isRouted = (r: string | null): r is string => r !== null && r !== '[]';
  const routes = groups.filter(([r]) => isRouted(r)).map(([r, n]): [RouteStep[], number] => [JSON.parse(r!) as RouteStep[], n]);
  const unrouted = groups.some(([r]) => !isRouted(r)) ? unroutedPairs(db) : [];
  const rackDevices = db.prepare('SELECT rack_id, type_id, count(*) FROM devices GROUP BY 1, 2').raw().all() as unknown[][];
  const count = (t: string) => db.prepare(countSql(t)).pluck().get() as number;
  return {
    rackDevices: columns(rackDevices, ['rackId', 'typeId', 'count']),
    ...bundleCounts(routes, trays),
    unrouted: columns(unrouted, ['a', 'b', 'count']),
    counts: { devices: count('devices'), ports: count('port_view'), cables: groups.reduce((n, [, c]) => n + c, 0) },
  };
}

/** Rows of one kind whose `column` is among `ids`, as entities (same JSON as the snapshot's). */
function whereIn<K extends EntityKind>(db: Db, kind: K, column: string, ids: Iterable<Id>): EntityMap[K][] {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  // ports by id through seeks: port_view's derived arm has no index on id
  const byId = kind === 'port' && column === 'id';
  const from = byId ? `(${portsAtSql('q')})` : `${TABLES[kind].readFrom} WHERE ${column} IN (SELECT value FROM json_each(?))`;
  const sql = `${byId ? 'WITH q(value) AS (SELECT value FROM json_each(?)) ' : ''}SELECT json_group_array(${jsonObjectSql(kind)}) FROM (SELECT * FROM ${from} ORDER BY id)`;
  return JSON.parse(db.prepare(sql).pluck().get(JSON.stringify(list)) as string) as EntityMap[K][];
}

export interface DetailQuery {
  racks?: Id[];
  cables?: Id[];
  segment?: { trayId: Id; seg: number };
}

/**
 * The devices and ports of the asked racks, the cables on those ports, the asked cables, the
 * cables routed through the asked tray segment, and both ends (port and device) of every cable
 * returned: what the elevation, the inspector and cable picking need, without the rest.
 */
export function loadDetail(db: Db, q: DetailQuery): FloorDetail<Device, Port, Cable> {
  return readTransaction(db, () => {
    const devices = new Map<Id, Device>();
    const ports = new Map<Id, Port>();
    const cables = new Map<Id, Cable>();
    for (const d of whereIn(db, 'device', 'rack_id', q.racks ?? [])) devices.set(d.id, d);
    for (const p of whereIn(db, 'port', 'device_id', devices.keys())) ports.set(p.id, p);
    for (const c of whereIn(db, 'cable', 'a_port_id', ports.keys())) cables.set(c.id, c);
    for (const c of whereIn(db, 'cable', 'b_port_id', ports.keys())) cables.set(c.id, c);
    for (const c of whereIn(db, 'cable', 'id', q.cables ?? [])) cables.set(c.id, c);
    if (q.segment) {
      const { trayId, seg } = q.segment;
      // instr() on the route text narrows to cables naming the tray; the parsed steps decide.
      const needle = `"trayId":${trayId}`;
      const rows = db.prepare('SELECT id, route FROM cable_view WHERE instr(route, ?) > 0').raw().all(needle) as [Id, string][];
      const ids = rows.filter(([, r]) => (JSON.parse(r) as RouteStep[]).some((s) => s.trayId === trayId && s.seg === seg)).map(([id]) => id);
      for (const c of whereIn(db, 'cable', 'id', ids)) cables.set(c.id, c);
    }
    const ends = [...cables.values()].flatMap((c) => [c.aPortId, c.bPortId]).filter((id) => !ports.has(id));
    for (const p of whereIn(db, 'port', 'id', ends)) ports.set(p.id, p);
    const far = [...ports.values()].map((p) => p.deviceId).filter((id) => !devices.has(id));
    for (const d of whereIn(db, 'device', 'id', far)) devices.set(d.id, d);
    return { devices: [...devices.values()], ports: [...ports.values()], cables: [...cables.values()] };
  });
}
