// Applies one edit (a gesture's list of operations) in one transaction: validates every field,
// cascades deletes explicitly so undo can restore them, keeps derived rack names, refuses what
// breaks the floor or the rack (overlapping racks, devices sharing a U), and records one undo step.
import { portFromTemplate } from '../core/model/port-from-template.js';
import { freeName } from '../core/model/names.js';
import { ApiError, describeZodError } from '../core/model/errors.js';
import type { Edit, EditOp, Patch } from '../core/model/edits.js';
import { parseFields } from '../core/model/edits.js';
import type { EntityKind, Id, Rack } from '../core/model/entities.js';
import { cduRect, rackRect, rectsOverlap, type Rect } from '../core/geometry/footprint.js';
import { rackOutside, rectOutside, trayOutside } from '../core/model/bounds.js';
import { tileName } from '../core/geometry/grid.js';
import { slotOf, uSpaceProblems } from '../core/model/rack-space.js';
import { readDeviceTypes } from './catalog.js';
import { deleteHallStep, historyState, recordStep, type HistoryState } from './history.js';
import { hallHasOutsideRefs } from './history-aside.js';
import { deviceOfPortSql, materialise } from './compact.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { ChangeSet, EntityStore } from './store.js';
import { channelLabelTaken, channelsTouchedBy, materialiseChannels } from './channels.js';

export interface EditOutcome {
  patch: Patch;
  history: HistoryState;
}

/**
 * Deleting a whole hall (the only operation of its edit) is a compact step: its rows go aside in
 * a few statements instead of one row image each (a generated hall has hundreds of thousands).
 * Not when racks of other halls point into it: their references would change unrecorded.
 */
function compactHallDelete(db: Db, edit: Edit): EditOutcome | null {
  const op = edit.ops.length === 1 ? edit.ops[0]! : null;
  if (!op || op.op !== 'delete' || op.kind !== 'hall' || op.id <= 0) return null;
  if (!db.prepare('SELECT 1 FROM halls WHERE id = ?').get(op.id)) throw new ApiError('not-found', `ops[0]: hall ${op.id} does not exist`, 'ops[0]');
  if (hallHasOutsideRefs(db, op.id)) return null;
  const patch = writeTransaction(db, () => deleteHallStep(db, edit.label, op.id));
  return { patch, history: historyState(db) };
}

