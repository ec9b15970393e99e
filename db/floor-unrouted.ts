// The floor's unrouted cables (route NULL or '[]') counted per rack pair, arm by arm of cable_view
// (docs/fabrics.md, "Steps 3 and 4 as built, not merged"). A record's jumpers are always unrouted
// and end on a panel front, usually a derived port: through the view each such end cost a missed
// seek in ports, a seek in port_blocks and one in devices (+~100 ms CPU at 32k GPUs). Here each
// block is visited once (its device's rack, its type's front run) and its jumpers found by the
// front index; when some record's front is not in a block's run (a materialised block), the arm
// is read by seeks as before.
import type { Statement } from 'better-sqlite3';
import { deviceOfPortSql } from './compact.js';
import type { Db } from './open.js';

/** Each device type's front-port positions, lo..hi (contiguous, or the type is left to the rows query). */
const FRONT_RUNS = `fr AS MATERIALIZED (SELECT device_type_id AS ty, min(position) AS lo, max(position) AS hi FROM port_templates
  WHERE kind = 'front-port' GROUP BY device_type_id HAVING max(position) - min(position) + 1 = count(*))`;

const PAIR = 'min(da.rack_id, db.rack_id), max(da.rack_id, db.rack_id), count(*)';

/** One arm of the records: `port` the jumper's interface end (a ports row), `front` its panel front. */
function recordArm(port: string, front: string): Record<'derived' | 'any', string> {
  const near = `JOIN ports pa ON pa.id = c.${port} JOIN devices da ON da.id = pa.device_id`;
  return {
    derived: `WITH ${FRONT_RUNS} SELECT ${PAIR} FROM port_blocks b JOIN devices db ON db.id = b.device_id JOIN fr ON fr.ty = db.type_id
      JOIN channels c ON c.${front} BETWEEN b.first_id + fr.lo AND b.first_id + fr.hi ${near} GROUP BY 1, 2`,
    // a front that is a row (a materialised block) or of a type whose fronts are not one run: by seeks
    any: `SELECT ${PAIR} FROM channels c ${near} JOIN devices db ON db.id = ${deviceOfPortSql(`c.${front}`)} GROUP BY 1, 2`,
  };
}

const CABLE_ROWS = `SELECT ${PAIR} FROM cables c JOIN devices da ON da.id = ${deviceOfPortSql('c.a_port_id')}
  JOIN devices db ON db.id = ${deviceOfPortSql('c.b_port_id')} WHERE c.route IS NULL OR c.route = '[]' GROUP BY 1, 2`;

interface Statements {
  cables: Statement;
  count: Statement;
  arms: Record<'derived' | 'any', Statement>[];
}
const statements = new WeakMap<Db, Statements>();

type Pair = [number, number, number];

/** [min rack, max rack, count] of the unrouted cables, ordered by the rack pair. */
export function unroutedPairs(db: Db): Pair[] {
  let s = statements.get(db);
  if (!s) {
    const arm = (a: Record<'derived' | 'any', string>) => ({ derived: db.prepare(a.derived).raw(), any: db.prepare(a.any).raw() });
    s = {
      cables: db.prepare(CABLE_ROWS).raw(),
      count: db.prepare('SELECT count(*) FROM channels').pluck(),
      arms: [arm(recordArm('a_port_id', 'a_front_id')), arm(recordArm('b_port_id', 'b_front_id'))],
    };
    statements.set(db, s);
  }
  const byPair = new Map<string, Pair>();
  const add = (rows: Pair[]) => {
    for (const [a, b, n] of rows) {
      const k = `${a},${b}`;
      const p = byPair.get(k);
      if (p) p[2] += n;
      else byPair.set(k, [a, b, n]);
    }
  };
  add(s.cables.all() as Pair[]);
  const records = s.count.get() as number;
  for (const arm of s.arms) {
    const derived = arm.derived.all() as Pair[];
    // every record's front found in a block's run, or all of them by seeks
    add(derived.reduce((n, p) => n + p[2], 0) === records ? derived : (arm.any.all() as Pair[]));
  }
  return [...byPair.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
