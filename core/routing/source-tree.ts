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

/** Bytes of one tree's arrays and its heap's (rounded up to 8: each tree's Float64Arrays start aligned). */
const treeBytes = (n: number) => 8 * Math.ceil((33 * n) / 8);

/**
 * Makes trees, their arrays and their heap's as views of buffers shared by several trees: a
 * buffer per tree (850 for the bench hall) cost about 20 us a tree to make and collect, more than
 * a small graph's search; seven typed arrays with their own buffers each, more again. The heap
 * starts with room for each node once (it grows past that on its own).
 */
export class TreeStore {
  private buf: ArrayBuffer | null = null;
  private used = 0;
  constructor(
    private readonly n: number,
    private readonly perBuffer: number,
  ) {}

  make(id: number): SourceTree {
    const n = this.n;
    const bytes = treeBytes(n);
    if (this.buf === null || this.used + bytes > this.buf.byteLength) {
      this.buf = new ArrayBuffer(bytes * this.perBuffer);
      this.used = 0;
    }
    const buf = this.buf;
    const o = this.used;
    this.used += bytes;
    return {
      id,
      slot: 0,
      dist: new Float64Array(buf, o, n),
      heap: new MinHeap(n, new Int32Array(buf, o + 24 * n, n), new Float64Array(buf, o + 8 * n, n)),
      prev: new Int32Array(buf, o + 16 * n, n),
      prevTag: new Int32Array(buf, o + 20 * n, n),
      seqAt: new Int32Array(buf, o + 28 * n, n),
      settled: new Uint8Array(buf, o + 32 * n, n),
    };
  }
}