export function applyEdit(db: Db, edit: Edit): EditOutcome {
  const compact = compactHallDelete(db, edit);
  if (compact) return compact;
  const store = new EntityStore(db);
  const cs = new ChangeSet();
  writeTransaction(db, () => {
    const touchedRacks = new Set<Id>();
    const touchedTrays = new Set<Id>();
    const touchedCdus = new Set<Id>();
    const touchedHalls = new Set<Id>();
    const createdRacks = new Set<Id>();
    const refs = new Map<number, Id>();
    const blocks = db.prepare('SELECT 1 FROM port_blocks LIMIT 1').get() !== undefined;
    const channels = db.prepare('SELECT 1 FROM channels LIMIT 1').get() !== undefined;
    edit.ops.forEach((rawOp, i) => {
      const at = `ops[${i}]`;
      try {
        const op = resolveRefs(store, rawOp, refs, at);
        // Records (a generated link's jumpers) and port blocks this op would change through the
        // rows they stand for become rows first.
        if (channels) materialiseChannels(store, channelsTouchedBy(store, op), cs);
        if (channels && op.kind === 'cable' && op.op !== 'delete') refuseChannelLabel(store, op.op === 'create' ? op.value : op.patch, at);
        if (blocks) materialise(store, racksOfOp(store, op), cs);
        if (op.op === 'create') {
          const parsed = parseFields(op.kind, op.value, false);
          if (!parsed.success) throw bad(parsed.error, `${at}.value`);
          const id = createEntity(store, op.kind, parsed.data as Record<string, unknown>, cs);
          if (op.ref !== undefined) {
            if (refs.has(op.ref)) throw new ApiError('bad-input', `${at}.ref: reference ${op.ref} is already used in this edit`, `${at}.ref`);
            refs.set(op.ref, id);
          }
          noteRack(store, op.kind, id, touchedRacks);
          if (op.kind === 'tray') touchedTrays.add(id);
          if (op.kind === 'cdu') touchedCdus.add(id);
          if (op.kind === 'rack') createdRacks.add(id);
        } else if (op.op === 'update') {
          const parsed = parseFields(op.kind, op.patch, true);
          if (!parsed.success) throw bad(parsed.error, `${at}.patch`);
          if (!store.get(op.kind, op.id)) throw new ApiError('not-found', `${at}: ${op.kind} ${op.id} does not exist`, at);
          if (op.kind === 'device' && 'typeId' in (parsed.data as object)) {
            throw new ApiError('refused', `${at}: a device's type cannot change; delete it and add a new one`, at);
          }
          noteRack(store, op.kind, op.id, touchedRacks);
          store.update(op.kind, op.id, parsed.data as never, cs);
          noteRack(store, op.kind, op.id, touchedRacks);
          if (op.kind === 'tray') touchedTrays.add(op.id);
          if (op.kind === 'cdu') touchedCdus.add(op.id);
          if (op.kind === 'hall') touchedHalls.add(op.id);
        } else {
          if (!store.get(op.kind, op.id)) throw new ApiError('not-found', `${at}: ${op.kind} ${op.id} does not exist`, at);
          deleteCascade(store, op.kind, op.id, cs);
        }
      } catch (e) {
        throw asApiError(e, at);
      }
    });
    // A resized hall must still hold everything in it.
    for (const hallId of touchedHalls) {
      for (const r of store.idsWhere('rack', 'hall_id', hallId)) touchedRacks.add(r);
      for (const t of store.idsWhere('tray', 'hall_id', hallId)) touchedTrays.add(t);
      for (const c of store.idsWhere('cdu', 'hall_id', hallId)) touchedCdus.add(c);
    }
    const live = [...touchedRacks].filter((id) => store.get('rack', id));
    // Checked before renaming, so a refusal names racks as the user sees them now.
    const cdus = floorCdus(store);
    for (const rackId of live) checkRack(db, store, rackId, touchedHalls, createdRacks, cdus);
    for (const trayId of touchedTrays) checkTray(store, trayId, touchedHalls);
    for (const cduId of touchedCdus) checkCdu(db, store, cduId, touchedHalls, cdus);
    for (const rackId of live) {
      const rack = store.get('rack', rackId)!;
      if (rack.nameAuto) renameFromTile(store, rack, cs);
    }
    recordStep(db, edit.label, cs);
  });
  return { patch: cs.toPatch((k, id) => store.viewRow(k, id)), history: historyState(db) };
}

/** Replaces references to entities created earlier in this edit (negative numbers) by their ids. */
function resolveRefs(store: EntityStore, op: EditOp, refs: Map<number, Id>, at: string): EditOp {
  const ref = (v: number, where: string): Id => {
    if (v > 0) return v;
    const id = refs.get(v);
    if (id === undefined) throw new ApiError('bad-input', `${where}: reference ${v} names nothing created earlier in this edit`, where);
    return id;
  };
  const fields = (obj: Record<string, unknown>, where: string) => {
    const out: Record<string, unknown> = { ...obj };
    for (const [k, v] of Object.entries(obj)) {
      if (!k.endsWith('Id')) continue;
      if (typeof v === 'number' && v < 0) out[k] = ref(v, `${where}.${k}`);
      else if ((k === 'aPortId' || k === 'bPortId') && v && typeof v === 'object') {
        const end = v as { deviceId?: unknown; name?: unknown };
        if (typeof end.deviceId !== 'number' || typeof end.name !== 'string') {
          throw new ApiError('bad-input', `${where}.${k}: a port is an id or {deviceId, name}`, `${where}.${k}`);
        }
        const deviceId = ref(end.deviceId, `${where}.${k}.deviceId`);
        const port = store.db.prepare('SELECT id FROM port_view WHERE device_id = ? AND name = ?').pluck().get(deviceId, end.name) as Id | undefined;
        if (port === undefined) throw new ApiError('not-found', `${where}.${k}: device ${deviceId} has no port ${JSON.stringify(end.name)}`, `${where}.${k}`);
        out[k] = port;
      }
    }
    return out;
  };
  if (op.op === 'create') return { ...op, value: fields(op.value, `${at}.value`) };
  if (op.op === 'update') return { ...op, id: ref(op.id, `${at}.id`), patch: fields(op.patch, `${at}.patch`) };
  return { ...op, id: ref(op.id, `${at}.id`) };
}

