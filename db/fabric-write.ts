// Writes a generated fabric into the project: a new hall with its rows, trays, racks, devices,
// ports and cables, in one transaction with prepared (multi-row) statements. Ids are assigned
// here (max + 1) so that cables name their ports without reading anything back, and the whole
// hall exists as model objects before it is written: the routing engine can route and check it in
// memory, and the cables are inserted once with their routed lengths. Nothing is half-written.
//
// Undo: the fabric is one compact undo step (db/history-aside.ts): the id ranges it added, whatever
// its size; undo takes the hall out (kept aside for redo) instead of replaying row images.
import { freeName } from '../core/model/names.js';
import type { FabricWritten } from '../core/fabric/written.js';
import type { Cable, Cdu, Device, EntityKind, EntityMap, Hall, Id, Port, PortTemplate, Rack, RouteStep, RowGroup, Tray } from '../core/model/entities.js';
import { DEFAULT_TRAY_LOAD_KG_PER_M, RACK_PHYSICAL_DEFAULTS } from '../core/model/physical.js';
import { devicePorts, planGpus, type FabricPlan } from '../core/fabric/plan.js';
import { cduFloor } from '../core/fabric/cdus.js';
import { expandFronts, movedPort, portMaker, type PortBlock } from '../core/model/port-from-template.js';
import { maxIdSql } from './compact.js';
import { LABEL_AT_WRITE, panelEntities, routedJumper, structuredRecords } from './fabric-structured.js';
import { insertPortRuns } from './port-runs.js';
import { insertChannels, type JumperMm } from './channels.js';
import { jumperCable, jumperId, type JumperRecords } from '../core/model/jumper-records.js';
import { historyState, recordInsertedStep, type HistoryState } from './history.js';
import { maxIds, insertedSince } from './history-aside.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { BatchInsert } from './batch-insert.js';
import { columnsOf, insertHeadOf, rowValuesOf, rowWriterOf } from './tables.js';

export interface HallEntities {
  hall: Hall;
  rows: RowGroup[];
  trays: Tray[];
  /** The in-row CDUs of the liquid-cooled racks (plan.cdus), each rack's `cduId` set. */
  cdus: Cdu[];
  racks: Rack[];
  devices: Device[];
  /** The ports kept as rows: the panels' front ports are `blocks` (of the type whose templates
   * are `blockTemplates`), expandFronts makes them objects. */
  ports: Port[];
  blocks: PortBlock[];
  blockTemplates: readonly PortTemplate[];
  /** The cables kept as objects, by id: each direct link's (link i's cable id is `cableBase` + i),
   * then the trunks (after the b-end jumpers' ids). A structured link's two jumpers are a record. */
  cables: Cable[];
  /** The hall's first cable id (link 0's). */
  cableBase: Id;
  /** The structured links' jumpers, written as `channels` rows. */
  records?: JumperRecords;
  /** Each record jumper's routed and ordered mm once routed (jumper j: record j >> 1, end j & 1),
   * and the records whose jumpers are among `cables` as rows instead (`rows[k]`: the session routed
   * one out of its rack). */
  recordRoutes?: JumperMm & { rows: Uint8Array };
  /** The label of the cable with id cableBase + n: the links' cables (direct cables and jumpers)
   * carry LABEL_AT_WRITE until insertHall writes them (see fabric-structured.ts). */
  labelOf: (n: number) => string;
}

/** What the fabric write made (core/fabric/written.ts), plus the undo state after the write. */
export interface FabricWriteResult extends FabricWritten {
  history: HistoryState;
}

export type Progress = (phase: string, done: number, total: number) => void;

function nextId(db: Db, table: string): number {
  return ((db.prepare(maxIdSql(table)).pluck().get() as number) ?? 0) + 1;
}

/** Whether any device already has one of these names: one query, not one per device (6,656
 * statement calls took 60-150 ms, and the question is asked up to three times per generation). */
