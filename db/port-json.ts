// port_view's rows as one JSON array text without sorting the view (docs/fabrics.md, "Steps 3 and
// 4 as built, not merged"): its derived arm's id (first_id + position) is an expression, so
// `ORDER BY id` over the view sorted every block's ports (~190 ms CPU at 32k GPUs). Here each block's
// front ports come as one JSON text per block (in the block index's and the templates' index order),
// the ports rows around and between the blocks' ranges as JSON texts too, and the pieces are spliced
// by id in JS. A type whose front positions are not one contiguous run (never generated) takes the
// sorted read: the pieces would then interleave inside a block.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';
import { readTransaction } from './tx.js';

interface PortJsonStatements {
  runs: Statement;
  blocks: Statement;
  rowsBetween: Statement;
  rowsEach: Statement;
}

const statements = new WeakMap<Db, PortJsonStatements>();

/** The ordered JSON array text of port_view, or null when the blocks' runs do not allow splicing. */
export function splicedPortJson(db: Db, objectSql: string): string | null {
  let s = statements.get(db);
  if (!s) {
    const derived = `SELECT b.first_id AS first_id, b.first_id + t.position AS id, b.device_id AS device_id, t.name AS name, t.kind AS kind,
      t.form_factor AS form_factor, t.speed_gbps AS speed_gbps, t.lanes AS lanes, t.face AS face, t.rear_port AS rear_port,
      t.rear_position AS rear_position, t.positions AS positions
      FROM port_blocks b JOIN devices d ON d.id = b.device_id JOIN port_templates t ON t.device_type_id = d.type_id AND t.kind = 'front-port'
      ORDER BY b.first_id, t.position`;
    s = {
      // each blocked type's front positions: contiguous when max - min + 1 = count
      runs: db.prepare(`SELECT t.device_type_id, min(t.position), max(t.position), count(*) FROM port_templates t
        WHERE t.kind = 'front-port' AND t.device_type_id IN (SELECT d.type_id FROM port_blocks b JOIN devices d ON d.id = b.device_id)
        GROUP BY t.device_type_id`).raw(),
      blocks: db.prepare(`SELECT first_id, min(id), max(id), json_group_array(${objectSql}) FROM (${derived}) GROUP BY first_id ORDER BY first_id`).raw(),
      rowsBetween: db.prepare(`SELECT json_group_array(${objectSql}) FROM (SELECT * FROM ports WHERE id >= ? AND id <= ? ORDER BY id)`).pluck(),
      rowsEach: db.prepare(`SELECT id, ${objectSql} FROM ports WHERE id >= ? AND id <= ? ORDER BY id`).raw(),
    };
    statements.set(db, s);
  }
  const st = s;
  return readTransaction(db, () => {
    const runs = st.runs.all() as [number, number, number, number][];
    if (runs.some(([, lo, hi, n]) => hi - lo + 1 !== n)) return null;
    const blocks = st.blocks.all() as [number, number, number, string][];
    if (blocks.length === 0) return null;
    const lo = blocks[0]![1];
    const hi = blocks[blocks.length - 1]![2];
    const pieces: string[] = [];
    const add = (array: string) => {
      if (array.length > 2) pieces.push(array.slice(1, -1));
    };
    add(st.rowsBetween.get(Number.MIN_SAFE_INTEGER, lo - 1) as string);
    // Rows among the blocks' ranges (a panel's rear ports) one text each: few, and they fall
    // before, between or after a block's front run.
    const rows = st.rowsEach.all(lo, hi) as [number, string][];
    let r = 0;
    for (const [, first, , array] of blocks) {
      while (r < rows.length && rows[r]![0] < first) pieces.push(rows[r++]![1]);
      add(array);
    }
    while (r < rows.length) pieces.push(rows[r++]![1]);
    add(st.rowsBetween.get(hi + 1, Number.MAX_SAFE_INTEGER) as string);
    return `[${pieces.join(',')}]`;
  });
}
