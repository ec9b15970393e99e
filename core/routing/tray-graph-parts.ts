// What the tray graph keeps per drop point and per step sequence (see tray-graph.ts).
import type { Id, RouteStep } from '../model/entities.js';
import type { SourceTree } from './source-tree.js';
import type { TrayPoint } from './tray-graph.js';
import type { SegStops } from './tray-network.js';

/**
 * A distinct sequence of tray segments (tags), made once and shared by every path that takes it:
 * 100,000 cables over a few dozen trays take a few thousand sequences, so a path's steps are
 * found, not built, per cable.
 */
export interface Seq {
  /** Its steps from its first segment (0) and from its last (1): made together and read by
   * direction, not by a branch. Pairs first asked the other way round come well after the route
   * code is optimized: a branch it had never run and a field first written then threw route and
   * compute away (with what they had inlined) and compiled them again in every route. */
  byDir: Dirs;
  last: number;
  /** Its one-tag extensions by tag, made when first asked. */
  next: Map<number, number> | null;
}

export interface PointState {
  attach: Attach | null;
  /** Bit per point id: the points a path from this point was first asked to (see shortest()).
   * A bit array rather than a Set: 100,000 cables ask nearly as many pairs. */
  asked: Uint32Array | null;
  /** Its Dijkstra tree while kept (see TREE_BUDGET_BYTES). */
  tree: SourceTree | null;
}

/** The stretch of a segment a tray point lies on, with its two end nodes and distances to them. */
export interface Attach {
  s: SegStops;
  k: number;
  /** The stretch's two end nodes and the distance from the point to each, mm. */
  n0: number;
  w0: number;
  n1: number;
  w1: number;
}

// Classes (and arrays made by slice) rather than object and array literals for what
// the graph keeps (points, stretches, sequences): see Mount in router.ts (a literal's allocation
// site changing its tenuring decision threw away every function that had inlined it).
export class At implements TrayPoint {
  constructor(
    readonly trayId: Id,
    readonly seg: number,
    readonly t: number,
    readonly point: [number, number],
    readonly d: number,
  ) {}
}

export class Stretch implements Attach {
  constructor(
    readonly s: SegStops,
    readonly k: number,
    readonly n0: number,
    readonly w0: number,
    readonly n1: number,
    readonly w1: number,
  ) {}
}

/** A sequence's steps by direction (indexed by 0 and 1; see Seq). */
export class Dirs {
  [dir: number]: RouteStep[];
  constructor(from0: RouteStep[], from1: RouteStep[]) {
    this[0] = from0;
    this[1] = from1;
  }
}

export class StepSeq implements Seq {
  next: Map<number, number> | null = null;
  constructor(
    readonly byDir: Dirs,
    readonly last: number,
  ) {}
}

export class Point implements PointState {
  asked: Uint32Array | null = null;
  tree: SourceTree | null = null;
  constructor(readonly attach: Attach | null) {}
}