function anyDeviceNamed(db: Db, names: readonly string[]): boolean {
  // (a project with no devices yet, the usual first generation, takes no name: 11,456 names of a
  // 32k structured hall as JSON three times a generation cost 10-25 ms)
  if (names.length === 0 || db.prepare('SELECT 1 FROM devices LIMIT 1').pluck().get() === undefined) return false;
  return db.prepare('SELECT 1 FROM devices WHERE name IN (SELECT value FROM json_each(?)) LIMIT 1').pluck().get(JSON.stringify(names)) !== undefined;
}

function uniqueName(taken: Set<string>, base: string): string {
  return freeName(base, (x) => taken.has(x), (n) => `${base} ${n}`);
}

/**
 * The plan as the project's model objects, with ids and names that fit the project as it is now.
 * Reads only; write the result with insertHall in the same transaction (or before anything else
 * writes) so that the ids are still free.
 */
export function buildHallEntities(db: Db, plan: FabricPlan, opts: { hallName?: string; compact?: boolean } = {}): HallEntities {
  // Ids are max + 1 per table; rebaseHall shifts them if something was written meanwhile.
  const t = plan.arch.topo;
  const P = plan.placement;
  const hallNames = new Set(db.prepare('SELECT name FROM halls').pluck().all() as string[]);
  const hallId = nextId(db, 'halls');
  const hall: Hall = {
    id: hallId,
    name: uniqueName(hallNames, opts.hallName ?? plan.inputs.hall.name ?? `Fabric ${plan.inputs.arch} ${planGpus(plan)} GPUs`),
    widthMm: P.hall.widthMm,
    depthMm: P.hall.depthMm,
    tileMm: P.hall.tileMm,
    floorRatingKgM2: plan.inputs.hall.floorRatingKgM2 ?? null,
  };
  // Short hall tag keeping generated names unique when a name is taken, e.g. "F3".
  const tag = `F${hallId}`;
  const rowBase = nextId(db, 'rows');
  const rows: RowGroup[] = P.rows.map((name, i) => ({ id: rowBase + i, hallId, name, kind: 'row' }));

  const trayNames = new Set(db.prepare('SELECT name FROM trays').pluck().all() as string[]);
  const trayBase = nextId(db, 'trays');
  const trays: Tray[] = P.trays.map((tr, i) => {
    const name = uniqueName(trayNames, `${tag} ${tr.name}`);
    trayNames.add(name);
    return { id: trayBase + i, hallId, name, heightMm: tr.heightMm, widthMm: tr.widthMm, depthMm: tr.depthMm, points: tr.points, ratedLoadKgPerM: tr.ratedLoadKgPerM ?? DEFAULT_TRAY_LOAD_KG_PER_M };
  });

  const cduBase = nextId(db, 'cdus'); // (CDU names are unique per hall, and the hall is new)
  const cdus: Cdu[] = plan.cdus.map((c, i) => ({ id: cduBase + i, hallId, name: c.name, placement: 'in-row', capacityW: c.capacityW, ...cduFloor(c) }));

  // Racks keep their tile names (TIA-606) unless another hall already uses the name.
  const rackNames = new Set(db.prepare('SELECT name FROM racks').pluck().all() as string[]);
  const rackBase = nextId(db, 'racks');
  const racks: Rack[] = P.racks.map((r, i) => {
    const auto = !rackNames.has(r.name);
    const name = auto ? r.name : uniqueName(rackNames, `${tag}-${r.name}`);
    rackNames.add(name);
    return {
      id: rackBase + i, hallId, rowId: rowBase + r.row, name, nameAuto: auto, xMm: r.xMm, yMm: r.yMm, rotationDeg: r.rotationDeg,
      widthMm: r.widthMm, depthMm: r.depthMm, heightU: r.heightU, powerBudgetW: r.powerBudgetW, feedId: null, dropTrayId: null,
      ...RACK_PHYSICAL_DEFAULTS,
      coolingKind: r.coolingKind ?? RACK_PHYSICAL_DEFAULTS.coolingKind,
      cduId: plan.cduOf[i]! >= 0 ? cduBase + plan.cduOf[i]! : null,
    };
  });

  // Device names get the hall tag only when one of them is already taken.
  const clash = anyDeviceNamed(db, t.devices.map((d) => d.name));
  const devBase = nextId(db, 'devices');
  const portBase = nextId(db, 'port_view');
  let portId = portBase;
  const devices: Device[] = [];
  const ports: Port[] = [];
  const firstPort = new Int32Array(t.devices.length);
  // devicePorts' two lists (a server's, a switch's), each entry made once into a port maker
  const serverPorts = plan.server.ports.map(portMaker);
  const switchPorts = plan.sw.ports.map(portMaker);
  t.devices.forEach((d, i) => {
    const id = devBase + i;
    devices.push({
      id,
      rackId: rackBase + P.rackOf[i]!,
      name: clash ? `${tag}-${d.name}` : d.name,
      typeId: d.role === 'server' ? plan.server.type.id : plan.sw.type.id,
      u: P.uOf[i]!,
      face: 'front',
    });
    firstPort[i] = portId;
    // (indexed loops here and below: this runs once per generation, mostly before it is
    // optimised, where for-of and tuple destructuring allocate iterator objects per element)
    const make = d.role === 'server' ? serverPorts : switchPorts;
    for (let k = 0; k < make.length; k++) ports.push(make[k]!(portId++, id));
  });
  const panels = plan.structured
    ? panelEntities(plan, { devBase: devBase + devices.length, portBase: portId, rackId: (r) => racks[r]!.id, rackName: (r) => racks[r]!.name, prefix: clash ? `${tag}-` : '' }, ports, opts.compact ?? true)
    : null;
  if (panels) devices.push(...panels.devices);
  const endA = (i: number) => firstPort[t.a[i]!]! + plan.portA[i]!;
  const endB = (i: number) => firstPort[t.b[i]!]! + plan.portB[i]!;

  const cableBase = nextId(db, 'cable_view');
  const cables: Cable[] = [];
  // (devices[d] is topology device d: the panels come after them)
  const names = {
    device: (i: number, end: 0 | 1) => devices[end ? t.b[i]! : t.a[i]!]!.name,
    port: (i: number, end: 0 | 1) => (end ? devicePorts(plan, t.devices[t.b[i]!]!.role)[plan.portB[i]!]! : devicePorts(plan, t.devices[t.a[i]!]!.role)[plan.portA[i]!]!).name,
  };
  const sc = panels ? structuredRecords(plan, panels, endA, endB, names, cableBase, t.linkCount) : null;
  const trunkOf = plan.structured?.trunkOf;
  for (let i = 0; i < t.linkCount; i++) {
    if (sc && trunkOf![i]! >= 0) continue;
    const pa = endA(i);
    const pb = endB(i);
    const m = plan.media[i];
    cables.push({
      id: cableBase + i,
      label: LABEL_AT_WRITE,
      aPortId: pa,
      bPortId: pb,
      mediaId: m?.mediaId ?? null,
      opticA: m?.opticA ?? null,
      opticB: m?.opticB ?? null,
      lengthMm: null,
      routedMm: null,
      orderedMm: null,
      route: null,
      status: 'planned',
    });
  }
  if (sc) for (let k = 0; k < sc.trunks.length; k++) cables.push(sc.trunks[k]!);
  // TIA-606 style: near-end device:port / far-end device:port (made at the write: `+`, as flatLabel says).
  const linkLabel = (i: number) => names.device(i, 0) + ':' + names.port(i, 0) + '/' + names.device(i, 1) + ':' + names.port(i, 1);
  // cable n < linkCount: link n's (its a-end jumper when structured); then the b-end jumpers
  const labelOf = (n: number): string => (n >= t.linkCount ? sc!.label(sc!.linkOf[n - t.linkCount]!, 1) : sc && trunkOf![n]! >= 0 ? sc.label(n, 0) : linkLabel(n));
  return {
    hall,
    rows,
    trays,
    cdus,
    racks,
    devices,
    ports,
    blocks: panels?.blocks ?? [],
    blockTemplates: plan.structured?.panel.type.ports ?? [],
    cables,
    cableBase,
    ...(sc ? { records: sc.records } : {}),
    labelOf,
  };
}

