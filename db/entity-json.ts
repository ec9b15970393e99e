// A whole entity table as one JSON array text, built by SQLite: for the snapshot of a large hall
// this is several times faster than a JS object per row (better-sqlite3 row objects, then
// JSON.stringify), and the text can go to a client as is. The SQL is generated from TABLES so the
// field <-> column mapping stays in one place; the JSON has the same keys, in the same order, and
// the same values as JSON.stringify of fromRow() objects (tested in test/db/snapshot.test.ts).
// Objects (readAllEntities) are built in JS from value arrays instead: parsing that text back was
// most of the snapshot's cost.
import type { EntityKind, EntityMap } from '../core/model/entities.js';
import type { Statement } from 'better-sqlite3';
import { ProjectFileError, type Db } from './open.js';
import { derivedPortsSql } from './compact.js';
import { splicedPortJson } from './port-json.js';
import { groupedColumns, groupedReadOf } from './grouped-read.js';
import { armsOf, columnsOf, fromValuesOf, sharedJsonDecode, TABLES, type TableDef } from './tables.js';
import { readTransaction } from './tx.js';

/** `json_object('id', id, 'hallId', hall_id, ...)` for one row of the kind's table. */
export function jsonObjectSql(kind: EntityKind): string {
  const t = TABLES[kind] as TableDef;
  const args = [`'id', id`];
  const opt: [string, string][] = [];
  for (const [field, [col, codec]] of Object.entries(t.fields) as [string, [string, string]][]) {
    if (codec === 'opt') {
      opt.push([field, col]);
      continue;
    }
    // Mirrors fromRow: bool is `v === 1`; json text is embedded as JSON (null stays null).
    const expr = codec === 'bool' ? `iif(${col} = 1, json('true'), json('false'))` : codec === 'json' ? `json(${col})` : col;
    args.push(`'${field}', ${expr}`);
  }
  const base = `json_object(${args.join(', ')})`;
  if (opt.length === 0) return base;
  // Opt fields are left out when NULL, as fromRow does: json_patch drops null members (RFC 7396),
  // and rows that set none skip the patch altogether.
  const none = opt.map(([, c]) => `${c} IS NULL`).join(' AND ');
  return `iif(${none}, ${base}, json_patch(${base}, json_object(${opt.map(([f, c]) => `'${f}', ${c}`).join(', ')})))`;
}

const statements = new WeakMap<Db, Map<EntityKind, Statement>>();

/** Every row of the kind's table, ordered by id, as a JSON array text. */
export function entityArrayJson(db: Db, kind: EntityKind): string {
  if (kind === 'port') {
    const spliced = splicedPortJson(db, jsonObjectSql('port'));
    if (spliced !== null) return spliced;
  }
  let byKind = statements.get(db);
  if (!byKind) statements.set(db, (byKind = new Map()));
  let s = byKind.get(kind);
  if (!s) {
    // Rows in id order from the ordered subquery, which SQLite never flattens into an aggregate
    // (so its ORDER BY holds); `json_group_array(... ORDER BY id)` would sort in a temp b-tree.
    // A view of several arms (cables and the records' jumpers, armsOf) is ordered as a compound,
    // which SQLite merges arm by arm in each arm's index order; over the view it sorts it all.
    const arms = armsOf(kind);
    const source = arms.length === 1 ? `SELECT * FROM ${TABLES[kind].readFrom} ORDER BY id` : `${arms.map((a) => `SELECT * FROM ${a}`).join(' UNION ALL ')} ORDER BY id`;
    s = db.prepare(`SELECT json_group_array(${jsonObjectSql(kind)}) FROM (${source})`).pluck();
    byKind.set(kind, s);
  }
  return s.get() as string;
}

/** Rows per read in readAllEntities: a 131,072-GPU hall's whole ports table at once (raw arrays,
 * or as it was, one JSON text and SQLite's copy of it) was a few hundred MB on top of the objects;
 * a thousand rows' value arrays die young, and one all() per thousand rows costs less than an
 * iterator step per row (the 32k hall's ports and cables: about a fifth of their read). */
const BATCH_ROWS = 1000;
const batches = new WeakMap<Db, Map<string, Statement[]>>();

export interface ReadOptions {
  /** Fields read as NULL, not from the file: a cable's stored route for the check session, which
   * routes every cable itself (the 32k hall's 28 MB of route text: ~80 ms of CPU to read). */
  omit?: readonly string[];
}

/**
 * Every row of the kind's table, ordered by id, as objects (fromRow's), read batchRows at a time.
 * Value arrays turned into objects by the compiled fromValuesOf, each distinct route text parsed
 * once: cheaper than SQLite writing json_object text per row and JSON.parse reading it back.
 */
