// Structured links kept as records (migration 014, docs/fabrics.md step 4): a generated link's two
// in-rack jumpers are one `channels` row; cable_view shows them as the two cable rows they stand
// for. Here: writing the generator's records (core/model/jumper-records.ts), turning records back
// into plain rows before an edit or a routing run changes them, and the label check a new cable
// needs (cables.label UNIQUE cannot see the records' labels).
import type { Id } from '../core/model/entities.js';
import type { EditOp } from '../core/model/edits.js';
import type { JumperRecords } from '../core/model/jumper-records.js';
import type { Db } from './open.js';
import type { ChangeSet, EntityStore } from './store.js';
import { CHANNEL_COLUMNS, columnsOf } from './tables.js';

const CABLE_COLUMNS = columnsOf('cable').join(', ');

/** Each record jumper's routed and ordered mm (jumper j: record j >> 1, end j & 1; NaN: none). */
export interface JumperMm {
  routedMm: Float64Array;
  orderedMm: Float64Array;
}

const mm = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

/** A record's media, optics and status come from its combination (a table); it binds the rest, in order. */
const FROM_COMBO = ['media_id', 'optic_a', 'optic_b', 'status'];
const OWN = CHANNEL_COLUMNS.filter((c) => !FROM_COMBO.includes(c));

/**
 * Writes the records as `channels` rows (256 rows a statement, one reused buffer), after the
 * trunks they name; `skip[k]` set: record k is written as cable rows instead (the caller's). Each
 * jumper's label is `label(its id)`, made here and dropped with the batch. A record's media,
 * optics and status are its combination's (a handful in a hall): joined from a temporary table by
 * the combination's number, not bound as four strings a row (98,304 rows at 32k: 0.5 -> 0.42 s).
 */
export function insertChannels(db: Db, r: JumperRecords, routes: JumperMm | null, skip: Uint8Array | null, label: (id: Id) => string): void {
  db.exec(`DROP TABLE IF EXISTS temp.channel_combos;
    CREATE TEMP TABLE channel_combos (k INTEGER PRIMARY KEY, media_id TEXT, optic_a TEXT, optic_b TEXT, status TEXT)`);
  try {
    const insCombo = db.prepare('INSERT INTO temp.channel_combos VALUES (?, ?, ?, ?, ?)');
    r.combos.forEach((m, k) => insCombo.run(k, m.mediaId, m.opticA, m.opticB, m.status));
    const cols = OWN.length + 1; // and the combination's number
    const BATCH = 256;
    const pick = CHANNEL_COLUMNS.map((c) => (FROM_COMBO.includes(c) ? `c.${c}` : `v.column${OWN.indexOf(c) + 1}`)).join(', ');
    const sql = (rows: number) =>
      `INSERT INTO channels (${CHANNEL_COLUMNS.join(', ')}) SELECT ${pick} FROM (VALUES ${Array(rows)
        .fill(`(${Array(cols).fill('?').join(',')})`)
        .join(',')}) v
       CROSS JOIN temp.channel_combos c ON c.k = v.column${cols}`;
    const full = db.prepare(sql(BATCH));
    const buf = new Array<unknown>(BATCH * cols).fill(null);
    let n = 0;
    for (let k = 0; k < r.count; k++) {
      if (skip && skip[k]) continue;
      let at = n * cols;
      buf[at++] = r.aId[k]!;
      buf[at++] = r.bId[k]!;
      buf[at++] = r.aPort[k]!;
      buf[at++] = r.bPort[k]!;
      buf[at++] = r.trunk[k]!;
      buf[at++] = r.position[k]!;
      buf[at++] = r.aFront[k]!;
      buf[at++] = r.bFront[k]!;
      buf[at++] = routes && mm(routes.routedMm[2 * k]);
      buf[at++] = routes && mm(routes.routedMm[2 * k + 1]);
      buf[at++] = routes && mm(routes.orderedMm[2 * k]);
      buf[at++] = routes && mm(routes.orderedMm[2 * k + 1]);
      buf[at++] = label(r.aId[k]!);
      buf[at++] = label(r.bId[k]!);
      buf[at] = r.combo[k]!;
      if (++n === BATCH) {
        full.run(buf);
        n = 0;
      }
    }
    if (n > 0) db.prepare(sql(n)).run(buf.slice(0, n * cols));
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.channel_combos');
  }
}

/** The ids of the records (a-end jumper ids) standing for any of these cable ids. */
export function channelsOfCables(db: Db, ids: readonly Id[]): Id[] {
  if (ids.length === 0) return [];
  return db
    .prepare('SELECT id FROM channels WHERE id IN (SELECT value FROM json_each(@ids)) OR b_jumper_id IN (SELECT value FROM json_each(@ids)) OR trunk_id IN (SELECT value FROM json_each(@ids)) ORDER BY id')
    .pluck()
    .all({ ids: JSON.stringify(ids) }) as Id[];
}

