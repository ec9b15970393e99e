// The tray network as a weighted graph, built once per set of trays. Nodes sit at polyline
// vertices and at junctions: where two trays cross, and where a tray's end reaches another tray
// (within half their widths, since hand-drawn trays rarely meet to the millimetre). Junction edges
// cost the plan gap plus the height difference between the two trays. Drop points (where a rack's
// cables enter a tray) are not nodes: they attach to the two nearest stops of their segment, so
// racks can move without rebuilding the graph.
import type { Id, RouteStep, Tray } from '../model/entities.js';
import { nearestOnPolylineXY, type Pt } from './geometry.js';
import { buildTrayNetwork, type SegStops } from './tray-network.js';
import { TreeStore, type SourceTree } from './source-tree.js';
import { At, Dirs, Point, StepSeq, Stretch, type Attach, type PointState, type Seq } from './tray-graph-parts.js';
import { objectList } from '../model/object-list.js';

/** A point on a tray where cables enter or leave it. */
export interface TrayPoint {
  trayId: Id;
  seg: number;
  t: number;
  point: [number, number];
}

export interface ShortestPath {
  mm: number;
  /** Shared between cables: do not mutate. */
  steps: RouteStep[];
}

/** Bytes of Dijkstra trees kept (about 36 per graph node each), the most recently used first: a
 * 131,072-GPU hall asks 4,480 trees of 3,574 nodes (256 MB when all were kept), but its cables
 * come grouped by rack, so the tree in use is nearly always the last one. A tree dropped and
 * asked again is recomputed (the same tree). */
const TREE_BUDGET_BYTES = 16 << 20;
const TREE_BYTES_PER_NODE = 36;

export class TrayGraph {
  readonly trays = new Map<Id, Tray>();
  private readonly segs: Map<Id, SegStops[]>;
  private readonly tags: RouteStep[];
  private readonly nodeCount: number;
  private readonly nodeX: number[];
  private readonly nodeY: number[];
  private readonly adjStart: Int32Array;
  private readonly adjTo: Int32Array;
  private readonly adjW: Float64Array;
  private readonly adjTag: Int32Array;
  private pointIds = new Map<string, number>();
  /** By point id (a dense array: ids are handed out in order): the same few thousand drop points
   * serve every cable. */
  private points = objectList<PointState>();
  /** The Dijkstra trees kept (each also on its source point, see TREE_BUDGET_BYTES), with the
   * clock of each one's last use in a number array (the least recently used one makes room: a
   * scan of numbers, not of the trees). */
  private kept = objectList<SourceTree>();
  private keptUsed: number[] = [];
  private clock = 0;
  /** Step sequences by id (see Seq), the one-tag sequences by tag. */
  private seqs = objectList<Seq>();
  private readonly seqOfTag: Int32Array;
  /** seqAtNode's nodes on the way up (a node appears once: a path visits it once). */
  private readonly scratch: Int32Array;
  /** The last sequence found: source point, end node, b's segment tag, sequence id. */
  private memo = new Int32Array([-1, -2, -1, -1]);
  /** How many trees are kept (see TREE_BUDGET_BYTES), and where new ones get their arrays. */
  private readonly keep: number;
  private readonly store: TreeStore;
  /** The length of the path shortestSteps() last found, mm. */
  lastMm = 0;

  /** treeBudgetBytes: see TREE_BUDGET_BYTES (at least one tree is always kept). */
  constructor(trays: readonly Tray[], private readonly treeBudgetBytes = TREE_BUDGET_BYTES) {
    for (const t of trays) if (t.points.length >= 2) this.trays.set(t.id, t);
    const n = buildTrayNetwork([...this.trays.values()]);
    this.segs = n.segs;
    this.tags = n.tags;
    this.nodeCount = n.nodeCount;
    this.nodeX = n.nodeX;
    this.nodeY = n.nodeY;
    this.adjStart = n.adjStart;
    this.adjTo = n.adjTo;
    this.adjW = n.adjW;
    this.adjTag = n.adjTag;
    // Per-graph state is made here, not on first use in the hot path: each check session builds
    // a graph, and code optimized on the last graph was thrown away (and compiled again) at a
    // first-use branch it had never run.
    this.scratch = new Int32Array(this.nodeCount);
    this.seqOfTag = new Int32Array(this.tags.length).fill(-1);
    this.keep = Math.max(1, Math.floor(this.treeBudgetBytes / (TREE_BYTES_PER_NODE * Math.max(1, this.nodeCount))));
    this.store = new TreeStore(this.nodeCount, Math.min(32, this.keep));
  }