/** cables.label UNIQUE cannot see the labels of records' jumpers (db/channels.ts). */
function refuseChannelLabel(store: EntityStore, fields: Record<string, unknown>, at: string): void {
  const label = fields.label;
  if (typeof label === 'string' && channelLabelTaken(store.db, label)) throw new ApiError('conflict', `${at}: another cable already has that label`, at);
}

function bad(error: import('zod').ZodError, prefix: string): ApiError {
  const d = describeZodError(error, prefix);
  return new ApiError('bad-input', d.message, d.where);
}

function asApiError(e: unknown, at: string): ApiError {
  if (e instanceof ApiError) return e;
  const msg = (e as Error).message ?? String(e);
  const unique = /UNIQUE constraint failed: (\w+)\.(\w+)/.exec(msg);
  if (unique) return new ApiError('conflict', `${at}: another ${unique[1]!.replace(/s$/, '')} already has that ${unique[2]}`, at);
  if (/FOREIGN KEY constraint failed/.test(msg)) return new ApiError('bad-input', `${at}: refers to something that does not exist`, at);
  return new ApiError('internal', `${at}: ${msg}`, at);
}

/** The racks an op touches, whose panels' port blocks become rows before it runs (db/compact.ts). */
function racksOfOp(store: EntityStore, op: EditOp): Id[] {
  const rackOfDevice = (id: unknown) => (typeof id === 'number' ? store.get('device', id)?.rackId : undefined);
  const rackOfPort = (id: unknown) =>
    typeof id === 'number' ? (store.db.prepare(`WITH q(v) AS (SELECT ?) SELECT rack_id FROM devices WHERE id = ${deviceOfPortSql('(SELECT v FROM q)')}`).pluck().get(id) as Id | undefined) : undefined;
  const fields = op.op === 'create' ? op.value : op.op === 'update' ? op.patch : {};
  const current = op.op === 'create' ? null : op.kind === 'cable' ? store.get('cable', op.id) : null;
  const out: (Id | undefined)[] = [];
  switch (op.kind) {
    case 'hall':
      if (op.op === 'delete') out.push(...store.idsWhere('rack', 'hall_id', op.id));
      break;
    case 'rack':
      if (op.op !== 'create') out.push(op.id);
      break;
    case 'device':
      out.push(rackOfDevice(op.op === 'create' ? undefined : op.id), fields.rackId as Id | undefined);
      break;
    case 'port':
      out.push(op.op === 'create' ? rackOfDevice(fields.deviceId) : rackOfPort(op.id), rackOfDevice(fields.deviceId));
      break;
    case 'cable':
      out.push(rackOfPort(current?.aPortId), rackOfPort(current?.bPortId), rackOfPort(fields.aPortId), rackOfPort(fields.bPortId));
      break;
  }
  return out.filter((r): r is Id => r !== undefined);
}

function noteRack(store: EntityStore, kind: EntityKind, id: Id, racks: Set<Id>): void {
  if (kind === 'rack') racks.add(id);
  else if (kind === 'device') {
    const d = store.get('device', id);
    if (d) racks.add(d.rackId);
  }
}

function createEntity(store: EntityStore, kind: EntityKind, value: Record<string, unknown>, cs: ChangeSet): Id {
  if (kind === 'device') {
    const typeId = value.typeId as Id;
    const type = readDeviceTypes(store.db).find((t) => t.id === typeId);
    if (!type) throw new ApiError('not-found', `device type ${typeId} does not exist`);
    if (!store.get('rack', value.rackId as Id)) throw new ApiError('not-found', `rack ${String(value.rackId)} does not exist`);
    const id = store.insert('device', value as never, cs);
    for (const p of type.ports) {
      store.insert('port', portFromTemplate(id, p), cs);
    }
    return id;
  }
  return store.insert(kind, value as never, cs);
}

