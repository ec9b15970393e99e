// Structured links kept as records (migration 014, docs/fabrics.md step 4): a generated link's two
// in-rack jumpers are one `channels` row; cable_view shows them as the two cable rows they stand
// for. Here: which generated jumper pairs a record can hold, writing them, turning records back
// into plain rows before an edit or a routing run changes them, and the label check a new cable
// needs (cables.label UNIQUE cannot see the records' labels).
import type { Cable, Id } from '../core/model/entities.js';
import type { EditOp } from '../core/model/edits.js';
import type { FabricPlan } from '../core/fabric/plan.js';
import type { Db } from './open.js';
import type { ChangeSet, EntityStore } from './store.js';
import { CHANNEL_COLUMNS, columnsOf } from './tables.js';

const CABLE_COLUMNS = columnsOf('cable').join(', ');

/** A generated hall's structured links, by index into its cable list: a-end jumper, b-end jumper,
 * trunk, and the trunk position the link uses. */
export interface ChannelLinks {
  a: Int32Array;
  b: Int32Array;
  trunk: Int32Array;
  position: Int32Array;
}

export { CHANNEL_COLUMNS };

/** Structured link k's cables by index: its a-end jumper is cable i (its link), its b-end jumper
 * the k-th after the links (structuredCables makes them in link order), its trunk after those. */
export function channelLinks(plan: FabricPlan, linkCount: number): ChannelLinks {
  const sp = plan.structured!;
  let n = 0;
  for (let i = 0; i < linkCount; i++) if (sp.trunkOf[i]! >= 0) n++;
  const out: ChannelLinks = { a: new Int32Array(n), b: new Int32Array(n), trunk: new Int32Array(n), position: new Int32Array(n) };
  let k = 0;
  for (let i = 0; i < linkCount; i++) {
    if (sp.trunkOf[i]! < 0) continue;
    out.a[k] = i;
    out.b[k] = linkCount + k;
    out.trunk[k] = linkCount + n + sp.trunkOf[i]!;
    out.position[k] = sp.posOf[i]!;
    k++;
  }
  return out;
}

/** An in-rack route: none before routing, no tray step after (the view's `route`). */
const inRack = (c: Cable) => (c.route == null ? c.routedMm == null : c.route.length === 0 && c.routedMm != null);
const bare = (c: Cable) => c.lengthMm == null && c.polarity == null && c.assemblyId == null && c.leg == null;

/** Whether the view shows this pair exactly as these rows. Anything else stays two cable rows. */
export function recordable(a: Cable, b: Cable): boolean {
  return bare(a) && bare(b) && a.mediaId === b.mediaId && a.status === b.status && a.opticB === null && b.opticA === null && inRack(a) && inRack(b);
}

/** Which cables (by index) records hold: the caller writes the others as rows. */
export function heldByChannels(cables: readonly Cable[], links: ChannelLinks): Uint8Array {
  const held = new Uint8Array(cables.length);
  for (let k = 0; k < links.a.length; k++) {
    if (!recordable(cables[links.a[k]!]!, cables[links.b[k]!]!)) continue;
    held[links.a[k]!] = 1;
    held[links.b[k]!] = 1;
  }
  return held;
}

/**
 * Writes the links `held` marks as `channels` rows (256 rows a statement, one reused buffer), after
 * the trunks: a record names its trunk row. A jumper labelled '' (the generator's LABEL_AT_WRITE)
 * takes `label(index of the cable)`, made here and dropped with the batch.
 */
export function insertChannels(db: Db, cables: readonly Cable[], links: ChannelLinks, held: Uint8Array, label: (cable: number) => string): void {
  const cols = CHANNEL_COLUMNS.length;
  const BATCH = 256;
  const head = `INSERT INTO channels (${CHANNEL_COLUMNS.join(', ')}) VALUES `;
  const tuple = `(${Array(cols).fill('?').join(',')})`;
  const full = db.prepare(head + Array(BATCH).fill(tuple).join(','));
  const buf = new Array<unknown>(BATCH * cols).fill(null);
  let n = 0;
  for (let k = 0; k < links.a.length; k++) {
    if (!held[links.a[k]!]) continue;
    const a = cables[links.a[k]!]!;
    const b = cables[links.b[k]!]!;
    let at = n * cols;
    buf[at++] = a.id;
    buf[at++] = b.id;
    buf[at++] = a.aPortId;
    buf[at++] = b.bPortId;
    buf[at++] = cables[links.trunk[k]!]!.id;
    buf[at++] = links.position[k]!;
    buf[at++] = a.bPortId;
    buf[at++] = b.aPortId;
    buf[at++] = a.mediaId;
    buf[at++] = a.opticA;
    buf[at++] = b.opticB;
    buf[at++] = a.routedMm;
    buf[at++] = b.routedMm;
    buf[at++] = a.orderedMm;
    buf[at++] = b.orderedMm;
    buf[at++] = a.status;
    buf[at++] = a.label || label(links.a[k]!);
    buf[at] = b.label || label(links.b[k]!);
    if (++n === BATCH) {
      full.run(buf);
      n = 0;
    }
  }
  if (n > 0) db.prepare(head + Array(n).fill(tuple).join(',')).run(buf.slice(0, n * cols));
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
