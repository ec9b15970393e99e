// A generated hall's structured links as records: each link's two in-rack jumpers (interface port
// -> panel front at each end of one trunk position) as numbers, not two cable objects (the check
// session holds them so, core/checks/session-records.ts; the file as `channels` rows,
// db/channels.ts).
import type { Cable, Id } from './entities.js';

/** What both jumpers of a record carry (one entry per distinct combination). */
export interface JumperCombo {
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  status: Cable['status'];
}

/**
 * Structured links' jumper pairs. Record k: its a-end jumper (cable `aId`) runs from interface
 * port `aPort` to panel front `aFront`, its b-end jumper (`bId`) from front `bFront` to interface
 * port `bPort`; both are `combos[combo[k]]`'s media and status, the a-end jumper with its optic A,
 * the b-end one with its optic B; `trunk` is the trunk they meet through, at `position`. No fixed
 * length, polarity or assembly, and both in their racks: a jumper the check session routes out of
 * its rack is written as a cable row, with its record's other jumper (generateFabric).
 */
export interface JumperRecords {
  count: number;
  aId: Int32Array;
  bId: Int32Array;
  aPort: Int32Array;
  bPort: Int32Array;
  aFront: Int32Array;
  bFront: Int32Array;
  trunk: Int32Array;
  position: Int32Array;
  combo: Uint16Array;
  combos: readonly JumperCombo[];
}

/** Jumper j of the records: record j >> 1, end j & 1 (0: the a-end jumper). */
export const jumperId = (r: JumperRecords, j: number): Id => ((j & 1) === 0 ? r.aId[j >> 1]! : r.bId[j >> 1]!);

/** Every record's two jumpers as cable objects, as a file's rows show them (before any routing). */
export function jumperCables(r: JumperRecords): Cable[] {
  const out: Cable[] = [];
  for (let j = 0; j < 2 * r.count; j++) out.push(jumperCable(r, j));
  return out;
}

/** Jumper j as a new cable object, as a file's row shows it before any routing (its label is
 * made at the write: ''). */
export function jumperCable(r: JumperRecords, j: number): Cable {
  const c: Cable = { id: 0, label: '', aPortId: 0, bPortId: 0, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' };
  return writeJumper(r, j, c);
}

/** Writes jumper j's id, ends, media, optics and status into `c` (another jumper's object may be
 * reused: the check session's first run refills one). */
export function writeJumper(r: JumperRecords, j: number, c: Cable): Cable {
  const k = j >> 1;
  const m = r.combos[r.combo[k]!]!;
  const b = (j & 1) === 1;
  c.id = b ? r.bId[k]! : r.aId[k]!;
  c.aPortId = b ? r.bFront[k]! : r.aPort[k]!;
  c.bPortId = b ? r.bPort[k]! : r.aFront[k]!;
  c.mediaId = m.mediaId;
  c.opticA = b ? null : m.opticA;
  c.opticB = b ? m.opticB : null;
  c.status = m.status;
  return c;
}

/** Records for `n` links, every field zero, no combination yet. */
export function emptyRecords(n: number): JumperRecords {
  const ints = () => new Int32Array(n);
  return {
    count: n,
    aId: ints(),
    bId: ints(),
    aPort: ints(),
    bPort: ints(),
    aFront: ints(),
    bFront: ints(),
    trunk: ints(),
    position: ints(),
    combo: new Uint16Array(n),
    combos: [],
  };
}
