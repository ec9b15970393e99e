// The tray network as a weighted graph, built once per set of trays. Nodes sit at polyline
// vertices and at junctions: where two trays cross, and where a tray's end reaches another tray
// (within half their widths, since hand-drawn trays rarely meet to the millimetre). Junction edges
// cost the plan gap plus the height difference between the two trays. Drop points (where a rack's
// cables enter a tray) are not nodes: they attach to the two nearest stops of their segment, so
// racks can move without rebuilding the graph.
import type { Id, RouteStep, Tray } from '../model/entities.js';
import { dist, lerp, nearestOnPolyline, projectT, segmentIntersection, type Pt } from './geometry.js';
import { MinHeap } from './heap.js';

interface SegStops {
  /** Sorted parameters along the segment, 0 first and 1 last. */
  ts: number[];
  nodes: number[];
  lenMm: number;
  tag: number;
}

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

/**
 * Dijkstra from one tray point, run only as far as the targets asked so far (a source asks for a
 * few, most of them near): `settle` goes on from where it stopped, popping in the same order as
 * one uninterrupted run, so distances and predecessors are the same as a full run's.
 */
interface SourceTree {
  /** The source point's id. */
  id: number;
  /** Its place in the graph's list of trees kept. */
  slot: number;
  dist: Float64Array;
  prev: Int32Array;
  prevTag: Int32Array;
  /** 1 where a node's distance (and so its path back to the source) is final. */
  settled: Uint8Array;
  /** The step sequence (see Seq) from the source to each settled node asked so far; -1 unknown. */
  seqAt: Int32Array;
  /** The frontier; once it has run out, every node reachable is settled. */
  heap: MinHeap;
}

/** Bytes of Dijkstra trees kept (about 36 per graph node each), the most recently used first: a
 * 131,072-GPU hall asks 4,480 trees of 3,574 nodes (256 MB when all were kept), but its cables
 * come grouped by rack, so the tree in use is nearly always the last one. A tree dropped and
 * asked again is recomputed (the same tree). */
const TREE_BUDGET_BYTES = 16 << 20;
const TREE_BYTES_PER_NODE = 36;

/**
 * A distinct sequence of tray segments (tags), made once and shared by every path that takes it:
 * 100,000 cables over a few dozen trays take a few thousand sequences, so a path's steps are
 * found, not built, per cable.
 */
interface Seq {
  steps: RouteStep[];
  /** The same steps from the other end, made when first asked. */
  reversed: RouteStep[] | null;
  last: number;
}

interface PointState {
  attach: Attach | null;
  /** Bit per point id: the points a path from this point was first asked to (see shortest()).
   * A bit array rather than a Set: 100,000 cables ask nearly as many pairs. */
  asked: Uint32Array | null;
}

/** The stretch of a segment a tray point lies on, with its two end nodes and distances to them. */
interface Attach {
  s: SegStops;
  k: number;
  /** The stretch's two end nodes and the distance from the point to each, mm. */
  n0: number;
  w0: number;
  n1: number;
  w1: number;
}

export class TrayGraph {
  readonly trays = new Map<Id, Tray>();
  private segs = new Map<Id, SegStops[]>();
  private tags: RouteStep[] = [];
  private nodeCount = 0;
  private nodeX: number[] = [];
  private nodeY: number[] = [];
  private adjStart!: Int32Array;
  private adjTo!: Int32Array;
  private adjW!: Float64Array;
  private adjTag!: Int32Array;
  private pointIds = new Map<string, number>();
  /** By point id (a dense array: ids are handed out in order): the same few thousand drop points
   * serve every cable. */
  private points: PointState[] = [];
  /** Dijkstra trees by source point id (see TREE_BUDGET_BYTES); the trees kept, with the clock of
   * each one's last use in a number array (the least recently used one makes room: a scan of
   * numbers, not of the trees). */
  private trees: (SourceTree | undefined)[] = [];
  private kept: SourceTree[] = [];
  private keptUsed: number[] = [];
  private clock = 0;
  /** Step sequences by id (see Seq), each sequence's one-tag extensions by tag, the one-tag
   * sequences by tag. */
  private seqs: Seq[] = [];
  private seqNext: (Map<number, number> | undefined)[] = [];
  private seqOfTag: number[] = [];
  /** seqAtNode's nodes on the way up (a node appears once: a path visits it once). */
  private scratch = new Int32Array(0);
  /** The last sequence found: source point, end node, b's segment tag, sequence id. */
  private memo = new Int32Array([-1, -2, -1, -1]);
  /** The length of the path shortestSteps() last found, mm. */
  lastMm = 0;