  /** The point of a tray nearest to a floor point. */
  dropOn(tray: Tray, p: Pt): TrayPoint & { d: number } {
    return this.dropAt(tray, p[0], p[1]);
  }

  /** dropOn for the floor point (x, y). */
  dropAt(tray: Tray, x: number, y: number): TrayPoint & { d: number } {
    const n = nearestOnPolylineXY(x, y, tray.points);
    // (a point of its own, not the one from geometry's literals: see tray-graph-parts.ts)
    return new At(tray.id, n.seg, n.t, n.point.slice() as [number, number], n.d);
  }

  /** A small integer naming a tray point, so that cached paths are keyed by numbers. */
  pointId(p: TrayPoint): number {
    const k = `${p.trayId}:${p.seg}:${Math.round(p.t * 1e6)}`;
    let id = this.pointIds.get(k);
    if (id === undefined) {
      this.pointIds.set(k, (id = this.points.length));
      this.points.push(new Point(this.attach(p)));
    }
    return id;
  }

  /**
   * Shortest path over the trays between two tray points; null when they are not connected.
   * Not cached per pair (a hall has about as many pairs of racks as cables): each is read from
   * the source point's Dijkstra tree, and the steps are shared by every path along the same
   * trays. A pair is computed in the direction first asked and reversed for the other, so that
   * among equally short paths both directions take the same one.
   */
  shortest(a: TrayPoint, b: TrayPoint, ia = this.pointId(a), ib = this.pointId(b)): ShortestPath | null {
    const steps = this.shortestSteps(a, b, ia, ib);
    return steps && { mm: this.lastMm, steps };
  }

  /** shortest() without an object per call: the steps, with the length in lastMm. */
  shortestSteps(a: TrayPoint, b: TrayPoint, ia: number, ib: number): RouteStep[] | null {
    if (!hasBit(this.points[ia]!.asked, ib)) {
      if (hasBit(this.points[ib]!.asked, ia)) return this.compute(b, ib, a, ia, 1);
      this.points[ia]!.asked = withBit(this.points[ia]!.asked, ib, this.points.length);
    }
    return this.compute(a, ia, b, ib, 0);
  }

  /** The plan polyline of the shortest path, for drawing (not cached). */
  polyline(a: TrayPoint, b: TrayPoint): [number, number][] | null {
    const ia = this.pointId(a);
    const ib = this.pointId(b);
    if (!this.compute(a, ia, b, ib, 0)) return null;
    const tree = this.points[ia]!.tree!;
    const ptsRev: [number, number][] = [b.point];
    for (let n = this.lastEnd; n >= 0; n = tree.prev[n]!) {
      const last = ptsRev[ptsRev.length - 1]!;
      if (last[0] !== this.nodeX[n] || last[1] !== this.nodeY[n]) ptsRev.push([this.nodeX[n]!, this.nodeY[n]!]);
      if (tree.prev[n]! === -1) break;
    }
    const first = ptsRev[ptsRev.length - 1]!;
    if (first[0] !== a.point[0] || first[1] !== a.point[1]) ptsRev.push(a.point);
    return ptsRev.reverse();
  }

  /** The node the last compute() left b's stretch by (-1: along one stretch). */
  private lastEnd = -1;

