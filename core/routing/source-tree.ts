// A Dijkstra tree from one tray point (see tray-graph.ts): what it holds, and its storage.
import { MinHeap } from './heap.js';

/**
 * Dijkstra from one tray point, run only as far as the targets asked so far (a source asks for a
 * few, most of them near): `settle` goes on from where it stopped, popping in the same order as
 * one uninterrupted run, so distances and predecessors are the same as a full run's.
 */
export interface SourceTree {
  /** The source point's id. */
  id: number;
  /** Its place in the graph's list of trees kept. */
  slot: number;
  dist: Float64Array;
  prev: Int32Array;
  prevTag: Int32Array;
  /** 1 where a node's distance (and so its path back to the source) is final. */
  settled: Uint8Array;
  /** The step sequence (see Seq in tray-graph.ts) from the source to each settled node asked so far; -1 unknown. */
  seqAt: Int32Array;
  /** The frontier; once it has run out, every node reachable is settled. */
  heap: MinHeap;
}

/** A tree's arrays and its heap's over one buffer (one allocation, not seven: typed arrays with
 * their own buffers cost more to make and collect than a small graph's search). The heap starts
 * with room for each node once (it grows past that on its own). */
export function newTree(id: number, n: number): SourceTree {
  const buf = new ArrayBuffer(8 * n + 8 * n + 4 * n * 4 + n);
  return {
    id,
    slot: 0,
    dist: new Float64Array(buf, 0, n),
    heap: new MinHeap(n, new Int32Array(buf, 24 * n, n), new Float64Array(buf, 8 * n, n)),
    prev: new Int32Array(buf, 16 * n, n),
    prevTag: new Int32Array(buf, 20 * n, n),
    seqAt: new Int32Array(buf, 28 * n, n),
    settled: new Uint8Array(buf, 32 * n, n),
  };
}
