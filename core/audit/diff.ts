// Pairs planned links with found links by their normalised ends. Every lookup is a Map keyed by
// the end's number (see DiffEnd), so the work is linear in the number of links (see the bench).
//   1. matched:    both ends of a found link are the two ends of one planned link
//   2. swapped:    found (a1,b2) and (a2,b1) where the plan has (a1,b1) and (a2,b2): one item
//   3. miswired:   one end of a found link is an end of a planned link, the other end differs
//   4. unexpected: found links left; missing: planned links left (unaudited when out of scope)

export interface DiffEnd {
  /**
   * The end's identity: the plan's port id where the end resolves to a plan port, else a
   * negative number standing for its normalised "host<TAB>port" (or "host<TAB>?" when unnamed).
   */
  key: number;
  host: string;
  unnamed: boolean;
}

export interface DiffLink {
  a: DiffEnd;
  b: DiffEnd;
}

export type Pairing =
  | { class: 'matched'; p: number; f: number }
  | { class: 'miswired'; p: number; f: number }
  | { class: 'swapped'; p: [number, number]; f: [number, number] }
  | { class: 'unexpected'; f: number }
  | { class: 'missing'; p: number }
  | { class: 'unaudited'; p: number };

/**
 * key -> index. Plan port ids are small dense integers, so a typed array serves them; other keys
 * (negative: ends outside the plan) go to a Map.
 */
class KeyIndex {
  private arr: Int32Array;
  private rest = new Map<number, number>();
  constructor(maxKey: number) {
    this.arr = new Int32Array(maxKey >= 0 && maxKey < 1 << 26 ? maxKey + 1 : 0).fill(-1);
  }
  get(key: number): number | undefined {
    if (key >= 0 && key < this.arr.length) {
      const v = this.arr[key]!;
      return v < 0 ? undefined : v;
    }
    return this.rest.get(key);
  }
  has(key: number): boolean {
    return this.get(key) !== undefined;
  }
  set(key: number, value: number): void {
    if (key >= 0 && key < this.arr.length) this.arr[key] = value;
    else this.rest.set(key, value);
  }
}

export function pairLinks(plan: readonly DiffLink[], found: readonly DiffLink[], scope: ReadonlySet<string> | null): Pairing[] {
  const out: Pairing[] = [];
  let maxKey = -1;
  for (const p of plan) maxKey = Math.max(maxKey, p.a.key, p.b.key);
  const planAt = new KeyIndex(maxKey);
  plan.forEach((p, i) => {
    if (!planAt.has(p.a.key)) planAt.set(p.a.key, i);
    if (!planAt.has(p.b.key)) planAt.set(p.b.key, i);
  });
  const pDone = new Uint8Array(plan.length);
  const fDone = new Uint8Array(found.length);
  const otherEnd = (p: DiffLink, key: number) => (p.a.key === key ? p.b : p.a);

  // 1. matched
  found.forEach((f, fi) => {
    let pi: number | undefined;
    if (!f.a.unnamed && !f.b.unnamed) {
      pi = planAt.get(f.a.key);
      if (pi === undefined || planAt.get(f.b.key) !== pi) pi = undefined;
      else {
        const p = plan[pi]!;
        // the same two ends (a planned loop on one port would otherwise match itself)
        if (!((p.a.key === f.a.key && p.b.key === f.b.key) || (p.a.key === f.b.key && p.b.key === f.a.key))) pi = undefined;
      }
    } else if (f.a.unnamed !== f.b.unnamed) {
      const named = f.a.unnamed ? f.b : f.a;
      const far = f.a.unnamed ? f.a : f.b;
      pi = planAt.get(named.key);
      if (pi !== undefined && otherEnd(plan[pi]!, named.key).host !== far.host) pi = undefined;
    }
    if (pi !== undefined && !pDone[pi]) {
      pDone[pi] = 1;
      fDone[fi] = 1;
      out.push({ class: 'matched', p: pi, f: fi });
    }
  });

  // 2. swapped pairs
  const foundAt = new KeyIndex(maxKey);
  found.forEach((f, fi) => {
    if (fDone[fi]) return;
    if (!f.a.unnamed && !foundAt.has(f.a.key)) foundAt.set(f.a.key, fi);
    if (!f.b.unnamed && !foundAt.has(f.b.key)) foundAt.set(f.b.key, fi);
  });
  found.forEach((f, fi) => {
    if (fDone[fi] || f.a.unnamed || f.b.unnamed) return;
    const x = planAt.get(f.a.key);
    const y = planAt.get(f.b.key);
    if (x === undefined || y === undefined || x === y || pDone[x] || pDone[y]) return;
    const xFar = otherEnd(plan[x]!, f.a.key).key;
    const yFar = otherEnd(plan[y]!, f.b.key).key;
    const gi = foundAt.get(xFar);
    if (gi === undefined || gi === fi || fDone[gi]) return;
    const g = found[gi]!;
    const gOther = g.a.key === xFar ? g.b.key : g.a.key;
    if (gOther !== yFar) return;
    pDone[x] = pDone[y] = 1;
    fDone[fi] = fDone[gi] = 1;
    out.push({ class: 'swapped', p: [x, y], f: [fi, gi] });
  });

  // 3. miswired: one end right
  found.forEach((f, fi) => {
    if (fDone[fi]) return;
    for (const e of [f.a, f.b]) {
      if (e.unnamed) continue;
      const pi = planAt.get(e.key);
      if (pi !== undefined && !pDone[pi]) {
        pDone[pi] = 1;
        fDone[fi] = 1;
        out.push({ class: 'miswired', p: pi, f: fi });
        return;
      }
    }
  });

  // 4. what is left
  found.forEach((_, fi) => {
    if (!fDone[fi]) out.push({ class: 'unexpected', f: fi });
  });
  plan.forEach((p, pi) => {
    if (pDone[pi]) return;
    const inScope = scope === null || scope.has(p.a.host) || scope.has(p.b.host);
    out.push(inScope ? { class: 'missing', p: pi } : { class: 'unaudited', p: pi });
  });
  return out;
}
