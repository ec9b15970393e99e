// A generated hall's ports are mostly copies of a few lists (a server's, a switch's, a panel
// type's ports), one copy per device, with consecutive ids. Binding each of 473,344 port rows
// from JS (11 values a row) cost more than SQLite's own insert, so each distinct list ("shape")
// is written once into a temporary table, each device as one (first id, device, shape) row, and
// SQLite copies the rows itself: INSERT ... SELECT over the join, in id order.
import type { Port } from '../core/model/entities.js';
import type { Db } from './open.js';
import { columnsOf, rowValuesOf } from './tables.js';

/** Shorter runs are worth a shape only when they repeat (port-runs: `again`); past this many
 * shapes the rest is bound row by row. */
const MIN_RUN = 8;
const MAX_SHAPES = 64;

const same = (p: Port, q: Port) =>
  p.name === q.name &&
  p.kind === q.kind &&
  p.formFactor === q.formFactor &&
  p.speedGbps === q.speedGbps &&
  p.lanes === q.lanes &&
  p.face === q.face &&
  (p.rearPort ?? null) === (q.rearPort ?? null) &&
  (p.rearPosition ?? null) === (q.rearPosition ?? null) &&
  (p.positions ?? null) === (q.positions ?? null);

function sameRun(ports: readonly Port[], from: number, shape: readonly Port[]): boolean {
  for (let k = 0; k < shape.length; k++) if (!same(ports[from + k]!, shape[k]!)) return false;
  return true;
}

/**
 * Writes `ports` (in id order, each device's ports together): runs that repeat a shape through
 * SQLite's INSERT ... SELECT, anything else through `direct` (the caller's row-by-row writer,
 * called in id order after the copy). Rows are exactly those the row-by-row writer would make.
 */
export function insertPortRuns(db: Db, ports: readonly Port[], direct: (p: Port) => void, progress: (done: number) => void): void {
  // the value columns of a port row, after id and device_id
  const cols = columnsOf('port').slice(2);
  // Same declared types as ports' own columns (CREATE ... AS SELECT keeps a column's affinity),
  // so each value is stored exactly as a bound one would be.
  db.exec(`DROP TABLE IF EXISTS temp.fabric_port_shapes; DROP TABLE IF EXISTS temp.fabric_port_runs;
    CREATE TEMP TABLE fabric_port_shapes AS SELECT CAST(0 AS INTEGER) AS shape, CAST(0 AS INTEGER) AS idx, ${cols.join(', ')} FROM main.ports WHERE 0;
    CREATE UNIQUE INDEX temp.fabric_port_shapes_key ON fabric_port_shapes(shape, idx);
    CREATE TEMP TABLE fabric_port_runs (first_id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, shape INTEGER NOT NULL);`);
  try {
    const insShape = db.prepare(`INSERT INTO temp.fabric_port_shapes VALUES (?, ?, ${cols.map(() => '?').join(', ')})`);
    const insRun = db.prepare('INSERT INTO temp.fabric_port_runs VALUES (?, ?, ?)');
    const values = rowValuesOf('port');
    const shapes: Port[][] = [];
    const deferred: Port[] = [];
    const step = Math.max(1, Math.floor(ports.length / 10));
    let nextProgress = 0;
    let shortStart = -1; // the short run just deferred, if any
    let i = 0;
    while (i < ports.length) {
      // the device's run: same device, consecutive ids
      const first = ports[i]!;
      let end = i + 1;
      while (end < ports.length && ports[end]!.deviceId === first.deviceId && ports[end]!.id === first.id + (end - i)) end++;
      const len = end - i;
      let shape = -1;
      if (len >= 2) for (let s = 0; s < shapes.length && shape < 0; s++) if (shapes[s]!.length === len && sameRun(ports, i, shapes[s]!)) shape = s;
      // A short run (a panel's rear ports, 19,200 rows at 32k structured) becomes a shape once
      // the device before had the same one: the two are copied, not bound row by row.
      const again = shape < 0 && len >= 2 && len < MIN_RUN && shortStart >= 0 && i - shortStart === len && sameRun(ports, i, ports.slice(shortStart, i));
      if (shape < 0 && (len >= MIN_RUN || again) && shapes.length < MAX_SHAPES) {
        shape = shapes.push(ports.slice(i, end)) - 1;
        for (let k = 0; k < len; k++) {
          insShape.run(shape, k, ...values(ports[i + k]!).slice(2).map((v) => v ?? null));
        }
        if (again) {
          deferred.length -= len;
          insRun.run(ports[shortStart]!.id, ports[shortStart]!.deviceId, shape);
        }
      }
      shortStart = shape < 0 && len >= 2 && len < MIN_RUN ? i : -1;
      if (shape >= 0) insRun.run(first.id, first.deviceId, shape);
      else for (let k = i; k < end; k++) deferred.push(ports[k]!);
      i = end;
      if (i >= nextProgress) {
        progress(i);
        nextProgress = i + step;
      }
    }
    db.prepare(
      `INSERT INTO main.ports (${columnsOf('port').join(', ')})
       SELECT r.first_id + s.idx, r.device_id, ${cols.map((c) => `s.${c}`).join(', ')}
       FROM temp.fabric_port_runs r CROSS JOIN temp.fabric_port_shapes s ON s.shape = r.shape
       ORDER BY r.first_id, s.idx`,
    ).run();
    // The rows bound one by one go in after the copy: in a generated hall they are the panels' rear
    // ports (runs of 4), whose ids follow every copied row's; written first, they made each of the
    // copy's 224,000 rows an insert below the table's last id, a seek instead of an append (the
    // ports' write at 32k structured 250-300 -> 180-200 ms CPU, in-process interleaved).
    for (let k = 0; k < deferred.length; k++) direct(deferred[k]!);
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.fabric_port_shapes; DROP TABLE IF EXISTS temp.fabric_port_runs;');
  }
}
