// Maps each editable entity kind to its table: field name <-> column, and how the value is stored.
import type { EntityKind, EntityMap } from '../core/model/entities.js';

/** 'opt': a plain column whose field is left out of the entity when NULL (structured-cabling
 * fields that most rows never set: a 100,000-cable snapshot stays the size it was). Opt fields
 * come last in each table so the key order matches the SQL-built JSON (db/entity-json.ts). */
export type Codec = 'plain' | 'bool' | 'json' | 'opt';

export interface TableDef<K extends EntityKind = EntityKind> {
  kind: K;
  /** Where rows are written (INSERT, UPDATE, DELETE). */
  table: string;
  /** Where rows are read: a view that also shows the rows kept compactly (ports, cables), which
   * the table alone does not hold (migration 012). */
  readFrom: string;
  /** field -> [column, codec]; `id` is implicit. */
  fields: Record<Exclude<keyof EntityMap[K], 'id'>, [string, Codec]>;
}

/** The views readers use instead of the table (migration 012). */
const READ_VIEWS: Partial<Record<EntityKind, string>> = { port: 'port_view', cable: 'cable_view' };

/**
 * A view's arms, each readable in id order through its own index (cables, and each end's jumpers
 * of the structured links kept as records: migration 014). A reader wanting every row in id order
 * reads the arms apart and merges them (db/entity-json.ts): `ORDER BY id LIMIT` over the UNION
 * ALL reads and sorts every row past the key for each batch.
 */
const READ_ARMS: Partial<Record<EntityKind, readonly string[]>> = { cable: ['cables', 'channel_a_view', 'channel_b_view'] };
export const armsOf = (kind: EntityKind): readonly string[] => READ_ARMS[kind] ?? [TABLES[kind].readFrom];

/** The largest cable id, row or record: each index's last entry, no scan of cable_view. */
export const MAX_CABLE_ID_SQL =
  'SELECT max(coalesce((SELECT max(id) FROM cables), 0), coalesce((SELECT max(id) FROM channels), 0), coalesce((SELECT max(b_jumper_id) FROM channels), 0))';

function def<K extends EntityKind>(kind: K, table: string, fields: TableDef<K>['fields']): TableDef<K> {
  return { kind, table, readFrom: READ_VIEWS[kind] ?? table, fields };
}

