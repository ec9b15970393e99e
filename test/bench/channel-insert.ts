// Plan step 4's first measure (docs/fabrics.md): what a structured hall's jumpers cost to insert as
// cable rows (two per link) against one `channels` record per link, in the hall's own file (same
// indexes; foreign keys off, as insertHall writes). Each round times both, interleaved, inside a
// rolled-back transaction, single-row statements and insertHall's 256-row statements.
//   node --import tsx test/bench/channel-insert.ts FILE.trayline [ROUNDS]
import Database from 'better-sqlite3';
import { CHANNELS_TABLE } from '../../db/migrations/014_channels.js';

type Db = InstanceType<typeof Database>;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const rollback = new Error('rollback');

function timed(db: Db, setup: string, body: () => void): { wallMs: number; cpuMs: number } {
  let out = { wallMs: 0, cpuMs: 0 };
  try {
    db.transaction(() => {
      if (setup) db.exec(setup);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      body();
      out = { wallMs: performance.now() - t0, cpuMs: cpuMs(process.cpuUsage(c0)) };
      throw rollback;
    })();
  } catch (e) {
    if (e !== rollback) throw e;
  }
  return out;
}

/** Inserts `rows` arrays of `cols` values through `batch`-row statements. */
function insertRows(db: Db, head: string, cols: number, rows: unknown[][], batch: number): void {
  const tuple = `(${Array(cols).fill('?').join(',')})`;
  const full = db.prepare(`${head} VALUES ${Array(batch).fill(tuple).join(',')}`);
  const buf = new Array<unknown>(batch * cols);
  let n = 0;
  for (const r of rows) {
    for (let k = 0; k < cols; k++) buf[n * cols + k] = r[k];
    if (++n === batch) {
      full.run(buf);
      n = 0;
    }
  }
  if (n > 0) db.prepare(`${head} VALUES ${Array(n).fill(tuple).join(',')}`).run(buf.slice(0, n * cols));
}

function main(file: string, rounds: number) {
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  // The generated jumpers, a-end cable i paired with b-end cable links + i (fabric-write.ts order).
  const jumpers = db.prepare("SELECT * FROM cables WHERE route = '[]' ORDER BY id").raw().all() as unknown[][];
  const links = jumpers.length / 2;
  // Each a-end jumper's trunk and position, through its front's rear port (the hall's own values).
  const trunkOf = db
    .prepare(
      `SELECT c.id, f.rear_position, (SELECT t.id FROM ports r JOIN cables t ON t.a_port_id = r.id OR t.b_port_id = r.id WHERE r.device_id = f.device_id AND r.name = f.rear_port)
       FROM cables c JOIN ports f ON f.id = c.b_port_id WHERE c.route = '[]' AND f.rear_port IS NOT NULL ORDER BY c.id`,
    )
    .raw()
    .all() as [number, number, number][];
  if (trunkOf.length !== links) throw new Error('not an all-structured generated hall');
  // cables: id,label,a,b,media,optic_a,optic_b,length,routed,ordered,route,status,polarity,assembly,leg
  const cableRows = jumpers.map((r) => [null, `${r[1]}#`, ...r.slice(2, 12)]);
  const channelRows = jumpers.slice(0, links).map((a, i) => {
    const b = jumpers[links + i]!;
    return [a[0], b[0], a[2], b[3], trunkOf[i]![2], trunkOf[i]![1], a[3], b[2], a[4], a[5], b[6], a[8], b[8], a[9], b[9], a[11], a[1], b[1]];
  });
  const cableHead = 'INSERT INTO cables (id, label, a_port_id, b_port_id, media_id, optic_a, optic_b, length_mm, routed_mm, ordered_mm, route, status)';
  const channelHead =
    'INSERT INTO channels (id, b_jumper_id, a_port_id, b_port_id, trunk_id, position, a_front_id, b_front_id, media_id, optic_a, optic_b, a_routed_mm, b_routed_mm, a_ordered_mm, b_ordered_mm, status, a_label, b_label)';
  const out: Record<string, { wallMs: number; cpuMs: number }[]> = { cables1: [], channels1: [], cables256: [], channels256: [] };
  for (let r = 0; r < rounds; r++) {
    out.cables1!.push(timed(db, '', () => insertRows(db, cableHead, 12, cableRows, 1)));
    out.channels1!.push(timed(db, CHANNELS_TABLE, () => insertRows(db, channelHead, 18, channelRows, 1)));
    out.cables256!.push(timed(db, '', () => insertRows(db, cableHead, 12, cableRows, 256)));
    out.channels256!.push(timed(db, CHANNELS_TABLE, () => insertRows(db, channelHead, 18, channelRows, 256)));
  }
  db.close();
  const fmt = (xs: { wallMs: number; cpuMs: number }[]) => xs.map((x) => `${Math.round(x.cpuMs)}/${Math.round(x.wallMs)}`).join(' ');
  process.stdout.write(`cable rows ${cableRows.length}, channel rows ${channelRows.length} (CPU/wall ms per round)\n`);
  for (const [k, v] of Object.entries(out)) process.stdout.write(`${k.padEnd(12)} ${fmt(v)}\n`);
}

main(process.argv[2]!, Number(process.argv[3] ?? 3));
