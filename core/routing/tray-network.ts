// The tray network's graph, built once per set of trays (see tray-graph.ts): a node per polyline
// vertex and per junction stop, an edge per piece of segment between stops (tagged with its
// tray segment) and per junction, as compressed adjacency in both directions.
import type { Id, RouteStep, Tray } from '../model/entities.js';
import { dist, lerp, projectT, segmentIntersection, type Pt } from './geometry.js';

export interface SegStops {
  /** Sorted parameters along the segment, 0 first and 1 last. */
  ts: number[];
  nodes: number[];
  lenMm: number;
  tag: number;
}

export interface TrayNetwork {
  segs: Map<Id, SegStops[]>;
  /** Each segment's step, by the tag its edges carry. */
  tags: RouteStep[];
  nodeCount: number;
  nodeX: number[];
  nodeY: number[];
  adjStart: Int32Array;
  adjTo: Int32Array;
  adjW: Float64Array;
  adjTag: Int32Array;
}

/** The graph of `trays`: junctions where two trays cross or a tray's end reaches another (within half their widths). */
export function buildTrayNetwork(trays: readonly Tray[]): TrayNetwork {
  const net = { segs: new Map<Id, SegStops[]>(), tags: [] as RouteStep[], nodeCount: 0, nodeX: [] as number[], nodeY: [] as number[] };
  const newNode = (p: Pt): number => {
    net.nodeX.push(p[0]);
    net.nodeY.push(p[1]);
    return net.nodeCount++;
  };
  /** The node nearest to a (tray, segment, t) stop. */
  const nodeAt = ([trayId, seg, t]: [Id, number, number]): number => {
    const s = net.segs.get(trayId)![seg]!;
    let best = 0;
    for (let k = 1; k < s.ts.length; k++) if (Math.abs(s.ts[k]! - t) < Math.abs(s.ts[best]! - t)) best = k;
    return s.nodes[best]!;
  };
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
    const vnode = t.points.map((p) => newNode(p));
    const list: SegStops[] = [];
    for (let i = 0; i + 1 < t.points.length; i++) {
      const lenMm = dist(t.points[i]!, t.points[i + 1]!);
      const tag = net.tags.push({ trayId: t.id, seg: i }) - 1;
      const raw = stops.get(t.id)![i]!.sort((x, y) => x - y);
      const ts = [0];
      const nodes = [vnode[i]!];
      for (const v of raw) {
        if (v <= 0 || v >= 1) continue;
        if ((v - ts[ts.length - 1]!) * lenMm < 0.5 || (1 - v) * lenMm < 0.5) continue;
        ts.push(v);
        nodes.push(newNode(lerp(t.points[i]!, t.points[i + 1]!, v)));
      }
      ts.push(1);
      nodes.push(vnode[i + 1]!);
      for (let k = 0; k + 1 < ts.length; k++) edges.push([nodes[k]!, nodes[k + 1]!, (ts[k + 1]! - ts[k]!) * lenMm, tag]);
      list.push({ ts, nodes, lenMm, tag });
    }
    net.segs.set(t.id, list);
  }
  for (const j of junctions) edges.push([nodeAt(j.a), nodeAt(j.b), j.w, -1]);
  // 3. Compressed adjacency (both directions).
  const deg = new Int32Array(net.nodeCount + 1);
  for (const [u, v] of edges) {
    deg[u]!++;
    deg[v]!++;
  }
  const adjStart = new Int32Array(net.nodeCount + 1);
  for (let i = 0; i < net.nodeCount; i++) adjStart[i + 1] = adjStart[i]! + deg[i]!;
  const fill = adjStart.slice(0, net.nodeCount);
  const m = edges.length * 2;
  const adjTo = new Int32Array(m);
  const adjW = new Float64Array(m);
  const adjTag = new Int32Array(m);
  for (const [u, v, w, tag] of edges) {
    for (const [x, y] of [[u, v], [v, u]] as const) {
      const e = fill[x]!++;
      adjTo[e] = y;
      adjW[e] = w;
      adjTag[e] = tag;
    }
  }
  return { ...net, adjStart, adjTo, adjW, adjTag };
}