  /** The steps from a to b (dir 1: from b back to a), with the length in lastMm. */
  private compute(a: TrayPoint, ia: number, b: TrayPoint, ib: number, dir: 0 | 1): RouteStep[] | null {
    const sa = this.points[ia]!.attach;
    const sb = this.points[ib]!.attach;
    if (!sa || !sb) return null;
    let best = Infinity;
    let end = -1;
    // Both on the same stretch of one segment: straight along the tray.
    if (a.trayId === b.trayId && a.seg === b.seg && sa.k === sb.k) best = Math.abs(a.t - b.t) * sa.s.lenMm;
    const tree = this.treeOf(ia, sa);
    this.settle(tree, sb.n0, sb.n1);
    // Leave b's stretch by its first node, or by its second when that is shorter.
    const d0 = tree.dist[sb.n0]! + sb.w0;
    if (d0 < best - 1e-9) {
      best = d0;
      end = sb.n0;
    }
    const d1 = tree.dist[sb.n1]! + sb.w1;
    if (d1 < best - 1e-9) {
      best = d1;
      end = sb.n1;
    }
    if (!Number.isFinite(best)) return null;
    this.lastMm = best;
    this.lastEnd = end;
    // a's segment, the segments the tree takes to `end`, b's segment (-1: a's stretch alone)
    // (the last answer again: a rack's cables come one after another, most to the same place)
    // (all three compared every time, not short-circuited: where cables change source at every
    // cable, the second comparison was first reached after compute was optimized, and threw it away)
    const memo = this.memo;
    if ((memo[0]! - ia) | (memo[1]! - end) | (memo[2]! - sb.s.tag)) {
      memo[0] = ia;
      memo[1] = end;
      memo[2] = sb.s.tag;
      memo[3] = this.extend(end < 0 ? this.seqOf(sa.s.tag) : this.seqAtNode(tree, end, sa.s.tag), sb.s.tag);
    }
    const seq = this.seqs[memo[3]!]!;
    return seq.byDir[dir]!;
  }

  /** The sequence of the path from a tree's source to one of its settled nodes. */
  private seqAtNode(tree: SourceTree, node: number, tagA: number): number {
    const { prev, prevTag, seqAt } = tree;
    // up to the first node known (or the source's stretch), then back down extending
    const up = this.scratch;
    let k = 0;
    let n = node;
    while (seqAt[n]! < 0 && prev[n]! !== -1) {
      up[k++] = n;
      n = prev[n]!;
    }
    let seq = seqAt[n]! >= 0 ? seqAt[n]! : (seqAt[n] = this.seqOf(tagA));
    for (let i = k - 1; i >= 0; i--) {
      const m = up[i]!;
      if (prevTag[m]! >= 0) seq = this.extend(seq, prevTag[m]!);
      seqAt[m] = seq;
    }
    return seq;
  }

  /** The one-segment sequence of a tag. */
  private seqOf(tag: number): number {
    let id = this.seqOfTag[tag]!;
    if (id < 0) {
      const one = this.tags.slice(tag, tag + 1);
      id = this.seqs.push(new StepSeq(new Dirs(one, one), tag)) - 1;
      this.seqOfTag[tag] = id;
    }
    return id;
  }

  /** A sequence with one more segment (the same sequence when it already ends on that segment). */
  private extend(seq: number, tag: number): number {
    const s = this.seqs[seq]!;
    if (s.last === tag) return seq;
    // (a new sequence is a call of its own: made for ~1 cable in 100, it stays out of the copy
    // of extend inlined in compute and seqAtNode)
    return s.next?.get(tag) ?? this.grow(s, tag);
  }

  /** extend()'s new sequence: s's steps and one more segment. */
  private grow(s: Seq, tag: number): number {
    const steps = s.byDir[0]!.slice();
    steps.push(this.tags[tag]!);
    const id = this.seqs.push(new StepSeq(new Dirs(steps, steps.slice().reverse()), tag)) - 1;
    (s.next ??= new Map()).set(tag, id);
    return id;
  }

  private attach(p: TrayPoint): Attach | null {
    const s = this.segs.get(p.trayId)?.[p.seg];
    if (!s) return null;
    let k = 0;
    while (k + 2 < s.ts.length && s.ts[k + 1]! <= p.t) k++;
    return new Stretch(s, k, s.nodes[k]!, (p.t - s.ts[k]!) * s.lenMm, s.nodes[k + 1]!, (s.ts[k + 1]! - p.t) * s.lenMm);
  }

