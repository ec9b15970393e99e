// Screen space already taken by labels and markers, so a label is placed where it covers nothing
// (a bundle count over a drop point read "2●2"). A hash of 32 px buckets keeps each test to the
// few boxes near it, whatever the number of drops on screen.
const B = 32;

export class LabelSpace {
  private buckets = new Map<number, number[]>();
  private boxes: number[] = [];

  private key(bx: number, by: number): number {
    return (bx + 4096) * 8192 + (by + 4096);
  }

  /** Marks a box (screen px) as taken. */
  take(x0: number, y0: number, x1: number, y1: number): void {
    const i = this.boxes.length;
    this.boxes.push(x0, y0, x1, y1);
    for (let bx = Math.floor(x0 / B); bx <= Math.floor(x1 / B); bx++) {
      for (let by = Math.floor(y0 / B); by <= Math.floor(y1 / B); by++) {
        const k = this.key(bx, by);
        const l = this.buckets.get(k);
        if (l) l.push(i);
        else this.buckets.set(k, [i]);
      }
    }
  }

  /** True when the box overlaps nothing taken. */
  free(x0: number, y0: number, x1: number, y1: number): boolean {
    const b = this.boxes;
    for (let bx = Math.floor(x0 / B); bx <= Math.floor(x1 / B); bx++) {
      for (let by = Math.floor(y0 / B); by <= Math.floor(y1 / B); by++) {
        for (const i of this.buckets.get(this.key(bx, by)) ?? []) {
          if (b[i]! < x1 && x0 < b[i + 2]! && b[i + 1]! < y1 && y0 < b[i + 3]!) return false;
        }
      }
    }
    return true;
  }
}
