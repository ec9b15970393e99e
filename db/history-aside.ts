// Compact undo steps. A generation or an import of hundreds of thousands of rows, or the deletion
// of such a hall, would store every row image twice in the history; instead the step records WHICH
// rows it concerns (id ranges per table it added, or the hall it deleted), and the rows an undo
// (or the deletion) takes out of the tables are kept aside in history_aside, one JSON array per
// row in column order, and put back with one INSERT ... SELECT per table. Rows are aside only
// while they are out of the tables, so the side table stays empty in the common case.
import type { EntityKind, Id } from '../core/model/entities.js';
import { derivedPortsSql, maxIdSql } from './compact.js';
import type { Db } from './open.js';
import { rowDefOf, type DbKind } from './tables.js';

/** The order rows are put back in (references point backwards); taken out in reverse. A device's
 * port block goes aside before the device (its foreign key cascades); a structured link's record
 * (db/channels.ts) after its trunk, which it names. */
const PARENT_FIRST: DbKind[] = ['hall', 'row', 'feed', 'cdu', 'tray', 'rack', 'device', 'portBlock', 'port', 'cable', 'channel'];

/** Per table: a WHERE clause (with its parameters) selecting the rows of a step. */
export type Scope = Partial<Record<DbKind, { where: string; params: unknown[] }>>;
/** Per table: the first and last id a step added (a block's id is its device's). */
export type IdRanges = Partial<Record<DbKind, [number, number]>>;
export type MaxIds = Record<DbKind, number>;

export function maxIds(db: Db): MaxIds {
  const out = {} as MaxIds;
  for (const k of PARENT_FIRST) {
    const t = rowDefOf(k);
    const sql = k === 'portBlock' ? `SELECT coalesce(max(device_id), 0) FROM ${t.table}` : maxIdSql(t.readFrom);
    out[k] = (db.prepare(sql).pluck().get() as number) ?? 0;
  }
  return out;
}

/** The ids added since `before` (ids are assigned max + 1, so what a write added is one range per table). */
export function insertedSince(db: Db, before: MaxIds): IdRanges {
  const now = maxIds(db);
  const out: IdRanges = {};
  for (const k of PARENT_FIRST) if (now[k] > before[k]) out[k] = [before[k] + 1, now[k]];
  return out;
}

export function rangeScope(ranges: IdRanges): Scope {
  const s: Scope = {};
  for (const [k, r] of Object.entries(ranges) as [DbKind, [number, number]][]) s[k] = { where: `${rowDefOf(k).idColumn} BETWEEN ? AND ?`, params: [r[0], r[1]] };
  return s;
}

const RACKS = 'SELECT id FROM racks WHERE hall_id = ?';
const DEVICES = `SELECT id FROM devices WHERE rack_id IN (${RACKS})`;
const PORTS = `SELECT id FROM port_view WHERE device_id IN (${DEVICES})`;

/** A hall and everything in it, cables with an end in it included. */
export function hallScope(hallId: number): Scope {
  const own = { where: 'hall_id = ?', params: [hallId] };
  return {
    hall: { where: 'id = ?', params: [hallId] },
    row: own,
    feed: own,
    cdu: own,
    tray: own,
    rack: own,
    device: { where: `rack_id IN (${RACKS})`, params: [hallId] },
    portBlock: { where: `device_id IN (${DEVICES})`, params: [hallId] },
    port: { where: `device_id IN (${DEVICES})`, params: [hallId] },
    cable: { where: `a_port_id IN (${PORTS}) OR b_port_id IN (${PORTS})`, params: [hallId, hallId] },
    channel: { where: `a_port_id IN (${PORTS}) OR b_port_id IN (${PORTS})`, params: [hallId, hallId] },
  };
}

/**
 * Whether racks of other halls point at this hall's trays, feeds or CDUs: then deleting the hall
 * changes rows outside it, which a compact step does not record (the caller keeps row images).
 */
export function hallHasOutsideRefs(db: Db, hallId: number): boolean {
  const n = db
    .prepare(
      `SELECT count(*) FROM racks WHERE hall_id <> ? AND (
         drop_tray_id IN (SELECT id FROM trays WHERE hall_id = ?) OR feed_id IN (SELECT id FROM power_feeds WHERE hall_id = ?)
         OR feed_b_id IN (SELECT id FROM power_feeds WHERE hall_id = ?) OR cdu_id IN (SELECT id FROM cdus WHERE hall_id = ?))`,
    )
    .pluck()
    .get(hallId, hallId, hallId, hallId, hallId) as number;
  return n > 0;
}

/**
 * Copies the scope's rows into history_aside under `stepId` and deletes them; returns the ids of
 * the entities gone, the ports of the blocks gone among the ports (blocks are never in a patch).
 */
export function moveAside(db: Db, stepId: number, scope: Scope): Partial<Record<EntityKind, Id[]>> {
  const moved: Partial<Record<EntityKind, Id[]>> = {};
  // (read before the blocks go: ports first, blocks next, in the loop below)
  const blocks = scope.portBlock;
  const derived = blocks ? (db.prepare(derivedPortsSql(`SELECT * FROM port_blocks WHERE ${blocks.where}`)).pluck().all(...blocks.params) as Id[]) : [];
  for (const k of [...PARENT_FIRST].reverse()) {
    const s = scope[k];
    if (!s) continue;
    const t = rowDefOf(k);
    db.prepare(`INSERT INTO history_aside (step_id, kind, id, row) SELECT ?, ?, ${t.idColumn}, json_array(${t.columns.join(', ')}) FROM ${t.table} WHERE ${s.where}`).run(
      stepId,
      k,
      ...s.params,
    );
    const ids = db.prepare(`SELECT id FROM history_aside WHERE step_id = ? AND kind = ?`).pluck().all(stepId, k) as Id[];
    db.prepare(`DELETE FROM ${t.table} WHERE ${s.where}`).run(...s.params);
    if (k === 'portBlock') continue;
    if (k === 'channel') {
      // a record stands for two cables: its id and b_jumper_id (the row's second value)
      const b = db.prepare(`SELECT json_extract(row, '$[1]') FROM history_aside WHERE step_id = ? AND kind = ?`).pluck().all(stepId, k) as Id[];
      if (ids.length) moved.cable = [...ids, ...b];
      continue;
    }
    const gone = (k === 'port' && derived.length) || (k === 'cable' && moved.cable) ? [...ids, ...(k === 'port' ? derived : moved.cable!)].sort((a, b) => a - b) : ids;
    if (gone.length) moved[k] = gone;
  }
  return moved;
}

/** Puts the rows kept aside under `stepId` back into their tables and forgets them. */
export function restoreAside(db: Db, stepId: number): number {
  let restored = 0;
  for (const k of PARENT_FIRST) {
    const t = rowDefOf(k);
    const values = t.columns.map((_, i) => `json_extract(row, '$[${i}]')`).join(', ');
    restored += db
      .prepare(`INSERT INTO ${t.table} (${t.columns.join(', ')}) SELECT ${values} FROM history_aside WHERE step_id = ? AND kind = ? ORDER BY id`)
      .run(stepId, k).changes;
  }
  db.prepare('DELETE FROM history_aside WHERE step_id = ?').run(stepId);
  return restored;
}

/** Forgets the rows kept aside for history steps about to be deleted (`where` selects them in history). */
export function dropAside(db: Db, where: string, ...params: unknown[]): void {
  db.prepare(`DELETE FROM history_aside WHERE step_id IN (SELECT id FROM history WHERE ${where})`).run(...params);
}