  /** treeBudgetBytes: see TREE_BUDGET_BYTES (at least one tree is always kept). */
  constructor(trays: readonly Tray[], private readonly treeBudgetBytes = TREE_BUDGET_BYTES) {
    for (const t of trays) if (t.points.length >= 2) this.trays.set(t.id, t);
    this.build();
  }

  /** Trays of a hall, for choosing a rack's drop tray. */
  traysOfHall(hallId: Id): Tray[] {
    return [...this.trays.values()].filter((t) => t.hallId === hallId);
  }

  /** The point of a tray nearest to a floor point. */
  dropOn(tray: Tray, p: Pt): TrayPoint & { d: number } {
    const n = nearestOnPolyline(p, tray.points);
    return { trayId: tray.id, seg: n.seg, t: n.t, point: n.point, d: n.d };
  }

  /** A small integer naming a tray point, so that cached paths are keyed by numbers. */
  pointId(p: TrayPoint): number {
    const k = `${p.trayId}:${p.seg}:${Math.round(p.t * 1e6)}`;
    let id = this.pointIds.get(k);
    if (id === undefined) {
      this.pointIds.set(k, (id = this.points.length));
      this.points.push({ attach: this.attach(p), asked: null });
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
      if (hasBit(this.points[ib]!.asked, ia)) return this.compute(b, ib, a, ia, true);
      this.points[ia]!.asked = withBit(this.points[ia]!.asked, ib);
    }
    return this.compute(a, ia, b, ib, false);
  }