export function readAllEntities<K extends EntityKind>(db: Db, kind: K, batchRows = BATCH_ROWS, opts: ReadOptions = {}): EntityMap[K][] {
  const omit = opts.omit ?? [];
  let byKind = batches.get(db);
  if (!byKind) batches.set(db, (byKind = new Map()));
  const key = omit.length ? `${kind}-${omit.join('-')}` : kind;
  let s = byKind.get(key);
  // Ports: the rows arm by id (keyset batches on the table), the blocks' ports apart (a keyset on
  // first_id + position would compute every block's ports per batch), merged by id below. Cables:
  // each arm by id (armsOf: over the UNION ALL, `id > ? ORDER BY id LIMIT ?` sorts every row past
  // the key per batch), merged by id.
  const from = kind === 'port' ? [TABLES[kind].table] : armsOf(kind);
  const decode = sharedJsonDecode(kind);
  const grouped = groupedReadOf(kind, decode, omit);
  if (!s) {
    const fields = (TABLES[kind] as TableDef).fields as Record<string, [string, string]>;
    const omitted = new Set(omit.map((f) => fields[f]?.[0]));
    const select =
      grouped?.select ??
      columnsOf(kind)
        .map((c) => (omitted.has(c) ? 'NULL' : c))
        .join(', ');
    s = from.map((arm) => db.prepare(`SELECT ${select} FROM ${arm} WHERE id > ? ORDER BY id LIMIT ?`).raw());
    byKind.set(key, s);
  }
  const sts = s;
  const of = fromValuesOf(kind, decode);
  const ofRow = grouped?.of ?? of;
  // one read transaction: the batches see one state of the file
  return readTransaction(db, () => {
    let out: EntityMap[K][] = [];
    for (let k = 0; k < sts.length; k++) {
      const st = sts[k]!;
      const arm: EntityMap[K][] = [];
      for (let after = Number.MIN_SAFE_INTEGER; ; ) {
        // small batches: each batch's value arrays die young (holding 50,000 of them at once cost
        // the 32k hall's ports 4x the read itself in garbage collection)
        const rows = readBatch(db, kind, st, after, batchRows, from[k]!);
        readingJson(db, kind, from[k]!, () => {
          for (let i = 0; i < rows.length; i++) arm.push(ofRow(rows[i]!) as EntityMap[K]);
        });
        if (rows.length < batchRows) break;
        after = (arm[arm.length - 1] as { id: number }).id;
      }
      out = out.length === 0 ? arm : (mergeById(out as { id: number }[], arm as { id: number }[]) as EntityMap[K][]);
    }
    return kind === 'port' ? (mergeById(out as { id: number }[], derivedPorts(db, of)) as EntityMap[K][]) : out;
  });
}

/** f's result; a stored JSON field that does not parse on the way (a SyntaxError) is said as
 * notJson says it: every reader of rows (snapshot, one row, the schedule, stored routes) alike. */
export function readingJson<T>(db: Db, kind: EntityKind, arm: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof SyntaxError ? notJson(db, kind, arm, e) : e;
  }
}

/**
 * A JSON field (a cable's route, a device type's ports) whose text does not parse, which only
 * another tool can have written: said as the file's problem, with the row and the column, not as
 * JSON.parse's "Expected property name" as an internal error.
 */
export function notJson(db: Db, kind: EntityKind, arm: string, cause: Error): Error {
  const fields = (TABLES[kind] as TableDef).fields as Record<string, [string, string]>;
  for (const [col, codec] of Object.values(fields)) {
    if (codec !== 'json') continue;
    const id = db.prepare(`SELECT id FROM ${arm} WHERE ${col} IS NOT NULL AND NOT json_valid(${col}) ORDER BY id LIMIT 1`).pluck().get() as number | undefined;
    if (id !== undefined) return new ProjectFileError(`${db.name}: ${kind} ${id} has a ${col} that is not JSON (written by another tool?)`, db.name);
  }
  return cause;
}

/**
 * One batch of rows. A group's json_array cannot hold a BLOB, which only another tool can have
 * written into a text column: said as the file's problem, with the row and the column, not as
 * SQLite's "JSON cannot hold BLOB values".
 */
function readBatch(db: Db, kind: EntityKind, st: Statement, after: number, batchRows: number, arm: string): unknown[][] {
  try {
    return st.all(after, batchRows) as unknown[][];
  } catch (e) {
    if (!(e instanceof Error) || !/BLOB/.test(e.message)) throw e;
    for (const col of groupedColumns(kind)) {
      const id = db.prepare(`SELECT id FROM ${arm} WHERE typeof(${col}) = 'blob' ORDER BY id LIMIT 1`).pluck().get() as number | undefined;
      if (id !== undefined) throw new ProjectFileError(`${db.name}: ${kind} ${id} has binary data in ${col}, where text or a number belongs (written by another tool?)`, db.name);
    }
    throw e;
  }
}

/** Blocks per read of their derived ports (each a panel: 24-200 ports). */
const BATCH_BLOCKS = 32;

/** The ports of every block, in id order, BATCH_BLOCKS blocks at a time. */
function derivedPorts<T>(db: Db, of: (row: readonly unknown[]) => T): T[] {
  const firsts = db.prepare('SELECT first_id FROM port_blocks ORDER BY first_id').pluck().all() as number[];
  const out: T[] = [];
  if (firsts.length === 0) return out;
  const st = db.prepare(derivedPortsSql('SELECT * FROM port_blocks WHERE first_id BETWEEN ? AND ?')).raw();
  for (let i = 0; i < firsts.length; i += BATCH_BLOCKS) {
    const rows = st.all(firsts[i], firsts[Math.min(i + BATCH_BLOCKS, firsts.length) - 1]) as unknown[][];
    for (let k = 0; k < rows.length; k++) out.push(of(rows[k]!));
  }
  return out;
}

/** Two lists sorted by id as one (ids are distinct). */
function mergeById<T extends { id: number }>(a: T[], b: T[]): T[] {
  if (b.length === 0) return a;
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.id < b[j]!.id ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