export const TABLES: { [K in EntityKind]: TableDef<K> } = {
  hall: def('hall', 'halls', {
    name: ['name', 'plain'],
    widthMm: ['width_mm', 'plain'],
    depthMm: ['depth_mm', 'plain'],
    tileMm: ['tile_mm', 'plain'],
    floorRatingKgM2: ['floor_rating_kg_m2', 'plain'],
  }),
  row: def('row', 'rows', {
    hallId: ['hall_id', 'plain'],
    name: ['name', 'plain'],
    kind: ['kind', 'plain'],
  }),
  feed: def('feed', 'power_feeds', {
    hallId: ['hall_id', 'plain'],
    name: ['name', 'plain'],
    voltageV: ['voltage_v', 'plain'],
    amps: ['amps', 'plain'],
    phases: ['phases', 'plain'],
    deratePct: ['derate_pct', 'plain'],
  }),
  tray: def('tray', 'trays', {
    hallId: ['hall_id', 'plain'],
    name: ['name', 'plain'],
    heightMm: ['height_mm', 'plain'],
    widthMm: ['width_mm', 'plain'],
    depthMm: ['depth_mm', 'plain'],
    points: ['points', 'json'],
    ratedLoadKgPerM: ['rated_load_kg_per_m', 'plain'],
  }),
  rack: def('rack', 'racks', {
    hallId: ['hall_id', 'plain'],
    rowId: ['row_id', 'plain'],
    name: ['name', 'plain'],
    nameAuto: ['name_auto', 'bool'],
    xMm: ['x_mm', 'plain'],
    yMm: ['y_mm', 'plain'],
    rotationDeg: ['rotation_deg', 'plain'],
    widthMm: ['width_mm', 'plain'],
    depthMm: ['depth_mm', 'plain'],
    heightU: ['height_u', 'plain'],
    powerBudgetW: ['power_budget_w', 'plain'],
    feedId: ['feed_id', 'plain'],
    dropTrayId: ['drop_tray_id', 'plain'],
    plinthMm: ['plinth_mm', 'plain'],
    topMm: ['top_mm', 'plain'],
    feedBId: ['feed_b_id', 'plain'],
    coolingKind: ['cooling_kind', 'plain'],
    coolingCapacityW: ['cooling_capacity_w', 'plain'],
    cduId: ['cdu_id', 'plain'],
    weightKg: ['weight_kg', 'plain'],
  }),
  cdu: def('cdu', 'cdus', {
    hallId: ['hall_id', 'plain'],
    name: ['name', 'plain'],
    placement: ['placement', 'plain'],
    capacityW: ['capacity_w', 'plain'],
    xMm: ['x_mm', 'opt'],
    yMm: ['y_mm', 'opt'],
    rotationDeg: ['rotation_deg', 'plain'],
    widthMm: ['width_mm', 'plain'],
    depthMm: ['depth_mm', 'plain'],
  }),
  device: def('device', 'devices', {
    rackId: ['rack_id', 'plain'],
    name: ['name', 'plain'],
    typeId: ['type_id', 'plain'],
    u: ['u', 'plain'],
    face: ['face', 'plain'],
  }),
  port: def('port', 'ports', {
    deviceId: ['device_id', 'plain'],
    name: ['name', 'plain'],
    kind: ['kind', 'plain'],
    formFactor: ['form_factor', 'plain'],
    speedGbps: ['speed_gbps', 'plain'],
    lanes: ['lanes', 'plain'],
    face: ['face', 'plain'],
    rearPort: ['rear_port', 'opt'],
    rearPosition: ['rear_position', 'opt'],
    positions: ['positions', 'opt'],
  }),
  cable: def('cable', 'cables', {
    label: ['label', 'plain'],
    aPortId: ['a_port_id', 'plain'],
    bPortId: ['b_port_id', 'plain'],
    mediaId: ['media_id', 'plain'],
    opticA: ['optic_a', 'plain'],
    opticB: ['optic_b', 'plain'],
    lengthMm: ['length_mm', 'plain'],
    routedMm: ['routed_mm', 'plain'],
    orderedMm: ['ordered_mm', 'plain'],
    route: ['route', 'json'],
    status: ['status', 'plain'],
    polarity: ['polarity', 'opt'],
    assemblyId: ['assembly_id', 'opt'],
    leg: ['leg', 'opt'],
  }),
};

/**
 * Kinds kept only in the file, never in a snapshot or a patch: a panel's front ports as one block
 * (port_blocks, migration 013). ChangeSet images and history_aside hold them like entity rows.
 */
export type DbKind = EntityKind | 'portBlock' | 'channel';

/** Where a kind's rows are written and read, the column that identifies a row, and its columns. */
export interface RowDef {
  table: string;
  readFrom: string;
  idColumn: string;
  columns: string[];
}

const PORT_BLOCK: RowDef = { table: 'port_blocks', readFrom: 'port_blocks', idColumn: 'device_id', columns: ['device_id', 'first_id'] };

/** A structured link's record (migration 014, db/channels.ts), in insert order. */
export const CHANNEL_COLUMNS = [
  'id',
  'b_jumper_id',
  'a_port_id',
  'b_port_id',
  'trunk_id',
  'position',
  'a_front_id',
  'b_front_id',
  'media_id',
  'optic_a',
  'optic_b',
  'a_routed_mm',
  'b_routed_mm',
  'a_ordered_mm',
  'b_ordered_mm',
  'status',
  'a_label',
  'b_label',
];
const CHANNEL: RowDef = { table: 'channels', readFrom: 'channels', idColumn: 'id', columns: CHANNEL_COLUMNS };

export function rowDefOf(kind: DbKind): RowDef {
  if (kind === 'portBlock') return PORT_BLOCK;
  if (kind === 'channel') return CHANNEL;
  const t = TABLES[kind];
  return { table: t.table, readFrom: t.readFrom, idColumn: 'id', columns: columnsOf(kind) };
}

/** Parents before children: the order to insert in, and the reverse to delete in. */
export const INSERT_ORDER: EntityKind[] = ['hall', 'row', 'feed', 'cdu', 'tray', 'rack', 'device', 'port', 'cable'];

type Row = Record<string, unknown>;