  /** The plan polyline of the shortest path, for drawing (not cached). */
  polyline(a: TrayPoint, b: TrayPoint): [number, number][] | null {
    const ia = this.pointId(a);
    const ib = this.pointId(b);
    if (!this.compute(a, ia, b, ib, false)) return null;
    const tree = this.trees[ia]!;
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

  /** The steps from a to b (`reversed`: from b back to a), with the length in lastMm. */
  private compute(a: TrayPoint, ia: number, b: TrayPoint, ib: number, reversed: boolean): RouteStep[] | null {
    const sa = this.points[ia]!.attach;
    const sb = this.points[ib]!.attach;
    if (!sa || !sb) return null;
    let best = Infinity;
    let end = -1;
    // Both on the same stretch of one segment: straight along the tray.
    if (a.trayId === b.trayId && a.seg === b.seg && sa.k === sb.k) best = Math.abs(a.t - b.t) * sa.s.lenMm;
    const tree = this.treeOf(ia, sa);
    this.settle(tree, sb.n0);
    this.settle(tree, sb.n1);
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
    const memo = this.memo;
    if (memo[0] !== ia || memo[1] !== end || memo[2] !== sb.s.tag) {
      memo[0] = ia;
      memo[1] = end;
      memo[2] = sb.s.tag;
      memo[3] = this.extend(end < 0 ? this.seqOf(sa.s.tag) : this.seqAtNode(tree, end, sa.s.tag), sb.s.tag);
    }
    const seq = this.seqs[memo[3]!]!;
    return reversed ? (seq.reversed ??= seq.steps.slice().reverse()) : seq.steps;
  }

  /** The sequence of the path from a tree's source to one of its settled nodes. */
  private seqAtNode(tree: SourceTree, node: number, tagA: number): number {
    const { prev, prevTag, seqAt } = tree;
    // up to the first node known (or the source's stretch), then back down extending
    if (this.scratch.length < this.nodeCount) this.scratch = new Int32Array(this.nodeCount);
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
    let id = this.seqOfTag[tag];
    if (id === undefined) {
      id = this.seqs.push({ steps: [this.tags[tag]!], reversed: null, last: tag }) - 1;
      this.seqOfTag[tag] = id;
    }
    return id;
  }

  /** A sequence with one more segment (the same sequence when it already ends on that segment). */
  private extend(seq: number, tag: number): number {
    const s = this.seqs[seq]!;
    if (s.last === tag) return seq;
    const next = (this.seqNext[seq] ??= new Map());
    let id = next.get(tag);
    if (id === undefined) {
      id = this.seqs.push({ steps: [...s.steps, this.tags[tag]!], reversed: null, last: tag }) - 1;
      next.set(tag, id);
    }
    return id;
  }

  private attach(p: TrayPoint): Attach | null {
    const s = this.segs.get(p.trayId)?.[p.seg];
    if (!s) return null;
    let k = 0;
    while (k + 2 < s.ts.length && s.ts[k + 1]! <= p.t) k++;
    return { s, k, n0: s.nodes[k]!, w0: (p.t - s.ts[k]!) * s.lenMm, n1: s.nodes[k + 1]!, w1: (s.ts[k + 1]! - p.t) * s.lenMm };
  }

  /** The Dijkstra tree from a point, kept while it is among the most recently used. */
  private treeOf(id: number, from: Attach): SourceTree {
    let tree = this.trees[id];
    if (!tree) {
      // The least recently used tree makes room, and its arrays are reused: allocating the
      // typed arrays per source cost more than the searches themselves.
      const keep = Math.max(1, Math.floor(this.treeBudgetBytes / (TREE_BYTES_PER_NODE * Math.max(1, this.nodeCount))));
      let spare: SourceTree | undefined;
      while (this.kept.length >= keep) {
        const used = this.keptUsed;
        let oldest = 0;
        for (let i = 1; i < used.length; i++) if (used[i]! < used[oldest]!) oldest = i;
        spare = this.kept[oldest]!;
        this.trees[spare.id] = undefined;
        const last = this.kept.pop()!;
        const lastUsed = used.pop()!;
        if (oldest < this.kept.length) {
          this.kept[oldest] = last;
          used[oldest] = lastUsed;
          last.slot = oldest;
        }
      }
      this.trees[id] = tree = this.dijkstra(id, from, spare);
      tree.slot = this.kept.length;
      this.kept.push(tree);
      this.keptUsed.push(0);
    }
    this.keptUsed[tree.slot] = ++this.clock;
    return tree;
  }

  private dijkstra(id: number, from: Attach, spare?: SourceTree): SourceTree {
    const n = this.nodeCount;
    const tree = spare ?? {
      id, slot: 0, dist: new Float64Array(n), prev: new Int32Array(n), prevTag: new Int32Array(n), settled: new Uint8Array(n), seqAt: new Int32Array(n), heap: new MinHeap(64),
    };
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

  /** Runs a tree's Dijkstra on until `node` is settled or nothing is left to settle. */
  private settle(tree: SourceTree, node: number): void {
    const heap = tree.heap;
    if (heap.size === 0 || tree.settled[node]) return;
    const { dist, prev, prevTag, settled } = tree;
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
      if (u === node) return;
    }
  }

  private build(): void {
    const trays = [...this.trays.values()];
    // 1. Stops on every segment: its ends, then junctions found below.
    const stops = new Map<Id, number[][]>();
    for (const t of trays) stops.set(t.id, t.points.slice(1).map(() => [0, 1]));
    const junctions: { a: [Id, number, number]; b: [Id, number, number]; w: number }[] = [];
    const flat: { tray: Tray; seg: number; p: Pt; q: Pt; box: [number, number, number, number] }[] = [];
    for (const t of trays) {
      for (let i = 0; i + 1 < t.points.length; i++) {
        const p = t.points[i]!;
        const q = t.points[i + 1]!;
        flat.push({ tray: t, seg: i, p, q, box: [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])] });
      }
    }
    flat.sort((x, y) => x.box[0] - y.box[0]);
    const maxW = trays.reduce((m, t) => Math.max(m, t.widthMm), 0);
    for (let i = 0; i < flat.length; i++) {
      const A = flat[i]!;
      for (let j = i + 1; j < flat.length && flat[j]!.box[0] <= A.box[2] + maxW; j++) {
        const B = flat[j]!;
        if (A.tray.id === B.tray.id || A.tray.hallId !== B.tray.hallId) continue;
        const tol = (A.tray.widthMm + B.tray.widthMm) / 2;
        if (B.box[1] > A.box[3] + tol || A.box[1] > B.box[3] + tol) continue;
        const dh = Math.abs(A.tray.heightMm - B.tray.heightMm);
        const x = segmentIntersection(A.p, A.q, B.p, B.q);
        if (x) {
          junctions.push({ a: [A.tray.id, A.seg, x.t], b: [B.tray.id, B.seg, x.u], w: dh });
          continue;
        }
        // A tray's end that stops at (or just short of) another tray joins it.
        for (const [S, O] of [[A, B], [B, A]] as const) {
          const ends: [Pt, number][] = [];
          if (S.seg === 0) ends.push([S.p, 0]);
          if (S.seg === S.tray.points.length - 2) ends.push([S.q, 1]);
          for (const [e, te] of ends) {
            const u = projectT(e, O.p, O.q);
            const d = dist(e, lerp(O.p, O.q, u));
            if (d <= tol) junctions.push({ a: [S.tray.id, S.seg, te], b: [O.tray.id, O.seg, u], w: d + dh });
          }
        }
      }
    }
    for (const j of junctions) {
      stops.get(j.a[0])![j.a[1]]!.push(j.a[2]);
      stops.get(j.b[0])![j.b[1]]!.push(j.b[2]);
    }
    // 2. Nodes: one per vertex, one per distinct interior stop.
    const edges: [number, number, number, number][] = [];
    for (const t of trays) {
      const vnode = t.points.map((p) => this.newNode(p));
      const list: SegStops[] = [];
      for (let i = 0; i + 1 < t.points.length; i++) {
        const lenMm = dist(t.points[i]!, t.points[i + 1]!);
        const tag = this.tags.push({ trayId: t.id, seg: i }) - 1;
        const raw = stops.get(t.id)![i]!.sort((x, y) => x - y);
        const ts = [0];
        const nodes = [vnode[i]!];
        for (const v of raw) {
          if (v <= 0 || v >= 1) continue;
          if ((v - ts[ts.length - 1]!) * lenMm < 0.5 || (1 - v) * lenMm < 0.5) continue;
          ts.push(v);
          nodes.push(this.newNode(lerp(t.points[i]!, t.points[i + 1]!, v)));
        }
        ts.push(1);
        nodes.push(vnode[i + 1]!);
        for (let k = 0; k + 1 < ts.length; k++) edges.push([nodes[k]!, nodes[k + 1]!, (ts[k + 1]! - ts[k]!) * lenMm, tag]);
        list.push({ ts, nodes, lenMm, tag });
      }
      this.segs.set(t.id, list);
    }
    for (const j of junctions) edges.push([this.nodeAt(j.a), this.nodeAt(j.b), j.w, -1]);
    // 3. Compressed adjacency (both directions).
    const deg = new Int32Array(this.nodeCount + 1);
    for (const [u, v] of edges) {
      deg[u]!++;
      deg[v]!++;
    }
    this.adjStart = new Int32Array(this.nodeCount + 1);
    for (let i = 0; i < this.nodeCount; i++) this.adjStart[i + 1] = this.adjStart[i]! + deg[i]!;
    const fill = this.adjStart.slice(0, this.nodeCount);
    const m = edges.length * 2;
    this.adjTo = new Int32Array(m);
    this.adjW = new Float64Array(m);
    this.adjTag = new Int32Array(m);
    for (const [u, v, w, tag] of edges) {
      for (const [x, y] of [[u, v], [v, u]] as const) {
        const e = fill[x]!++;
        this.adjTo[e] = y;
        this.adjW[e] = w;
        this.adjTag[e] = tag;
      }
    }
  }

  private newNode(p: Pt): number {
    this.nodeX.push(p[0]);
    this.nodeY.push(p[1]);
    return this.nodeCount++;
  }

  /** The node nearest to a (tray, segment, t) stop. */
  private nodeAt([trayId, seg, t]: [Id, number, number]): number {
    const s = this.segs.get(trayId)![seg]!;
    let best = 0;
    for (let k = 1; k < s.ts.length; k++) if (Math.abs(s.ts[k]! - t) < Math.abs(s.ts[best]! - t)) best = k;
    return s.nodes[best]!;
  }
}

function hasBit(bits: Uint32Array | null, i: number): boolean {
  return bits !== null && i >>> 5 < bits.length && (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** The bits with bit i set (grown when it does not reach i). */
function withBit(bits: Uint32Array | null, i: number): Uint32Array {
  const w = i >>> 5;
  if (bits === null || w >= bits.length) {
    const grown = new Uint32Array(Math.max(w + 1, 2 * (bits?.length ?? 0)));
    if (bits) grown.set(bits);
    bits = grown;
  }
  bits[w]! |= 1 << (i & 31);
  return bits;
}
