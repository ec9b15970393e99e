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

/** Room a tree's heap starts with: its frontier stays small (at most 31 entries over the bench
 * hall's 258 nodes); a heap that outgrows it grows on its own. */
const HEAP_ROOM = 64;

/** Bytes of one tree's arrays and its heap's (rounded up to 8: each tree's Float64Arrays start aligned). */
const treeBytes = (n: number) => 8 * Math.ceil((21 * n + 12 * HEAP_ROOM) / 8);

/**
 * Makes trees, their arrays and their heap's as views of buffers shared by several trees: a
 * buffer per tree (850 for the bench hall) cost about 20 us a tree to make and collect, more than
 * a small graph's search; seven typed arrays with their own buffers each, more again.
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
    // doubles first (aligned), then the 32-bit arrays, then the bytes
    const keys = o + 8 * n;
    const ints = keys + 8 * HEAP_ROOM;
    return {
      id,
      slot: 0,
      dist: new Float64Array(buf, o, n),
      heap: new MinHeap(HEAP_ROOM, new Int32Array(buf, ints + 12 * n, HEAP_ROOM), new Float64Array(buf, keys, HEAP_ROOM)),
      prev: new Int32Array(buf, ints, n),
      prevTag: new Int32Array(buf, ints + 4 * n, n),
      seqAt: new Int32Array(buf, ints + 8 * n, n),
      settled: new Uint8Array(buf, ints + 12 * n + 4 * HEAP_ROOM, n),
    };
  }
}
