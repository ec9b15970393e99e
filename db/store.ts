// Row-level access to the editable entities. Every write goes through a ChangeSet so that the
// same call yields the undo record and the patch the UI applies.
import type { EntityKind, EntityMap, Id } from '../core/model/entities.js';
import type { Patch } from '../core/model/edits.js';
import type { Db } from './open.js';
import { maxIdSql, portsAtSql } from './compact.js';
import { readAllEntities, readingJson } from './entity-json.js';
import { TABLES, fromRow, rowDefOf, toRow, type DbKind } from './tables.js';

export interface Change {
  k: DbKind;
  id: Id;
  /** Row image before and after; null where the row did not exist. */
  b: Record<string, unknown> | null;
  a: Record<string, unknown> | null;
}

/** Collects the changes of one step, in the order they were made. */
export class ChangeSet {
  readonly changes: Change[] = [];
  record(c: Change): void {
    this.changes.push(c);
  }
  /** Latest state of every touched row: what a client needs to bring its copy up to date. */
  toPatch(): Patch {
    const last = new Map<string, Change>();
    for (const c of this.changes) last.set(`${c.k}:${c.id}`, { ...c, a: c.a });
    const patch: Patch = { put: {}, del: {} };
    for (const c of last.values()) {
      // blocks and records are the file's business: the patch names the ports and cables they stand for
      if (c.k === 'portBlock' || c.k === 'channel') continue;
      if (c.a) ((patch.put[c.k] ??= []) as unknown[]).push(fromRow(c.k, c.a));
      else ((patch.del[c.k] ??= []) as Id[]).push(c.id);
    }
    return patch;
  }
}

export class EntityStore {
  private stmts = new Map<string, import('better-sqlite3').Statement>();
  /** The next id per kind: the view's max + 1 read once, then counted (a store lives for one
   * operation, whose writes all go through it; a max query per row cost 30-55 us at 32k GPUs). */
  private next = new Map<DbKind, Id>();
  constructor(readonly db: Db) {}

  private stmt(key: string, sql: () => string) {
    let s = this.stmts.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.stmts.set(key, s);
    }
    return s;
  }

  private rawGet(kind: DbKind, id: Id): Record<string, unknown> | null {
    const t = rowDefOf(kind);
    // a port by seeks: through port_view, `id = ?` would compute every block's ports
    const sql = () => (kind === 'port' ? `WITH q(value) AS (SELECT ?) ${portsAtSql('q')}` : `SELECT ${t.columns.join(',')} FROM ${t.readFrom} WHERE ${t.idColumn} = ?`);
    const row = this.stmt(`get:${kind}`, sql).get(id);
    return (row as Record<string, unknown> | undefined) ?? null;
  }

  get<K extends EntityKind>(kind: K, id: Id): EntityMap[K] | null {
    const row = this.rawGet(kind, id);
    return row ? readingJson(this.db, kind, TABLES[kind].table, () => fromRow(kind, row)) : null;
  }

  /** Every row, ordered by id; same objects as fromRow() per row, built as JSON by SQLite (faster). */
  all<K extends EntityKind>(kind: K): EntityMap[K][] {
    return readAllEntities(this.db, kind);
  }

  /** Ids of rows whose column equals a value, e.g. the devices of a rack. */
  idsWhere(kind: EntityKind, column: string, value: unknown): Id[] {
    const t = TABLES[kind];
    return this.stmt(`ids:${kind}:${column}`, () => `SELECT id FROM ${t.readFrom} WHERE ${column} = ? ORDER BY id`)
      .pluck()
      .all(value) as Id[];
  }

  insert<K extends EntityKind>(kind: K, value: Omit<EntityMap[K], 'id'> & { id?: Id }, cs: ChangeSet | null): Id {
    const row = toRow(kind, value as Record<string, unknown>);
    // The next id is the view's (max + 1), given explicitly: the table's own rowid would reuse an
    // id the view shows for a row kept compactly.
    row.id ??= this.nextId(kind);
    const id = this.insertRow(kind, row);
    cs?.record({ k: kind, id, b: null, a: this.rawGet(kind, id) });
    return id;
  }

  update<K extends EntityKind>(kind: K, id: Id, patch: Partial<EntityMap[K]>, cs: ChangeSet | null): void {
    const before = this.rawGet(kind, id);
    if (!before) throw new Error(`${kind} ${id} does not exist`);
    const row = toRow(kind, patch as Record<string, unknown>);
    delete row.id;
    const cols = Object.keys(row);
    if (cols.length === 0) return;
    const t = TABLES[kind];
    const n = this.db.prepare(`UPDATE ${t.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...row, id }).changes;
    if (n === 0) throw new Error(`${kind} ${id} is kept compactly: materialise it before changing it`);
    cs?.record({ k: kind, id, b: before, a: this.rawGet(kind, id) });
  }

  delete(kind: DbKind, id: Id, cs: ChangeSet | null): void {
    const before = this.rawGet(kind, id);
    if (!before) return;
    const t = rowDefOf(kind);
    const n = this.stmt(`del:${kind}`, () => `DELETE FROM ${t.table} WHERE ${t.idColumn} = ?`).run(id).changes;
    if (n === 0) throw new Error(`${kind} ${id} is kept compactly: materialise it before deleting it`);
    // the max may have gone: the next insert asks again (ids stay max + 1, as SQLite's own)
    this.next.delete(kind);
    cs?.record({ k: kind, id, b: before, a: null });
  }

  /** Puts a row image back exactly (undo/redo): insert, replace, or delete when null. */
  restore(kind: DbKind, id: Id, image: Record<string, unknown> | null, cs: ChangeSet | null): void {
    const before = this.rawGet(kind, id);
    const t = rowDefOf(kind);
    if (image === null) {
      if (before) this.stmt(`del:${kind}`, () => `DELETE FROM ${t.table} WHERE ${t.idColumn} = ?`).run(id);
      this.next.delete(kind);
    } else if (before) {
      const cols = Object.keys(image).filter((c) => c !== t.idColumn);
      this.db.prepare(`UPDATE ${t.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE ${t.idColumn} = @${t.idColumn}`).run(image);
    } else {
      this.insertRow(kind, image);
    }
    cs?.record({ k: kind, id, b: before, a: image });
  }

  private nextId(kind: EntityKind): Id {
    let id = this.next.get(kind);
    if (id === undefined) id = ((this.db.prepare(maxIdSql(TABLES[kind].readFrom)).pluck().get() as number) ?? 0) + 1;
    return id;
  }

  private insertRow(kind: DbKind, row: Record<string, unknown>): Id {
    const cols = Object.keys(row);
    const t = rowDefOf(kind);
    const key = `ins:${kind}:${cols.join(',')}`;
    const info = this.stmt(key, () => `INSERT INTO ${t.table} (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`).run(row);
    const id = Number(info.lastInsertRowid);
    // (only a count already read from the view moves on: before that, an id written back by a
    // restore, e.g. a materialised record's, is not the view's max)
    const next = this.next.get(kind);
    if (next !== undefined && id >= next) this.next.set(kind, id + 1);
    return id;
  }
}
