// Pairs planned links with found links by their normalised ends. Every lookup is a Map keyed by
// the end's number (see DiffLink), so the work is linear in the number of links (see the bench).
//   1. matched:    both ends of a found link are the two ends of one planned link
//   2. swapped:    found (a1,b2) and (a2,b1) where the plan has (a1,b1) and (a2,b2): one item
//   3. miswired:   one end of a found link is an end of a planned link, the other end differs
//   4. unexpected: found links left; missing: planned links left (unaudited when out of scope)

/**
 * A link for pairing, flat (the diff handles 100,000s of them). An end's key is the plan's port
 * id where the end resolves to a plan port, else a negative number standing for its normalised
 * "host<TAB>port" (or "host<TAB>?" when the source did not name the port: `unnamed`).
 */
export interface DiffLink {
  aKey: number;
  bKey: number;
  /** Normalised host names, for scope and for matching unnamed ports on their host. */
  aHost: string;
  bHost: string;
  aUnnamed: boolean;
  bUnnamed: boolean;
}

/** Differences; matched links are reported in `matchedFound` (index of the found link per planned one, -1 when none). */
export type Pairing =
  | { class: 'miswired'; p: number; f: number }
  | { class: 'swapped'; p: [number, number]; f: [number, number] }
  | { class: 'unexpected'; f: number }
  | { class: 'missing'; p: number }
  | { class: 'unaudited'; p: number };

export interface Pairings {
  matchedFound: Int32Array;
  differences: Pairing[];
}

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

export function pairLinks(plan: readonly DiffLink[], found: readonly DiffLink[], scope: ReadonlySet<string> | null): Pairings {
  const out: Pairing[] = [];
  let maxKey = -1;
  for (const p of plan) maxKey = Math.max(maxKey, p.aKey, p.bKey);
  const planAt = new KeyIndex(maxKey);
  plan.forEach((p, i) => {
    if (!planAt.has(p.aKey)) planAt.set(p.aKey, i);
    if (!planAt.has(p.bKey)) planAt.set(p.bKey, i);
  });
  const matchedFound = new Int32Array(plan.length).fill(-1);
  const pDone = new Uint8Array(plan.length);
  const fDone = new Uint8Array(found.length);
  const otherKey = (p: DiffLink, key: number) => (p.aKey === key ? p.bKey : p.aKey);
  const otherHost = (p: DiffLink, key: number) => (p.aKey === key ? p.bHost : p.aHost);

  // 1. matched
  found.forEach((f, fi) => {
    let pi: number | undefined;
    if (!f.aUnnamed && !f.bUnnamed) {
      pi = planAt.get(f.aKey);
      if (pi === undefined || planAt.get(f.bKey) !== pi) pi = undefined;
      else {
        const p = plan[pi]!;
        // the same two ends (a planned loop on one port would otherwise match itself)
        if (!((p.aKey === f.aKey && p.bKey === f.bKey) || (p.aKey === f.bKey && p.bKey === f.aKey))) pi = undefined;
      }
    } else if (f.aUnnamed !== f.bUnnamed) {
      const namedKey = f.aUnnamed ? f.bKey : f.aKey;
      const farHost = f.aUnnamed ? f.aHost : f.bHost;
      pi = planAt.get(namedKey);
      if (pi !== undefined && otherHost(plan[pi]!, namedKey) !== farHost) pi = undefined;
    }
    if (pi !== undefined && !pDone[pi]) {
      pDone[pi] = 1;
      fDone[fi] = 1;
      matchedFound[pi] = fi;
    }
  });

  // 2. swapped pairs
  const foundAt = new KeyIndex(maxKey);
  found.forEach((f, fi) => {
    if (fDone[fi]) return;
    if (!f.aUnnamed && !foundAt.has(f.aKey)) foundAt.set(f.aKey, fi);
    if (!f.bUnnamed && !foundAt.has(f.bKey)) foundAt.set(f.bKey, fi);
  });
  found.forEach((f, fi) => {
    if (fDone[fi] || f.aUnnamed || f.bUnnamed) return;
    const x = planAt.get(f.aKey);
    const y = planAt.get(f.bKey);
    if (x === undefined || y === undefined || x === y || pDone[x] || pDone[y]) return;
    const xFar = otherKey(plan[x]!, f.aKey);
    const yFar = otherKey(plan[y]!, f.bKey);
    const gi = foundAt.get(xFar);
    if (gi === undefined || gi === fi || fDone[gi]) return;
    if (otherKey(found[gi]!, xFar) !== yFar) return;
    pDone[x] = pDone[y] = 1;
    fDone[fi] = fDone[gi] = 1;
    out.push({ class: 'swapped', p: [x, y], f: [fi, gi] });
  });

  // 3. miswired: one end right
  found.forEach((f, fi) => {
    if (fDone[fi]) return;
    for (const [key, unnamed] of [[f.aKey, f.aUnnamed], [f.bKey, f.bUnnamed]] as const) {
      if (unnamed) continue;
      const pi = planAt.get(key);
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
    const inScope = scope === null || scope.has(p.aHost) || scope.has(p.bHost);
    out.push(inScope ? { class: 'missing', p: pi } : { class: 'unaudited', p: pi });
  });
  return { matchedFound, differences: out };
}