export function fromRow<K extends EntityKind>(kind: K, row: Row): EntityMap[K] {
  let of = plainOf.get(kind);
  if (!of) plainOf.set(kind, (of = fromValuesOf(kind)));
  const cols = columnsOf(kind);
  const values = new Array<unknown>(cols.length);
  for (let i = 0; i < cols.length; i++) values[i] = row[cols[i]!];
  return of(values) as EntityMap[K];
}
const plainOf = new Map<EntityKind, (row: readonly unknown[], at?: number) => unknown>();

export function toRow(kind: EntityKind, entity: Record<string, unknown>): Row {
  const t = TABLES[kind] as TableDef;
  const out: Row = {};
  if (entity.id !== undefined) out.id = entity.id;
  for (const [field, [col, codec]] of Object.entries(t.fields) as [string, [string, Codec]][]) {
    if (!(field in entity)) continue;
    const v = entity[field];
    if (codec === 'opt') {
      out[col] = v ?? null;
      continue;
    }
    out[col] = codec === 'bool' ? (v ? 1 : 0) : codec === 'json' ? (v == null ? null : JSON.stringify(v)) : v;
  }
  return out;
}

export function columnsOf(kind: EntityKind): string[] {
  return ['id', ...(Object.values((TABLES[kind] as TableDef).fields) as [string, Codec][]).map(([c]) => c)];
}

/**
 * An entity's values in columnsOf(kind) order, encoded as toRow() does, for multi-row INSERTs
 * that bind positionally. `encode` replaces a field's encoding (e.g. a cache of JSON texts).
 * Compiled once per call from TABLES (its own field names only), so 300,000 rows of a generated
 * fabric cost what a hand-written list would.
 */
export function rowValuesOf<K extends EntityKind>(kind: K, encode: Partial<Record<string, (v: unknown) => unknown>> = {}): (entity: EntityMap[K]) => unknown[] {
  const fields = Object.entries((TABLES[kind] as TableDef).fields) as [string, [string, Codec]][];
  const fns: ((v: unknown) => unknown)[] = [];
  const parts = ['e.id'];
  for (const [field, [, codec]] of fields) {
    const fn = encode[field] ?? (codec === 'bool' ? (v: unknown) => (v ? 1 : 0) : codec === 'json' ? (v: unknown) => (v == null ? null : JSON.stringify(v)) : null);
    if (fn) parts.push(`f[${fns.push(fn) - 1}](e.${field})`);
    else parts.push(`e.${field}`);
  }
  return new Function('f', `return (e) => [${parts.join(', ')}];`)(fns) as (entity: EntityMap[K]) => unknown[];
}

/**
 * rowValuesOf writing into a caller's array at `at` instead of returning a new one: a generated
 * fabric's 300,000+ rows are bound from one reused buffer, with no array per row.
 */
export function rowWriterOf<K extends EntityKind>(kind: K, encode: Partial<Record<string, (v: unknown) => unknown>> = {}): (entity: EntityMap[K], buf: unknown[], at: number) => void {
  const fields = Object.entries((TABLES[kind] as TableDef).fields) as [string, [string, Codec]][];
  const fns: ((v: unknown) => unknown)[] = [];
  const parts = ['b[at] = e.id;'];
  fields.forEach(([field, [, codec]], i) => {
    const fn = encode[field] ?? (codec === 'bool' ? (v: unknown) => (v ? 1 : 0) : codec === 'json' ? (v: unknown) => (v == null ? null : JSON.stringify(v)) : null);
    // opt fields are absent on most rows: bound as NULL
    const v = codec === 'opt' ? `(e.${field} ?? null)` : `e.${field}`;
    parts.push(fn ? `b[at + ${i + 1}] = f[${fns.push(fn) - 1}](e.${field});` : `b[at + ${i + 1}] = ${v};`);
  });
  return new Function('f', `return (e, b, at) => { ${parts.join(' ')} };`)(fns) as (entity: EntityMap[K], buf: unknown[], at: number) => void;
}

/** `INSERT INTO <table> (<columnsOf(kind)>)`, to be followed by VALUES. */
export function insertHeadOf(kind: EntityKind): string {
  return `INSERT INTO ${TABLES[kind].table} (${columnsOf(kind).join(', ')})`;
}

/**
 * The inverse of rowValuesOf: an entity from columnsOf(kind) values starting at `at` of a raw row
 * (e.g. a join that selects those columns first), opt fields left out when NULL, last, so keys
 * come in the same order. `decode` replaces a field's decoding. Every read of a kind (fromRow
 * included) goes through one function compiled once per kind from TABLES, so its entities share
 * one hidden class: a row read again after an edit (db/touched.ts) has the snapshot's shape
 * rather than one more for the check session's code to handle.
 */