/** The hall's ports as objects, the blocks' front ports included, in id order. */
export function hallPorts(e: HallEntities): Port[] {
  return expandFronts(e.ports, e.blocks, e.blockTemplates);
}

// ports and cables: their views, which also show the ids of rows kept compactly
const TABLE_OF = { hall: 'halls', rows: 'rows', trays: 'trays', cdus: 'cdus', racks: 'racks', devices: 'devices', ports: 'port_view', cables: 'cable_view' } as const;

/**
 * Shifts the hall's ids past rows written since buildHallEntities (e.g. an edit made while the
 * fabric was being routed): every id of a table moves by the same amount, and so does every
 * reference to it, cable routes included. Returns false when nothing had to move.
 */
export function rebaseHall(db: Db, e: HallEntities): boolean {
  const first = { hall: e.hall.id, rows: e.rows[0]?.id, trays: e.trays[0]?.id, cdus: e.cdus[0]?.id, racks: e.racks[0]?.id, devices: e.devices[0]?.id, ports: e.ports[0]?.id, cables: e.cables.length || e.records?.count ? e.cableBase : undefined };
  const d = {} as Record<keyof typeof TABLE_OF, number>;
  let moved = false;
  for (const k of Object.keys(TABLE_OF) as (keyof typeof TABLE_OF)[]) {
    const cur = first[k];
    d[k] = cur === undefined ? 0 : Math.max(0, nextId(db, TABLE_OF[k]) - cur);
    if (d[k]) moved = true;
  }
  if (!moved) {
    // Names can still have been taken by a rename meanwhile.
    renameClashes(db, e, `F${e.hall.id}`);
    return false;
  }
  const oldTag = `F${e.hall.id}`;
  e.hall = { ...e.hall, id: e.hall.id + d.hall };
  const hallId = e.hall.id;
  e.rows = e.rows.map((r) => ({ ...r, id: r.id + d.rows, hallId }));
  e.trays = e.trays.map((t) => ({ ...t, id: t.id + d.trays, hallId }));
  e.cdus = e.cdus.map((c) => ({ ...c, id: c.id + d.cdus, hallId }));
  e.racks = e.racks.map((r) => ({ ...r, id: r.id + d.racks, hallId, rowId: r.rowId == null ? null : r.rowId + d.rows, cduId: r.cduId == null ? null : r.cduId + d.cdus }));
  e.devices = e.devices.map((x) => ({ ...x, id: x.id + d.devices, rackId: x.rackId + d.racks }));
  e.ports = e.ports.map((p) => movedPort(p, p.id + d.ports, p.deviceId + d.devices));
  e.blocks = e.blocks.map((b) => ({ deviceId: b.deviceId + d.devices, firstId: b.firstId + d.ports }));
  e.cables = e.cables.map((c) => ({
    ...c,
    id: c.id + d.cables,
    aPortId: c.aPortId + d.ports,
    bPortId: c.bPortId + d.ports,
    route: c.route ? c.route.map((s) => ({ ...s, trayId: s.trayId + d.trays })) : c.route,
  }));
  e.cableBase += d.cables;
  const r = e.records;
  if (r) {
    for (const a of [r.aId, r.bId, r.trunk]) for (let k = 0; k < r.count; k++) a[k]! += d.cables;
    for (const a of [r.aPort, r.bPort, r.aFront, r.bFront]) for (let k = 0; k < r.count; k++) a[k]! += d.ports;
  }
  renameClashes(db, e, oldTag);
  return true;
}