/** Children first, so the undo record restores parents before children. */
export function deleteCascade(store: EntityStore, kind: EntityKind, id: Id, cs: ChangeSet): void {
  switch (kind) {
    case 'hall':
      for (const r of store.idsWhere('rack', 'hall_id', id)) deleteCascade(store, 'rack', r, cs);
      for (const t of store.idsWhere('tray', 'hall_id', id)) deleteCascade(store, 'tray', t, cs);
      for (const r of store.idsWhere('row', 'hall_id', id)) deleteCascade(store, 'row', r, cs);
      for (const f of store.idsWhere('feed', 'hall_id', id)) deleteCascade(store, 'feed', f, cs);
      for (const c of store.idsWhere('cdu', 'hall_id', id)) deleteCascade(store, 'cdu', c, cs);
      break;
    case 'rack':
      for (const d of store.idsWhere('device', 'rack_id', id)) deleteCascade(store, 'device', d, cs);
      break;
    case 'device':
      for (const p of store.idsWhere('port', 'device_id', id)) deleteCascade(store, 'port', p, cs);
      break;
    case 'port':
      for (const c of store.idsWhere('cable', 'a_port_id', id)) store.delete('cable', c, cs);
      for (const c of store.idsWhere('cable', 'b_port_id', id)) store.delete('cable', c, cs);
      break;
    case 'row':
      for (const r of store.idsWhere('rack', 'row_id', id)) store.update('rack', r, { rowId: null }, cs);
      break;
    case 'feed':
      for (const r of store.idsWhere('rack', 'feed_id', id)) store.update('rack', r, { feedId: null }, cs);
      for (const r of store.idsWhere('rack', 'feed_b_id', id)) store.update('rack', r, { feedBId: null }, cs);
      break;
    case 'cdu':
      for (const r of store.idsWhere('rack', 'cdu_id', id)) store.update('rack', r, { cduId: null }, cs);
      break;
    case 'tray':
      for (const r of store.idsWhere('rack', 'drop_tray_id', id)) store.update('rack', r, { dropTrayId: null }, cs);
      break;
    default:
      break;
  }
  store.delete(kind, id, cs);
}

/** A rack keeps the name of the tile under its front-left corner until the user renames it. */
function renameFromTile(store: EntityStore, rack: Rack, cs: ChangeSet): void {
  const hall = store.get('hall', rack.hallId);
  if (!hall) return;
  const rect = rackRect(rack);
  const base = tileName(rect.x0 + 1, rect.y0 + 1, hall.tileMm);
  const other = store.db.prepare('SELECT id FROM racks WHERE name = ? AND id <> ?');
  const name = freeName(base, (x) => other.get(x, rack.id) !== undefined);
  if (name !== rack.name) store.update('rack', rack.id, { name }, cs);
}

/** The refusal for something that would leave its hall: the hall's resize, or the thing's own edit. */
function outsideHall(what: string, hallName: string, why: string, resized: boolean, where: string): ApiError {
  return new ApiError(
    'refused',
    resized ? `hall ${hallName} cannot be made that small: ${what} would be outside it (${why})` : `${what} would stand outside hall ${hallName}: ${why}`,
    where,
  );
}

function checkTray(store: EntityStore, trayId: Id, resizedHalls: Set<Id>): void {
  const tray = store.get('tray', trayId);
  const hall = tray && store.get('hall', tray.hallId);
  if (!tray || !hall) return;
  const why = trayOutside(tray, hall);
  if (why) throw outsideHall(`tray ${tray.name}`, hall.name, `its ${why}`, resizedHalls.has(hall.id), `tray:${tray.name}`);
}

/** An in-row CDU on the floor stays inside its hall and off every rack and other CDU. */
function checkCdu(db: Db, store: EntityStore, cduId: Id, resizedHalls: Set<Id>, cdus: FloorCdus): void {
  const cdu = store.get('cdu', cduId);
  // (half a place would be kept and drawn nowhere: both or neither, as the layout file asks)
  if (cdu && (cdu.xMm == null) !== (cdu.yMm == null)) throw new ApiError('refused', `CDU ${cdu.name}: its centre takes both xMm and yMm, or neither (no place on the floor)`, `cdu:${cdu.name}`);
  const rect = cdu && cduRect(cdu);
  const hall = cdu && store.get('hall', cdu.hallId);
  if (!cdu || !rect || !hall) return;
  const why = rectOutside(rect, hall);
  if (why) throw outsideHall(`CDU ${cdu.name}`, hall.name, `its footprint ${why}`, resizedHalls.has(hall.id), `cdu:${cdu.name}`);
  for (const id of racksNear(db, cdu.hallId, null, rect)) {
    const rack = store.get('rack', id)!;
    if (rectsOverlap(rect, rackRect(rack))) throw new ApiError('refused', `CDU ${cdu.name} would overlap rack ${rack.name}`, `cdu:${cdu.name}`);
  }
  const other = cdus.on(cdu.hallId, rect, cdu.id);
  if (other) throw new ApiError('refused', `CDU ${cdu.name} would overlap CDU ${other}`, `cdu:${cdu.name}`);
}