export function fromValuesOf<K extends EntityKind>(kind: K, decode: Partial<Record<string, (v: unknown) => unknown>> = {}): (row: readonly unknown[], at?: number) => EntityMap[K] {
  const fields = Object.entries((TABLES[kind] as TableDef).fields) as [string, [string, Codec]][];
  const fns = fields.map(([field, [, codec]]) => decode[field] ?? (codec === 'bool' ? isOne : codec === 'json' ? parsedJson : asRead));
  const build = builderOf(kind);
  return (r, at = 0) => build(fns, r, at) as EntityMap[K];
}

export const isOne = (v: unknown) => v === 1;
export const parsedJson = (v: unknown) => (v == null ? null : JSON.parse(v as string));
export const asRead = (v: unknown) => v;

type Builder = (f: readonly ((v: unknown) => unknown)[], r: readonly unknown[], at: number) => unknown;
const builders = new Map<EntityKind, Builder>();
function builderOf(kind: EntityKind): Builder {
  let b = builders.get(kind);
  if (b) return b;
  const body = entityBodySource(kind, 'r[at]', (_field, _codec, i) => `f[${i}](r[at + ${i + 1}])`);
  builders.set(kind, (b = new Function(`return (f, r, at) => { ${body} };`)() as Builder));
  return b;
}

/**
 * The body of a compiled entity builder: one object literal with the kind's fields in TABLES
 * order, opt fields added after it only when not null (so every reader's entities of a kind have
 * the same keys in the same order: one hidden class). `value` gives each field's expression.
 */
export function entityBodySource(kind: EntityKind, id: string, value: (field: string, codec: Codec, i: number) => string): string {
  const parts = [`id: ${id}`];
  const opts: string[] = [];
  (Object.entries((TABLES[kind] as TableDef).fields) as [string, [string, Codec]][]).forEach(([field, [, codec]], i) => {
    const v = value(field, codec, i);
    if (codec === 'opt') opts.push(`v = ${v}; if (v != null) o.${field} = v;`);
    else parts.push(`${field}: ${v}`);
  });
  return opts.length === 0 ? `return { ${parts.join(', ')} };` : `const o = { ${parts.join(', ')} }; let v; ${opts.join(' ')} return o;`;
}

/**
 * fromValuesOf's `decode` for the kind's json fields, parsing each distinct text once (and for its
 * plain fields, one shared string per distinct text: internedText): cables
 * between the same trays store the same route text (the 32k hall's 98,304 cables have 624, 28 MB
 * of text). The parsed values are shared between rows, so they are read-only, as the engines
 * treat them. One decoder per read: the cache goes with it.
 */
export function sharedJsonDecode(kind: EntityKind): Record<string, (v: unknown) => unknown> {
  const out: Record<string, (v: unknown) => unknown> = {};
  for (const [field, [, codec]] of Object.entries((TABLES[kind] as TableDef).fields) as [string, [string, Codec]][]) {
    if (codec === 'plain') {
      out[field] = internedText();
      continue;
    }
    if (codec !== 'json') continue;
    const parsed = new Map<string, unknown>();
    out[field] = (v) => {
      if (v == null) return null;
      let x = parsed.get(v as string);
      if (x === undefined) parsed.set(v as string, (x = JSON.parse(v as string)));
      return x;
    };
  }
  return out;
}

/** Distinct texts an interned field keeps before it stops interning (a name unique per row). */
const INTERN_LIMIT = 4096;

/**
 * A decoder that returns one shared string for each distinct text of a field (a port's kind,
 * form factor, face and name, a cable's media and optics repeat across 100,000s of rows): the
 * string SQLite just made dies young instead of being kept, copied and promoted per row. A field
 * with more distinct texts than INTERN_LIMIT (labels, device names) is passed through as read.
 */
function internedText(): (v: unknown) => unknown {
  const seen = new Map<string, string>();
  let on = true;
  return (v) => {
    if (!on || typeof v !== 'string') return v;
    const x = seen.get(v);
    if (x !== undefined) return x;
    if (seen.size >= INTERN_LIMIT) {
      on = false;
      seen.clear();
    } else seen.set(v, v);
    return v;
  };
}
