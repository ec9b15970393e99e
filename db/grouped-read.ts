// Reading a kind's rows with its few-valued fields as one column: a port's name, kind, form
// factor, speed, lanes, face and rear-port fields (the 32k hall's 223,744 ports have 79
// combinations) come out of SQLite as one json_array text instead of nine values, parsed once
// per distinct text and shared by every row that has it. Each value SQLite hands over costs
// about as much as the row step (the 32k hall's ports: 216-267 ms as eleven columns, 147 ms as
// four, measured), and four strings made per row and looked up again (to share them) fed the
// collector.
import type { EntityKind, EntityMap } from '../core/model/entities.js';
import { asRead, entityBodySource, isOne, parsedJson, TABLES, type Codec, type TableDef } from './tables.js';

/**
 * Fields read as one json_array column, by kind: text with few distinct values, and numbers with
 * few (a port's speed and lanes). JSON keeps them exact: the SQLite that better-sqlite3 12 bundles
 * writes a REAL into JSON as a text that reads back as the same double (0.1 + 0.2 comes back as
 * 0.30000000000000004; test/db/snapshot.test.ts). A cable's lengths are left apart: made to
 * length, they have thousands of values.
 */
const GROUPED: Partial<Record<EntityKind, readonly string[]>> = {
  port: ['name', 'kind', 'formFactor', 'speedGbps', 'lanes', 'face', 'rearPort', 'rearPosition', 'positions'],
  cable: ['mediaId', 'opticA', 'opticB', 'status', 'polarity', 'leg'],
};

/** The columns of the kind's group (none for a kind without one). */
export function groupedColumns(kind: EntityKind): string[] {
  const fields = (TABLES[kind] as TableDef).fields as Record<string, [string, Codec]>;
  return (GROUPED[kind] ?? []).map((f) => fields[f]![0]);
}

/** Distinct group texts kept parsed; past it each is parsed where read (hand-named ports). */
const GROUP_CACHE_LIMIT = 4096;

export interface GroupedRead<K extends EntityKind> {
  /** The SELECT list: the group's columns in one json_array, then the others in TABLES order
   * (an omitted field's as NULL). */
  select: string;
  /** The entity from one row of that SELECT (a decoder of its own: its cache goes with it). */
  of: (row: readonly unknown[]) => EntityMap[K];
}

type Fields = [string, [string, Codec]][];

/**
 * How to read `kind` with its group (TABLES' field order kept in the entity, so it has the same
 * keys in the same order as fromValuesOf's: one hidden class). `decode` replaces a json
 * field's decoding (sharedJsonDecode's parses each text once). null for a kind with no group.
 */
export function groupedReadOf<K extends EntityKind>(
  kind: K,
  decode: Partial<Record<string, (v: unknown) => unknown>>,
  omit: readonly string[] = [],
): GroupedRead<K> | null {
  const c = compiledOf(kind);
  if (!c) return null;
  const select = [c.head, ...c.rest.map(([f, [col]]) => (omit.includes(f) ? 'NULL' : col))].join(', ');
  // (a plain field left out of the group is a number or a text of its own, a label: nothing to
  // share, so it is taken as read, with no call per value; `decode` serves the json fields)
  const fns = c.rest.map(([f, [, codec]]) => (codec === 'bool' ? isOne : codec === 'json' ? (decode[f] ?? parsedJson) : asRead));
  const parsed = new Map<string, unknown[]>();
  const groupOf = (t: string): unknown[] => {
    let g = parsed.get(t);
    if (g === undefined) {
      g = JSON.parse(t) as unknown[];
      if (parsed.size < GROUP_CACHE_LIMIT) parsed.set(t, g);
    }
    return g;
  };
  const build = c.build;
  return { select, of: (r) => build(fns, r, groupOf(r[1] as string)) as EntityMap[K] };
}

type Build = (f: readonly ((v: unknown) => unknown)[], r: readonly unknown[], g: readonly unknown[]) => unknown;
interface Compiled {
  /** `id, json_array(<the group's columns>)`. */
  head: string;
  /** The fields read as columns of their own, in TABLES order (after id and the group). */
  rest: Fields;
  build: Build;
}
const compiled = new Map<EntityKind, Compiled | null>();

/** The kind's SELECT list and builder, compiled once per kind (as fromValuesOf's builder is: one
 * function for every read, optimized once). */
function compiledOf(kind: EntityKind): Compiled | null {
  let c = compiled.get(kind);
  if (c !== undefined) return c;
  const group = GROUPED[kind];
  if (!group) {
    compiled.set(kind, null);
    return null;
  }
  const fields = Object.entries((TABLES[kind] as TableDef).fields) as Fields;
  const rest = fields.filter(([f]) => !group.includes(f));
  const colOf = new Map(fields.map(([f, [col]]) => [f, col]));
  const head = `id, json_array(${group.map((f) => colOf.get(f)).join(', ')})`;
  const body = entityBodySource(kind, 'r[0]', (f, codec) => {
    const g = group.indexOf(f);
    const k = rest.findIndex(([x]) => x === f);
    return g >= 0 ? `g[${g}]` : codec === 'json' || codec === 'bool' ? `f[${k}](r[${k + 2}])` : `r[${k + 2}]`;
  });
  c = { head, rest, build: new Function(`return (f, r, g) => { ${body} };`)() as Build };
  compiled.set(kind, c);
  return c;
}
