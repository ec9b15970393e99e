// Row-level access to the editable entities. Every write goes through a ChangeSet so that the
// same call yields the undo record and the patch the UI applies.
import type { EntityKind, EntityMap, Id } from '../core/model/entities.js';
import type { Patch } from '../core/model/edits.js';
import type { Db } from './open.js';
import { derivedPortsSql, maxIdSql, portsAtSql } from './compact.js';
import { BatchInsert } from './batch-insert.js';
import { readAllEntities, readingJson } from './entity-json.js';
import { TABLES, columnsOf, fromRow, rowDefOf, rowWriterOf, toRow, type DbKind } from './tables.js';

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
  /** Rows the views showed, derived from a record or a port block, before this step took the
   * record or block away (materialised, or by undo/redo: EntityStore notes them): by `kind:id`. */
  private derivedBefore = new Map<string, Record<string, unknown>>();
  record(c: Change): void {
    this.changes.push(c);
  }
  /** Notes the row the views showed for `id` while a record or block stood for it. */
  derived(k: DbKind, id: Id, row: Record<string, unknown>): void {
    this.derivedBefore.set(`${k}:${id}`, row);
  }
  /**
   * What a client needs to bring its copy up to date: the latest state of every row whose
   * visible state changed, and which of them did not exist before (`created`). A row made from a
   * record or block unchanged (materialised), or turned back into one by undo, looks the same to
   * the client and is left out; `viewOf` reads a row as the views show it now (a row deleted here
   * may be shown again by a record or block put back).
   */
  toPatch(viewOf?: (k: EntityKind, id: Id) => Record<string, unknown> | null): Patch {
    const first = new Map<string, Change>();
    const last = new Map<string, Change>();
    let backToDerived = false;
    for (const c of this.changes) {
      const key = `${c.k}:${c.id}`;
      if (!first.has(key)) first.set(key, c);
      last.set(key, c);
      if ((c.k === 'portBlock' || c.k === 'channel') && c.a) backToDerived = true;
    }
    const patch: Patch = { put: {}, del: {} };
    const created: NonNullable<Patch['created']> = {};
    for (const [key, c] of last) {
      // blocks and records are the file's business: the patch names the ports and cables they stand for
      if (c.k === 'portBlock' || c.k === 'channel') continue;
      const k = c.k as EntityKind;
      const derived = this.derivedBefore.get(key);
      const before = derived ?? first.get(key)!.b;
      let after = c.a;
      let shownAgain = false;
      if (!after && backToDerived && viewOf) shownAgain = (after = viewOf(k, c.id)) !== null;
      if ((derived || shownAgain) && sameRow(k, before, after)) continue;
      if (after) ((patch.put[k] ??= []) as unknown[]).push(fromRow(k, after));
      else ((patch.del[k] ??= []) as Id[]).push(c.id);
      if (!before && after) (created[k] ??= []).push(c.id);
    }
    if (Object.keys(created).length) patch.created = created;
    return patch;
  }
}

function sameRow(k: EntityKind, x: Record<string, unknown> | null, y: Record<string, unknown> | null): boolean {
  return x === y || (!!x && !!y && JSON.stringify(fromRow(k, x)) === JSON.stringify(fromRow(k, y)));
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

  /** A row as the views show it (a record's jumper, a block's port included); null when none. */
  viewRow(kind: EntityKind, id: Id): Record<string, unknown> | null {
    return this.rawGet(kind, id);
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

  /**
   * A writer of many new rows of one kind, 256 a statement, their ids counted on from the store's
   * next: for writes no change set records row by row (an import into new halls only, whose undo
   * step is the id ranges it added). Every field of a value is written (absent ones as NULL).
   * Call flush() before anything reads the rows.
   */
  bulk<K extends EntityKind>(kind: K): { add(value: Omit<EntityMap[K], 'id'>): Id; flush(): void } {
    const batch = new BatchInsert(this.db, kind, rowWriterOf(kind));
    return {
      add: (value) => {
        const id = this.nextId(kind);
        batch.add(value, id);
        this.next.set(kind, id + 1);
        return id;
      },
      flush: () => batch.flush(),
    };
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
    if (cs) this.noteDerived(kind, before, cs);
    const t = rowDefOf(kind);
    const n = this.stmt(`del:${kind}`, () => `DELETE FROM ${t.table} WHERE ${t.idColumn} = ?`).run(id).changes;
    if (n === 0) throw new Error(`${kind} ${id} is kept compactly: materialise it before deleting it`);
    // the max may have gone: the next insert asks again (ids stay max + 1, as SQLite's own)
    this.next.delete(kind);
    cs?.record({ k: kind, id, b: before, a: null });
  }

  /** Before a record or port block goes (materialised, or by undo/redo): the rows the views showed
   * for it, so that the step's patch leaves out the same rows made real. */
  private noteDerived(kind: DbKind, before: Record<string, unknown>, cs: ChangeSet): void {
    if (kind === 'channel') {
      for (const id of [before.id, before.b_jumper_id] as Id[]) {
        const row = this.rawGet('cable', id);
        if (row) cs.derived('cable', id, row);
      }
    } else if (kind === 'portBlock') {
      const cols = columnsOf('port');
      const rows = this.stmt('derived:block', () => derivedPortsSql('SELECT * FROM port_blocks WHERE device_id = ?')).raw().all(before.device_id) as unknown[][];
      for (const r of rows) cs.derived('port', r[0] as Id, Object.fromEntries(cols.map((c, i) => [c, r[i]])));
    }
  }

  /** Puts a row image back exactly (undo/redo): insert, replace, or delete when null. */
  restore(kind: DbKind, id: Id, image: Record<string, unknown> | null, cs: ChangeSet | null): void {
    const before = this.rawGet(kind, id);
    if (cs && before && image === null) this.noteDerived(kind, before, cs);
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
    if (id === undefined) {
      id = ((this.db.prepare(maxIdSql(TABLES[kind].readFrom)).pluck().get() as number) ?? 0) + 1;
      // (kept: insertRow moves it on; without it every insert prepared and ran the max query again,
      // 12.7 s of a 32k NetBox import's 37.7)
      this.next.set(kind, id);
    }
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
