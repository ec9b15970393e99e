// Writes a generated fabric into the project in one transaction with prepared statements: a new
// hall with its rows, trays, racks, devices, ports and cables. Ids are assigned here (max + 1) so
// that cables can name their ports without reading anything back. Nothing is half-written: any
// failure rolls the whole fabric back.
//
// Undo: for fabrics up to UNDO_ROW_LIMIT rows the write is recorded as one undo step (row images
// built from the plan, no read-back). Bigger fabrics would store hundreds of megabytes of images,
// so they are not recorded; the result says so and the hall can be deleted instead.
import type { Edit } from '../core/model/edits.js';
import type { Cable, Device, EntityKind, Hall, Id, Port, Rack, RowGroup, Tray } from '../core/model/entities.js';
import type { FabricPlan } from '../core/fabric/plan.js';
import { devicePorts } from '../core/fabric/plan.js';
import { historyState, recordStep, type HistoryState } from './history.js';
import type { Db } from './open.js';
import { ChangeSet } from './store.js';

export const UNDO_ROW_LIMIT = 60_000;

export interface FabricWriteResult {
  hallId: Id;
  hallName: string;
  rows: number;
  racks: number;
  devices: number;
  ports: number;
  cables: number;
  trays: number;
  /** Ids of the generated cables: first and last (they are consecutive). */
  cableIds: [Id, Id] | null;
  undoable: boolean;
  undoNote: string | null;
  history: HistoryState;
  /** The written hall as model objects (when asked for with `collect`), for the routing engine. */
  entities?: HallEntities;
}

export interface HallEntities {
  hall: Hall;
  rows: RowGroup[];
  trays: Tray[];
  racks: Rack[];
  devices: Device[];
  ports: Port[];
  cables: Cable[];
}

export type Progress = (phase: string, done: number, total: number) => void;

/**
 * Inserts rows through multi-row INSERT statements of `batch` rows: one statement call per batch
 * instead of per row (better-sqlite3's per-call cost dominates at 200,000 rows).
 */
class BatchInsert {
  private buf: unknown[] = [];
  private readonly full;
  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly cols: number,
    private readonly batch = 64,
  ) {
    this.full = db.prepare(`${head} VALUES ${Array(batch).fill(`(${Array(cols).fill('?').join(',')})`).join(',')}`);
  }
  add(...values: unknown[]): void {
    for (const v of values) this.buf.push(v);
    if (this.buf.length === this.batch * this.cols) {
      this.full.run(this.buf);
      this.buf = [];
    }
  }
  flush(): void {
    const rows = this.buf.length / this.cols;
    if (rows > 0) this.db.prepare(`${this.head} VALUES ${Array(rows).fill(`(${Array(this.cols).fill('?').join(',')})`).join(',')}`).run(this.buf);
    this.buf = [];
  }
}

function nextId(db: Db, table: string): number {
  return ((db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number) ?? 0) + 1;
}

