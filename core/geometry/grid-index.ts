// A uniform grid of buckets over world space (mm). Each item is stored in every cell its bounding
// box touches; queries return each item once. Cheap to build (one pass) and good enough for a hall
// whose objects are roughly evenly spread, which halls are.
import type { Rect } from './footprint.js';

export class GridIndex {
  private cells = new Map<number, number[]>();
  private stamp: Uint32Array;
  private epoch = 0;
  readonly rects: Rect[] = [];

  constructor(
    private readonly cellMm: number,
    capacityHint = 1024,
  ) {
    this.stamp = new Uint32Array(capacityHint);
  }

  private key(cx: number, cy: number): number {
    // A small integer (V8 hashes it without allocating, unlike the doubles a wider key needs):
    // 2^15 cells a side (157 km at 4.8 m). Cells further apart share a key, which only adds
    // candidates that the bounding-box test then drops.
    return (((cx + 16384) & 0x7fff) << 15) | ((cy + 16384) & 0x7fff);
  }

  /** Adds item number `i` (callers use 0..n-1 indexes into their own arrays). */
  insert(i: number, r: Rect): void {
    this.rects[i] = r;
    if (i >= this.stamp.length) {
      const s = new Uint32Array(Math.max(i + 1, this.stamp.length * 2));
      s.set(this.stamp);
      this.stamp = s;
    }
    const c = this.cellMm;
    for (let cx = Math.floor(r.x0 / c); cx <= Math.floor(r.x1 / c); cx++) {
      for (let cy = Math.floor(r.y0 / c); cy <= Math.floor(r.y1 / c); cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(i);
        else this.cells.set(k, [i]);
      }
    }
  }

  /** Items whose bounding boxes intersect `r`, each once. */
  query(r: Rect, out: number[] = []): number[] {
    const c = this.cellMm;
    const e = ++this.epoch;
    const cx0 = Math.floor(r.x0 / c), cx1 = Math.floor(r.x1 / c);
    const cy0 = Math.floor(r.y0 / c), cy1 = Math.floor(r.y1 / c);
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.stamp[i] === e) continue;
          this.stamp[i] = e;
          const b = this.rects[i]!;
          if (b.x0 <= r.x1 && r.x0 <= b.x1 && b.y0 <= r.y1 && r.y0 <= b.y1) out.push(i);
        }
      }
    }
    return out;
  }
}
