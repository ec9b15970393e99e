// A binary min-heap of (node, priority) pairs for Dijkstra; stale entries are skipped by the caller.

export class MinHeap {
  private nodes: number[] = [];
  private keys: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(node: number, key: number): void {
    const n = this.nodes;
    const k = this.keys;
    let i = n.length;
    n.push(node);
    k.push(key);
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
    const node = n.pop()!;
    const key = k.pop()!;
    const len = n.length;
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
}
