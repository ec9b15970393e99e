// A binary min-heap of (node, priority) pairs for Dijkstra; stale entries are skipped by the caller.
// Typed arrays rather than JS arrays: a generated fabric runs a Dijkstra per rack (over a thousand)
// and the heap operations were most of their time.

export class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  private length = 0;

  /** nodes and keys: room to start with, when the caller has it at hand (see tray-graph's trees). */
  constructor(capacity = 64, nodes?: Int32Array, keys?: Float64Array) {
    this.nodes = nodes ?? new Int32Array(capacity);
    this.keys = keys ?? new Float64Array(nodes?.length ?? capacity);
  }

  get size(): number {
    return this.length;
  }

  clear(): void {
    this.length = 0;
  }

  push(node: number, key: number): void {
    if (this.length === this.nodes.length) this.grow();
    const n = this.nodes;
    const k = this.keys;
    let i = this.length++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      n[i] = n[p]!;
      k[i] = k[p]!;
      i = p;
    }
    n[i] = node;
    k[i] = key;
  }

  /** Removes the minimum; returns its node, with its key in `lastKey`. */
  lastKey = 0;
  pop(): number {
    const n = this.nodes;
    const k = this.keys;
    const top = n[0]!;
    this.lastKey = k[0]!;
    const len = --this.length;
    const node = n[len]!;
    const key = k[len]!;
    if (len > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= len) break;
        const r = l + 1;
        const c = r < len && k[r]! < k[l]! ? r : l;
        if (k[c]! >= key) break;
        n[i] = n[c]!;
        k[i] = k[c]!;
        i = c;
      }
      n[i] = node;
      k[i] = key;
    }
    return top;
  }

  private grow(): void {
    const nodes = new Int32Array(Math.max(64, this.nodes.length * 2));
    const keys = new Float64Array(nodes.length);
    nodes.set(this.nodes);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}