/** After a rebase: names taken meanwhile get the (new) hall tag, and cable labels follow. */
function renameClashes(db: Db, e: HallEntities, oldTag: string): void {
  const tag = `F${e.hall.id}`;
  const names = (table: string) => new Set(db.prepare(`SELECT name FROM ${table}`).pluck().all() as string[]);
  e.hall = { ...e.hall, name: uniqueName(names('halls'), e.hall.name) };
  const trayNames = names('trays');
  e.trays = e.trays.map((t) => {
    const name = uniqueName(trayNames, t.name.startsWith(`${oldTag} `) ? `${tag} ${t.name.slice(oldTag.length + 1)}` : t.name);
    trayNames.add(name);
    return { ...t, name };
  });
  const rackNames = names('racks');
  e.racks = e.racks.map((r) => {
    if (!rackNames.has(r.name)) return r;
    const name = uniqueName(rackNames, `${tag}-${r.name}`);
    rackNames.add(name);
    return { ...r, name, nameAuto: false };
  });
  if (!anyDeviceNamed(db, e.devices.map((x) => x.name))) return;
  e.devices = e.devices.map((x) => ({ ...x, name: `${tag}-${x.name.startsWith(`${oldTag}-`) ? x.name.slice(oldTag.length + 1) : x.name}` }));
  const devName = new Map(e.devices.map((x) => [x.id, x.name]));
  const port = new Map(hallPorts(e).map((p) => [p.id, p]));
  const end = (id: Id) => `${devName.get(port.get(id)!.deviceId)}:${port.get(id)!.name}`;
  e.cables = e.cables.map((c) => ({ ...c, label: `${end(c.aPortId)}/${end(c.bPortId)}` }));
  // the records' jumpers are labelled at the write, from the new names too
  const r = e.records;
  if (!r) return;
  const jumper = new Map<Id, number>();
  for (let j = 0; j < 2 * r.count; j++) jumper.set(jumperId(r, j), j);
  // (any other cable was labelled above: asked for one, its label as given)
  const given = new Map(e.cables.map((c) => [c.id, c.label]));
  e.labelOf = (n) => {
    const j = jumper.get(e.cableBase + n);
    if (j === undefined) return given.get(e.cableBase + n) ?? '';
    const c = jumperCable(r, j);
    return `${end(c.aPortId)}/${end(c.bPortId)}`;
  };
}

