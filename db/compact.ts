// Rows kept compactly (docs/fabrics.md, "The model change, step by step"): a panel's front ports
// as one block (port_blocks: the device's type's front-port template at position p is port
// first_id + p). port_view shows them as rows; this file gives the reads that must seek rather
// than go through the view (its derived arm has no index on id: `WHERE id = ?` or a join on a
// port id through it computes every block's ports), and `materialise`, which turns blocks back
// into rows before an edit touches them.
import type { Id, Port } from '../core/model/entities.js';
import type { ChangeSet, EntityStore } from './store.js';
import { MAX_CABLE_ID_SQL, columnsOf, fromRow } from './tables.js';

/** port_view's derived columns, in columnsOf('port') order, for blocks `b`, devices `d`, templates `t`. */
const DERIVED_COLUMNS = 'b.first_id + t.position, b.device_id, t.name, t.kind, t.form_factor, t.speed_gbps, t.lanes, t.face, t.rear_port, t.rear_position, t.positions';
const DERIVED_JOIN = "JOIN devices d ON d.id = b.device_id JOIN port_templates t ON t.device_type_id = d.type_id AND t.kind = 'front-port'";

/** The derived ports of the blocks `blocks` selects (a subquery of port_blocks rows), in id order. */
export function derivedPortsSql(blocks: string): string {
  return `SELECT ${DERIVED_COLUMNS} FROM (${blocks}) b ${DERIVED_JOIN} ORDER BY b.first_id, t.position`;
}

/** The block a port id falls in, if any: the one with the largest first_id <= id (a seek on first_id). */
const blockAt = (id: string) => `(SELECT max(first_id) FROM port_blocks WHERE first_id <= ${id})`;

/**
 * port_view's rows whose id is a `value` of `ids` (a table or CTE name), each found by a seek: the
 * ports row, or the template at id - first_id of the block the id falls in. (better-sqlite3 binds
 * no numbered parameter twice: a statement binds the ids once, in a CTE, e.g. `WITH q(value) AS ...`.)
 */
export function portsAtSql(ids: string): string {
  const cols = columnsOf('port');
  return `SELECT ${cols.map((c) => `p.${c}`).join(', ')} FROM ${ids} j JOIN ports p ON p.id = j.value
    UNION ALL
    SELECT ${DERIVED_COLUMNS} FROM ${ids} j JOIN port_blocks b ON b.first_id = ${blockAt('j.value')}
      JOIN devices d ON d.id = b.device_id JOIN port_templates t ON t.device_type_id = d.type_id AND t.position = j.value - b.first_id AND t.kind = 'front-port'`;
}

/** SQL for the device of the port `id` (an expression naming a port that exists), by seeks. */
export function deviceOfPortSql(id: string): string {
  // (the block's device from first_id's index alone: one seek)
  return `coalesce((SELECT device_id FROM ports WHERE id = ${id}), (SELECT device_id FROM port_blocks WHERE first_id <= ${id} ORDER BY first_id DESC LIMIT 1))`;
}

/**
 * Joins that give the port `id` (an expression, e.g. `c.a_port_id`) and its device as `dev`, by
 * seeks, for LEFT JOINs of cables to their ends; `name` and `kind` are the port's columns.
 */
export function portEndJoin(id: string, p: string, dev: string): { join: string; name: string; kind: string } {
  const b = `${p}_b`;
  const t = `${p}_t`;
  return {
    join: `LEFT JOIN ports ${p} ON ${p}.id = ${id}
      LEFT JOIN port_blocks ${b} ON ${p}.id IS NULL AND ${b}.first_id = ${blockAt(id)}
      LEFT JOIN devices ${dev} ON ${dev}.id = coalesce(${p}.device_id, ${b}.device_id)
      LEFT JOIN port_templates ${t} ON ${b}.device_id IS NOT NULL AND ${t}.device_type_id = ${dev}.type_id AND ${t}.position = ${id} - ${b}.first_id AND ${t}.kind = 'front-port'`,
    name: `coalesce(${p}.name, ${t}.name)`,
    kind: `coalesce(${p}.kind, ${t}.kind)`,
  };
}

/** The largest id port_view shows: the ports table's, or the last block's last front port (seeks only). */
const MAX_PORT_ID = `SELECT max(coalesce((SELECT max(id) FROM ports), 0), coalesce((SELECT max(b.first_id + t.position) FROM port_blocks b ${DERIVED_JOIN}
  WHERE b.first_id = (SELECT max(first_id) FROM port_blocks)), 0))`;

/** port_view's row count: the table's, and each block's type's front-port templates (one row per block, not per port). */
const PORT_COUNT = `SELECT (SELECT count(*) FROM ports) + coalesce((SELECT sum(t.n) FROM port_blocks b JOIN devices d ON d.id = b.device_id
  JOIN (SELECT device_type_id, count(*) AS n FROM port_templates WHERE kind = 'front-port' GROUP BY device_type_id) t ON t.device_type_id = d.type_id), 0)`;

/** SQL for the row count of a table or view. */
export function countSql(readFrom: string): string {
  return readFrom === 'port_view' ? PORT_COUNT : `SELECT count(*) FROM ${readFrom}`;
}

/** SQL for the largest id of a table or view (0 when empty). */
export function maxIdSql(readFrom: string): string {
  // cable_view: a record's jumpers' ids too, from the arms' index ends (db/channels.ts)
  return readFrom === 'port_view' ? MAX_PORT_ID : readFrom === 'cable_view' ? MAX_CABLE_ID_SQL : `SELECT coalesce(max(id), 0) FROM ${readFrom}`;
}

/**
 * Turns the blocks of the panels in `racks` into port rows (same ids, same values) inside the
 * edit's ChangeSet, so that the edit can change, delete or key on them as on any row and its undo
 * puts the block back. Racks without blocks cost one indexed query.
 */
export function materialise(store: EntityStore, racks: Iterable<Id>, cs: ChangeSet | null): void {
  const db = store.db;
  const blocksIn = db.prepare('SELECT b.device_id FROM port_blocks b JOIN devices d ON d.id = b.device_id WHERE d.rack_id = ? ORDER BY b.device_id').pluck();
  for (const rack of new Set(racks)) for (const device of blocksIn.all(rack) as Id[]) materialiseBlock(store, device, cs);
}

/** materialise for every block of a device type's devices (before its templates change). */
export function materialiseType(store: EntityStore, typeId: Id): void {
  const devices = store.db.prepare('SELECT b.device_id FROM port_blocks b JOIN devices d ON d.id = b.device_id WHERE d.type_id = ? ORDER BY b.device_id').pluck().all(typeId) as Id[];
  for (const device of devices) materialiseBlock(store, device, null);
}

function materialiseBlock(store: EntityStore, device: Id, cs: ChangeSet | null): void {
  const rows = store.db.prepare(derivedPortsSql('SELECT * FROM port_blocks WHERE device_id = ?')).raw().all(device) as unknown[][];
  const cols = columnsOf('port');
  store.delete('portBlock', device, cs);
  for (const r of rows) {
    const port = fromRow('port', Object.fromEntries(cols.map((c, i) => [c, r[i]]))) as Port;
    store.insert('port', port, cs);
  }
}