  /** The Dijkstra tree from a point, kept while it is among the most recently used. */
  private treeOf(id: number, from: Attach): SourceTree {
    // (making a tree is a call of its own: run ~1 cable in 100, it stays out of the copy of
    // treeOf that compute inlines per cable, so TurboFan compiles the eviction loop once, not in it)
    const tree = this.points[id]!.tree ?? this.plant(id, from);
    this.keptUsed[tree.slot] = ++this.clock;
    return tree;
  }

  /** A new tree from a point: the least recently used tree makes room, and its arrays are
   * reused (allocating the typed arrays per source cost more than the searches themselves). */
  private plant(id: number, from: Attach): SourceTree {
    const keep = this.keep;
    let spare: SourceTree | undefined;
    while (this.kept.length >= keep) {
      const used = this.keptUsed;
      let oldest = 0;
      for (let i = 1; i < used.length; i++) if (used[i]! < used[oldest]!) oldest = i;
      spare = this.kept[oldest]!;
      this.points[spare.id]!.tree = null;
      const last = this.kept.pop()!;
      const lastUsed = used.pop()!;
      if (oldest < this.kept.length) {
        this.kept[oldest] = last;
        used[oldest] = lastUsed;
        last.slot = oldest;
      }
    }
    const tree = this.dijkstra(id, from, spare);
    this.points[id]!.tree = tree;
    tree.slot = this.kept.length;
    this.kept.push(tree);
    this.keptUsed.push(0);
    return tree;
  }

  private dijkstra(id: number, from: Attach, spare?: SourceTree): SourceTree {
    const tree = spare ?? this.store.make(id);
    tree.id = id;
    tree.dist.fill(Infinity);
    tree.prev.fill(-2);
    tree.prevTag.fill(-1);
    tree.settled.fill(0);
    tree.seqAt.fill(-1);
    tree.heap.clear();
    if (from.w0 < tree.dist[from.n0]!) {
      tree.dist[from.n0] = from.w0;
      tree.prev[from.n0] = -1;
      tree.heap.push(from.n0, from.w0);
    }
    if (from.w1 < tree.dist[from.n1]!) {
      tree.dist[from.n1] = from.w1;
      tree.prev[from.n1] = -1;
      tree.heap.push(from.n1, from.w1);
    }
    return tree;
  }

  /** Runs a tree's Dijkstra on until nodes n0 and n1 are settled or nothing is left to settle:
   * the same pops as running on until n0 then on until n1, in one loop (two calls were two
   * inlined copies of the loop and the heap's in compute, each compiled per session). */
  private settle(tree: SourceTree, n0: number, n1: number): void {
    const { dist, prev, prevTag, settled, heap } = tree;
    if (settled[n0]! & settled[n1]!) return;
    const { adjStart, adjTo, adjW, adjTag } = this;
    while (heap.size > 0) {
      const u = heap.pop();
      const du = heap.lastKey;
      if (du > dist[u]!) continue;
      settled[u] = 1;
      for (let e = adjStart[u]!; e < adjStart[u + 1]!; e++) {
        const v = adjTo[e]!;
        const nd = du + adjW[e]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          prev[v] = u;
          prevTag[v] = adjTag[e]!;
          heap.push(v, nd);
        }
      }
      if (settled[n0]! & settled[n1]!) return;
    }
  }
}

function hasBit(bits: Uint32Array | null, i: number): boolean {
  return bits !== null && i >>> 5 < bits.length && (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** The bits with bit i set (grown when it does not reach i): made to hold `known` bits at once,
 * as a point is asked about most of the points known (doubling from one word made six arrays a
 * point, 6,000 for the bench hall's 1,000 drops). */
function withBit(bits: Uint32Array | null, i: number, known: number): Uint32Array {
  const w = i >>> 5;
  if (bits === null || w >= bits.length) {
    const grown = new Uint32Array(Math.max(w + 1, 2 * (bits?.length ?? 0), (known + 31) >>> 5));
    if (bits) grown.set(bits);
    bits = grown;
  }
  bits[w]! |= 1 << (i & 31);
  return bits;
}