/** Racks of a hall (but `except`) whose centres are within 5 m of a footprint: all that can meet it. */
function racksNear(db: Db, hallId: Id, except: Id | null, r: Rect): Id[] {
  return db
    .prepare('SELECT id FROM racks WHERE hall_id = ? AND id IS NOT ? AND x_mm BETWEEN ? AND ? AND y_mm BETWEEN ? AND ?')
    .pluck()
    .all(hallId, except, r.x0 - 5000, r.x1 + 5000, r.y0 - 5000, r.y1 + 5000) as Id[];
}

type FloorCdus = ReturnType<typeof floorCdus>;

/** The in-row CDUs on the floor, read once per hall after an edit's ops (a hall resize checks
 * thousands of racks against a few dozen CDUs). */
function floorCdus(store: EntityStore) {
  const byHall = new Map<Id, { id: Id; name: string; rect: Rect }[]>();
  const of = (hallId: Id) => {
    let list = byHall.get(hallId);
    if (!list) {
      list = [];
      for (const id of store.idsWhere('cdu', 'hall_id', hallId)) {
        const c = store.get('cdu', id)!;
        const rect = cduRect(c);
        if (rect) list.push({ id, name: c.name, rect });
      }
      byHall.set(hallId, list);
    }
    return list;
  };
  /** The name of a CDU (not `except`) whose footprint meets `rect`, or null. */
  const on = (hallId: Id, rect: Rect, except: Id | null) => of(hallId).find((c) => c.id !== except && rectsOverlap(rect, c.rect))?.name ?? null;
  return { on };
}

/** A rack being created has only a provisional name so far (the tile names it afterwards). */
function checkRack(db: Db, store: EntityStore, rackId: Id, resizedHalls: Set<Id>, created: Set<Id>, cdus: FloorCdus): void {
  const rack = store.get('rack', rackId)!;
  const rect = rackRect(rack);
  const hall = store.get('hall', rack.hallId);
  const me = created.has(rackId) && rack.nameAuto ? 'the new rack' : `rack ${rack.name}`;
  const why = hall && rackOutside(rack, hall);
  if (hall && why) throw outsideHall(me, hall.name, `its footprint ${why}`, resizedHalls.has(hall.id), `rack:${rack.name}`);
  for (const id of racksNear(db, rack.hallId, rack.id, rect)) {
    const other = store.get('rack', id)!;
    if (rectsOverlap(rect, rackRect(other))) {
      throw new ApiError('refused', `${me} would overlap ${created.has(other.id) && other.nameAuto ? 'another new rack' : `rack ${other.name}`}`, `rack:${rack.name}`);
    }
  }
  const cdu = cdus.on(rack.hallId, rect, null);
  if (cdu) throw new ApiError('refused', `${me} would overlap CDU ${cdu}`, `rack:${rack.name}`);
  const types = new Map(readDeviceTypes(db).map((t) => [t.id, t]));
  const devices = store.idsWhere('device', 'rack_id', rackId).map((id) => store.get('device', id)!);
  const slots = devices.map((d) => slotOf(d, types.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
  const problem = uSpaceProblems(rack.heightU, slots)[0];
  if (problem) {
    const name = (id: Id) => devices.find((d) => d.id === id)?.name ?? String(id);
    throw new ApiError(
      'refused',
      problem.kind === 'overflow'
        ? `${name(problem.deviceId)} would reach U${problem.hi}, above the top of rack ${rack.name} (${problem.heightU}U)`
        : `${name(problem.deviceId)} would collide with ${name(problem.otherId)} at U${problem.u} in rack ${rack.name}`,
      `rack:${rack.name}`,
    );
  }
}