/** The ids of the records with an end (interface or panel front) on a device of these racks. */
export function channelsOfRacks(db: Db, racks: readonly Id[]): Id[] {
  if (racks.length === 0) return [];
  const ports = 'SELECT p.id FROM port_view p WHERE p.device_id IN (SELECT id FROM devices WHERE rack_id IN (SELECT value FROM json_each(@racks)))';
  return db
    .prepare(
      `SELECT id FROM channels WHERE a_port_id IN (${ports}) UNION SELECT id FROM channels WHERE b_port_id IN (${ports})
       UNION SELECT id FROM channels WHERE a_front_id IN (${ports}) UNION SELECT id FROM channels WHERE b_front_id IN (${ports}) ORDER BY id`,
    )
    .pluck()
    .all({ racks: JSON.stringify(racks) }) as Id[];
}

/** Whether any cable, a row or a record's jumper, has this label. */
export function cableLabelTaken(db: Db, label: string): boolean {
  return db.prepare('SELECT 1 FROM cables WHERE label = ?').pluck().get(label) !== undefined || channelLabelTaken(db, label);
}

/**
 * Whether a record's jumper already has this label (the UNIQUE constraint on cables.label cannot
 * see them, and the records' labels have no index). A generated label starts (a-end) or ends
 * (b-end) with its interface end's `device:port`, and a record holds only generated labels: each
 * split of the label at a '/' and a ':' names a candidate port, whose records are found through
 * channels_a / channels_b, not by scanning.
 */
export function channelLabelTaken(db: Db, label: string): boolean {
  const portOf = db.prepare('SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id WHERE d.name = ? AND p.name = ?').pluck();
  const aSide = db.prepare('SELECT 1 FROM channels WHERE a_port_id = ? AND a_label = ?').pluck();
  const bSide = db.prepare('SELECT 1 FROM channels WHERE b_port_id = ? AND b_label = ?').pluck();
  const ports = (end: string): Id[] => {
    const out: Id[] = [];
    for (let c = end.indexOf(':'); c >= 0; c = end.indexOf(':', c + 1)) {
      const id = portOf.get(end.slice(0, c), end.slice(c + 1)) as Id | undefined;
      if (id !== undefined) out.push(id);
    }
    return out;
  };
  for (let s = label.indexOf('/'); s >= 0; s = label.indexOf('/', s + 1)) {
    for (const p of ports(label.slice(0, s))) if (aSide.get(p, label) !== undefined) return true;
    for (const p of ports(label.slice(s + 1))) if (bSide.get(p, label) !== undefined) return true;
  }
  return false;
}

/**
 * Turns records into the two cable rows each stands for (same ids, the labels and values the view
 * shows), inside the edit's ChangeSet: undo deletes the rows and puts the record back. The patch
 * gets identical rows under the same ids (the record itself is never in a patch).
 */
export function materialiseChannels(store: EntityStore, ids: readonly Id[], cs: ChangeSet | null): void {
  const db = store.db;
  const rec = db.prepare('SELECT * FROM channels WHERE id = ?');
  const rowA = db.prepare(`SELECT ${CABLE_COLUMNS} FROM channel_a_view WHERE id = ?`);
  const rowB = db.prepare(`SELECT ${CABLE_COLUMNS} FROM channel_b_view WHERE id = ?`);
  for (const id of ids) {
    const image = rec.get(id) as Record<string, unknown> | undefined;
    if (!image) continue;
    const a = rowA.get(id) as Record<string, unknown>;
    const b = rowB.get(image.b_jumper_id) as Record<string, unknown>;
    store.restore('channel', id, null, cs);
    store.restore('cable', id, a, cs);
    store.restore('cable', image.b_jumper_id as Id, b, cs);
  }
}

/**
 * The records an edit operation would change through the rows they stand for, to materialise
 * before it runs: a jumper or trunk edited or deleted (its records); a device, port or rack edited
 * or deleted, and a new cable's two ends (the records on that rack: labels are made from names, so
 * a rename must not reach the jumpers that were labelled before it); a hall deleted (its racks).
 */
export function channelsTouchedBy(store: EntityStore, op: EditOp): Id[] {
  const db = store.db;
  if (op.op === 'create') {
    if (op.kind !== 'cable') return [];
    const racks: Id[] = [];
    for (const end of [op.value.aPortId, op.value.bPortId]) {
      const rack = typeof end === 'number' ? rackOfPort(store, end) : null;
      if (rack !== null) racks.push(rack);
    }
    return channelsOfRacks(db, racks);
  }
  switch (op.kind) {
    case 'cable':
      return channelsOfCables(db, [op.id]);
    case 'rack':
      return channelsOfRacks(db, [op.id]);
    case 'device': {
      const d = store.get('device', op.id);
      return d ? channelsOfRacks(db, [d.rackId]) : [];
    }
    case 'port': {
      const rack = rackOfPort(store, op.id);
      return rack === null ? [] : channelsOfRacks(db, [rack]);
    }
    case 'hall':
      return op.op === 'delete' ? channelsOfRacks(db, store.idsWhere('rack', 'hall_id', op.id)) : [];
    default:
      return [];
  }
}

function rackOfPort(store: EntityStore, portId: Id): Id | null {
  const p = store.get('port', portId);
  const d = p && store.get('device', p.deviceId);
  return d ? d.rackId : null;
}