function uniqueName(taken: Set<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** Short hall tag used to keep generated names unique, e.g. "F3". */
function tagFor(hallId: Id): string {
  return `F${hallId}`;
}

export function writeFabric(db: Db, plan: FabricPlan, opts: { hallName?: string; progress?: Progress; collect?: boolean } = {}): FabricWriteResult {
  const progress = opts.progress ?? (() => {});
  const t = plan.arch.topo;
  const P = plan.placement;
  const s = plan.summary;
  const totalRows = 1 + P.rows.length + P.trays.length + P.racks.length + t.devices.length + t.linkCount +
    t.devices.reduce((n, d) => n + devicePorts(plan, d.role).length, 0);
  const record = totalRows <= UNDO_ROW_LIMIT;
  const images: { k: EntityKind; id: Id; row: Record<string, unknown> }[] = [];
  const keep = (k: EntityKind, row: Record<string, unknown>) => {
    if (record) images.push({ k, id: row.id as Id, row });
  };

  let result!: Omit<FabricWriteResult, 'history'>;
  const ent: HallEntities | undefined = opts.collect
    ? { hall: null as unknown as Hall, rows: [], trays: [], racks: [], devices: [], ports: [], cables: [] }
    : undefined;
  // Every id written here is assigned by this function from existing rows, so referential
  // integrity holds by construction; per-row foreign-key lookups would triple the write time.
  // (The pragma cannot change inside a transaction, hence here.)
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (fkWasOn && !db.inTransaction) db.pragma('foreign_keys = OFF');
  try {
  db.transaction(() => {
    const hallNames = new Set(db.prepare('SELECT name FROM halls').pluck().all() as string[]);
    const hallId = nextId(db, 'halls');
    const hallName = uniqueName(hallNames, opts.hallName ?? plan.inputs.hall.name ?? `Fabric ${s.arch} ${s.gpus} GPUs`);
    const hallRow = { id: hallId, name: hallName, width_mm: P.hall.widthMm, depth_mm: P.hall.depthMm, tile_mm: P.hall.tileMm };
    db.prepare('INSERT INTO halls (id, name, width_mm, depth_mm, tile_mm) VALUES (?, ?, ?, ?, ?)').run(hallId, hallName, hallRow.width_mm, hallRow.depth_mm, hallRow.tile_mm);
    keep('hall', hallRow);
    if (ent) ent.hall = { id: hallId, name: hallName, widthMm: P.hall.widthMm, depthMm: P.hall.depthMm, tileMm: P.hall.tileMm };
    const tag = tagFor(hallId);

    const rowBase = nextId(db, 'rows');
    const insRow = db.prepare('INSERT INTO rows (id, hall_id, name, kind) VALUES (?, ?, ?, ?)');
    P.rows.forEach((name, i) => {
      insRow.run(rowBase + i, hallId, name, 'row');
      keep('row', { id: rowBase + i, hall_id: hallId, name, kind: 'row' });
      ent?.rows.push({ id: rowBase + i, hallId, name, kind: 'row' });
    });

    const trayNames = new Set(db.prepare('SELECT name FROM trays').pluck().all() as string[]);
    const trayBase = nextId(db, 'trays');
    const insTray = db.prepare('INSERT INTO trays (id, hall_id, name, height_mm, width_mm, depth_mm, points) VALUES (?, ?, ?, ?, ?, ?, ?)');
    P.trays.forEach((tr, i) => {
      const name = uniqueName(trayNames, `${tag} ${tr.name}`);
      trayNames.add(name);
      const points = JSON.stringify(tr.points);
      insTray.run(trayBase + i, hallId, name, tr.heightMm, tr.widthMm, tr.depthMm, points);
      keep('tray', { id: trayBase + i, hall_id: hallId, name, height_mm: tr.heightMm, width_mm: tr.widthMm, depth_mm: tr.depthMm, points });
      ent?.trays.push({ id: trayBase + i, hallId, name, heightMm: tr.heightMm, widthMm: tr.widthMm, depthMm: tr.depthMm, points: tr.points });
    });

    // Racks keep their tile names (TIA-606) unless another hall already uses the name.
    const rackNames = new Set(db.prepare('SELECT name FROM racks').pluck().all() as string[]);
    const rackBase = nextId(db, 'racks');
    const insRack = db.prepare(
      `INSERT INTO racks (id, hall_id, row_id, name, name_auto, x_mm, y_mm, rotation_deg, width_mm, depth_mm, height_u, power_budget_w, feed_id, drop_tray_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
    );
    const rackName: string[] = [];
    P.racks.forEach((r, i) => {
      const auto = !rackNames.has(r.name);
      const name = auto ? r.name : uniqueName(rackNames, `${tag}-${r.name}`);
      rackNames.add(name);
      rackName.push(name);
      insRack.run(rackBase + i, hallId, rowBase + r.row, name, auto ? 1 : 0, r.xMm, r.yMm, r.rotationDeg, r.widthMm, r.depthMm, r.heightU, r.powerBudgetW);
      keep('rack', {
        id: rackBase + i, hall_id: hallId, row_id: rowBase + r.row, name, name_auto: auto ? 1 : 0, x_mm: r.xMm, y_mm: r.yMm,
        rotation_deg: r.rotationDeg, width_mm: r.widthMm, depth_mm: r.depthMm, height_u: r.heightU, power_budget_w: r.powerBudgetW,
        feed_id: null, drop_tray_id: null,
      });
      ent?.racks.push({
        id: rackBase + i, hallId, rowId: rowBase + r.row, name, nameAuto: auto, xMm: r.xMm, yMm: r.yMm, rotationDeg: r.rotationDeg,
        widthMm: r.widthMm, depthMm: r.depthMm, heightU: r.heightU, powerBudgetW: r.powerBudgetW, feedId: null, dropTrayId: null,
      });
    });
    progress('racks', P.racks.length, P.racks.length);

    // Device names are prefixed with the hall tag only when a name is already taken.
    const taken = db.prepare('SELECT 1 FROM devices WHERE name = ?').pluck();
    const clash = t.devices.some((d) => taken.get(d.name) !== undefined);
    const devName = (i: number) => (clash ? `${tag}-${t.devices[i]!.name}` : t.devices[i]!.name);
    const devBase = nextId(db, 'devices');
    const portBase = nextId(db, 'ports');
    const insDev = db.prepare('INSERT INTO devices (id, rack_id, name, type_id, u, face) VALUES (?, ?, ?, ?, ?, ?)');
    const insPort = new BatchInsert(db, 'INSERT INTO ports (id, device_id, name, kind, form_factor, speed_gbps, lanes, face)', 8);
    const firstPort = new Int32Array(t.devices.length);
    let portId = portBase;
    const step = Math.max(1, Math.floor(t.devices.length / 20));
    for (let i = 0; i < t.devices.length; i++) {
      const d = t.devices[i]!;
      const typeId = d.role === 'server' ? plan.server.type.id : plan.sw.type.id;
      const id = devBase + i;
      const rackId = rackBase + P.rackOf[i]!;
      const name = devName(i);
      insDev.run(id, rackId, name, typeId, P.uOf[i]!, 'front');
      keep('device', { id, rack_id: rackId, name, type_id: typeId, u: P.uOf[i]!, face: 'front' });
      ent?.devices.push({ id, rackId, name, typeId, u: P.uOf[i]!, face: 'front' });
      firstPort[i] = portId;
      for (const p of devicePorts(plan, d.role)) {
        insPort.add(portId, id, p.name, p.kind, p.formFactor, p.speedGbps, p.lanes, p.face);
        keep('port', { id: portId, device_id: id, name: p.name, kind: p.kind, form_factor: p.formFactor, speed_gbps: p.speedGbps, lanes: p.lanes, face: p.face });
        ent?.ports.push({ id: portId, deviceId: id, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face });
        portId++;
      }
      if (i % step === 0) progress('devices', i, t.devices.length);
    }
    insPort.flush();
    progress('devices', t.devices.length, t.devices.length);

    const cableBase = nextId(db, 'cables');
    const insCable = new BatchInsert(db, 'INSERT INTO cables (id, label, a_port_id, b_port_id, media_id, optic_a, optic_b, status)', 8);
    const n = t.linkCount;
    const cstep = Math.max(1, Math.floor(n / 20));
    for (let i = 0; i < n; i++) {
      const a = t.a[i]!;
      const b = t.b[i]!;
      const pa = plan.portA[i]!;
      const pb = plan.portB[i]!;
      const label = `${devName(a)}:${devicePorts(plan, t.devices[a]!.role)[pa]!.name}/${devName(b)}:${devicePorts(plan, t.devices[b]!.role)[pb]!.name}`;
      const m = plan.media[i];
      const mediaId = m?.mediaId ?? null;
      const opticA = m?.opticA ?? null;
      const opticB = m?.opticB ?? null;
      const id = cableBase + i;
      insCable.add(id, label, firstPort[a]! + pa, firstPort[b]! + pb, mediaId, opticA, opticB, 'planned');
      keep('cable', {
        id, label, a_port_id: firstPort[a]! + pa, b_port_id: firstPort[b]! + pb, media_id: mediaId, optic_a: opticA, optic_b: opticB,
        length_mm: null, routed_mm: null, ordered_mm: null, route: null, status: 'planned',
      });
      ent?.cables.push({
        id, label, aPortId: firstPort[a]! + pa, bPortId: firstPort[b]! + pb, mediaId, opticA, opticB,
        lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
      });
      if (i % cstep === 0) progress('cables', i, n);
    }
    insCable.flush();
    progress('cables', n, n);

    if (record) {
      const cs = new ChangeSet();
      for (const im of images) cs.record({ k: im.k, id: im.id, b: null, a: im.row });
      recordStep(db, `Generate ${s.arch} fabric (${s.gpus} GPUs)`, cs);
    }
    result = {
      hallId,
      hallName,
      rows: P.rows.length,
      racks: P.racks.length,
      devices: t.devices.length,
      ports: portId - portBase,
      cables: n,
      trays: P.trays.length,
      cableIds: n > 0 ? [cableBase, cableBase + n - 1] : null,
      undoable: record,
      undoNote: record ? null : `${totalRows} rows is more than the ${UNDO_ROW_LIMIT} kept in undo history: delete hall "${hallName}" to remove the fabric`,
    };
  })();
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
  return { ...result, history: historyState(db), ...(ent ? { entities: ent } : {}) };
}

/** The edit that removes a generated hall, for callers that prefer applyEdit. */
export function removeHallEdit(hallId: Id, hallName: string): Edit {
  return { label: `Remove fabric hall ${hallName}`, ops: [{ op: 'delete', kind: 'hall', id: hallId }] };
}