/** Writes the hall's objects (built by buildHallEntities) as one compact undo step. */
export function insertHall(db: Db, e: HallEntities, label: string, progress: Progress = () => {}, opts: { compact?: boolean } = {}): FabricWriteResult {
  // Every id here was assigned from existing rows, so referential integrity holds by
  // construction; per-row foreign-key lookups would triple the write time. (The pragma cannot
  // change inside a transaction: when called inside one, the checks stay on.)
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  const fkOff = fkWasOn && !db.inTransaction;
  if (fkOff) db.pragma('foreign_keys = OFF');
  try {
    writeTransaction(db, () => {
      // Another process may have written since the caller rebased: ids are taken under the write lock.
      rebaseHall(db, e);
      const before = maxIds(db);
      // Column lists and value order come from db/tables.ts, like every other write.
      const one = <K extends EntityKind>(kind: K, list: readonly EntityMap[K][]) => {
        const ins = db.prepare(`${insertHeadOf(kind)} VALUES (${columnsOf(kind).map(() => '?').join(', ')})`);
        const values = rowValuesOf(kind);
        for (const o of list) ins.run(values(o));
      };
      one('hall', [e.hall]);
      one('row', e.rows);
      one('cdu', e.cdus);
      one('tray', e.trays);
      one('rack', e.racks);
      progress('racks', e.racks.length, e.racks.length);
      const insDev = new BatchInsert(db, 'device', rowWriterOf('device'));
      for (const d of e.devices) insDev.add(d);
      insDev.flush();
      const insPort = new BatchInsert(db, 'port', rowWriterOf('port'));
      insertPortRuns(db, e.ports, (p) => insPort.add(p), (done) => progress('ports', done, e.ports.length));
      insPort.flush();
      // (one statement for the hall's 4,800 blocks at 32k, not one each)
      if (e.blocks.length) db.prepare('INSERT INTO port_blocks (device_id, first_id) SELECT value ->> 0, value ->> 1 FROM json_each(?)').run(JSON.stringify(e.blocks.map((b) => [b.deviceId, b.firstId])));
      progress('ports', e.ports.length, e.ports.length);
      // Routed cables share the router's step arrays (one per pair of tray stretches, roughly):
      // each array is written out once.
      const routeTexts = new WeakMap<RouteStep[], string>();
      const routeText = (v: unknown) => {
        const r = v as RouteStep[] | null;
        if (r == null) return null;
        let text = routeTexts.get(r);
        if (text === undefined) routeTexts.set(r, (text = JSON.stringify(r)));
        return text;
      };
      const insCable = new BatchInsert(db, 'cable', rowWriterOf('cable', { route: routeText }));
      const r = e.records;
      const total = e.cables.length + 2 * (r?.count ?? 0);
      const cstep = Math.max(1, Math.floor(total / 10));
      e.cables.forEach((c, i) => {
        if (c.label === LABEL_AT_WRITE) c.label = e.labelOf(c.id - e.cableBase);
        insCable.add(c);
        if (i % cstep === 0) progress('cables', i, total);
      });
      // Structured links' jumpers are records (db/channels.ts), written after the trunks they name;
      // ({ compact: false }: as cable rows, for tests comparing the two forms.)
      if (r && opts.compact === false) for (let j = 0; j < 2 * r.count; j++) if (!e.recordRoutes?.rows[j >> 1]) insCable.add(routedJumper(r, j, e.recordRoutes, e.labelOf(jumperId(r, j) - e.cableBase)));
      insCable.flush();
      if (r && opts.compact !== false) insertChannels(db, r, e.recordRoutes ?? null, e.recordRoutes?.rows ?? null, (id) => e.labelOf(id - e.cableBase));
      progress('cables', e.cables.length, e.cables.length);
      recordInsertedStep(db, label, insertedSince(db, before), e.hall.id);
    });
  } finally {
    if (fkOff) db.pragma('foreign_keys = ON');
  }
  return {
    hallId: e.hall.id,
    hallName: e.hall.name,
    rows: e.rows.length,
    racks: e.racks.length,
    devices: e.devices.length,
    ports: e.ports.length + e.blocks.length * e.blockTemplates.filter((t) => t.kind === 'front-port').length,
    cables: e.cables.length + 2 * (e.records?.count ?? 0) - 2 * countSet(e.recordRoutes?.rows),
    trays: e.trays.length,
    cdus: e.cdus.length,
    undoable: true,
    undoNote: null,
    history: historyState(db),
  };
}

const countSet = (a: Uint8Array | undefined) => (a ? a.reduce((n, x) => n + x, 0) : 0);

export function fabricLabel(plan: FabricPlan): string {
  return `Generate ${plan.inputs.arch} fabric (${planGpus(plan)} GPUs)`;
}

/** Builds and writes a plan as it stands (estimated media, not yet routed). Synchronous: nothing
 * can write between choosing the ids and inserting the rows. */
export function writeFabric(db: Db, plan: FabricPlan, opts: { hallName?: string; progress?: Progress } = {}): FabricWriteResult {
  return insertHall(db, buildHallEntities(db, plan, opts), fabricLabel(plan), opts.progress);
}
