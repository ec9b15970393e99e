// Pairs planned links with found links by their normalised ends. Every lookup is a Map keyed by
// the end's number (see LinkTable), so the work is linear in the number of links (see the bench).
//   1. matched:    both ends of a found link are the two ends of one planned link
//   2. swapped:    found (a1,b2) and (a2,b1) where the plan has (a1,b1) and (a2,b2): one item
//   3. miswired:   one end of a found link is an end of a planned link, the other end differs
//   4. unexpected: found links left; missing: planned links left (unaudited when out of scope)

/**
 * Links for pairing, as columns (the diff handles 100,000s of them). An end's key is the plan's
 * port id where the end resolves to a plan port, else a negative number standing for its
 * normalised "host<TAB>port" (or "host<TAB>?" when the source did not name the port).
 */
export interface LinkTable {
  length: number;
  aKey: Int32Array;
  bKey: Int32Array;
  /** Normalised host names, for scope and for matching unnamed ports on their host. */
  aHost: string[];
  bHost: string[];
  /** A_UNNAMED | B_UNNAMED | REDUNDANT */
  flags: Uint8Array;
}

export const A_UNNAMED = 1;
export const B_UNNAMED = 2;
/** A found link another report already gives better (it named the port this one did not). */
export const REDUNDANT = 4;

export function linkTable(capacity: number): LinkTable {
  return { length: 0, aKey: new Int32Array(capacity), bKey: new Int32Array(capacity), aHost: [], bHost: [], flags: new Uint8Array(capacity) };
}

/** Differences; matched links are in `matchedFound` (the found link's index per planned one, -1 when none). */
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

export function pairLinks(plan: LinkTable, found: LinkTable, scope: ReadonlySet<string> | null, cableInScope: Uint8Array | null = null): Pairings {
  const out: Pairing[] = [];
  const P = plan.length;
  const F = found.length;
  let maxKey = -1;
  for (let i = 0; i < P; i++) maxKey = Math.max(maxKey, plan.aKey[i]!, plan.bKey[i]!);
  const planAt = new KeyIndex(maxKey);
  for (let i = 0; i < P; i++) {
    if (!planAt.has(plan.aKey[i]!)) planAt.set(plan.aKey[i]!, i);
    if (!planAt.has(plan.bKey[i]!)) planAt.set(plan.bKey[i]!, i);
  }
  const matchedFound = new Int32Array(P).fill(-1);
  const pDone = new Uint8Array(P);
  const fDone = new Uint8Array(F);
  for (let fi = 0; fi < F; fi++) if (found.flags[fi]! & REDUNDANT) fDone[fi] = 2;
  const otherKey = (pi: number, key: number) => (plan.aKey[pi] === key ? plan.bKey[pi]! : plan.aKey[pi]!);
  const otherHost = (pi: number, key: number) => (plan.aKey[pi] === key ? plan.bHost[pi]! : plan.aHost[pi]!);
  const named = (fi: number) => (found.flags[fi]! & (A_UNNAMED | B_UNNAMED)) === 0;

  // 1. matched
  for (let fi = 0; fi < F; fi++) {
    if (fDone[fi]) continue;
    const fa = found.aKey[fi]!;
    const fb = found.bKey[fi]!;
    const flags = found.flags[fi]!;
    let pi: number | undefined;
    if (named(fi)) {
      pi = planAt.get(fa);
      // both ends on one planned cable, and they are its two ends (a planned loop would match itself)
      if (pi !== undefined && !(planAt.get(fb) === pi && ((plan.aKey[pi] === fa && plan.bKey[pi] === fb) || (plan.aKey[pi] === fb && plan.bKey[pi] === fa)))) pi = undefined;
    } else if ((flags & (A_UNNAMED | B_UNNAMED)) !== (A_UNNAMED | B_UNNAMED)) {
      // exactly one end unnamed: match on the named end and the other end's host
      const namedKey = flags & A_UNNAMED ? fb : fa;
      const farHost = flags & A_UNNAMED ? found.aHost[fi]! : found.bHost[fi]!;
      pi = planAt.get(namedKey);
      if (pi !== undefined && otherHost(pi, namedKey) !== farHost) pi = undefined;
    }
    if (pi !== undefined && !pDone[pi]) {
      pDone[pi] = 1;
      fDone[fi] = 1;
      matchedFound[pi] = fi;
    } else if (pi !== undefined && !named(fi)) {
      // The other end's report of a link already matched, both naming only their own port (two
      // Junos neighbours sending ifIndexes without descriptions): the same cable seen twice.
      fDone[fi] = 2;
    }
  }

  // 2. swapped pairs
  const foundAt = new KeyIndex(maxKey);
  for (let fi = 0; fi < F; fi++) {
    if (fDone[fi]) continue;
    const flags = found.flags[fi]!;
    if (!(flags & A_UNNAMED) && !foundAt.has(found.aKey[fi]!)) foundAt.set(found.aKey[fi]!, fi);
    if (!(flags & B_UNNAMED) && !foundAt.has(found.bKey[fi]!)) foundAt.set(found.bKey[fi]!, fi);
  }
  for (let fi = 0; fi < F; fi++) {
    if (fDone[fi] || !named(fi)) continue;
    const fa = found.aKey[fi]!;
    const fb = found.bKey[fi]!;
    const x = planAt.get(fa);
    const y = planAt.get(fb);
    if (x === undefined || y === undefined || x === y || pDone[x] || pDone[y]) continue;
    const xFar = otherKey(x, fa);
    const yFar = otherKey(y, fb);
    const gi = foundAt.get(xFar);
    if (gi === undefined || gi === fi || fDone[gi]) continue;
    const gOther = found.aKey[gi] === xFar ? found.bKey[gi]! : found.aKey[gi]!;
    if (gOther !== yFar) continue;
    pDone[x] = pDone[y] = 1;
    fDone[fi] = fDone[gi] = 1;
    out.push({ class: 'swapped', p: [x, y], f: [fi, gi] });
  }

  // 3. miswired: one end right
  for (let fi = 0; fi < F; fi++) {
    if (fDone[fi]) continue;
    const flags = found.flags[fi]!;
    for (const [key, unnamed] of [[found.aKey[fi]!, flags & A_UNNAMED], [found.bKey[fi]!, flags & B_UNNAMED]] as const) {
      if (unnamed) continue;
      const pi = planAt.get(key);
      if (pi !== undefined && !pDone[pi]) {
        pDone[pi] = 1;
        fDone[fi] = 1;
        out.push({ class: 'miswired', p: pi, f: fi });
        break;
      }
    }
  }

  // 4. what is left
  for (let fi = 0; fi < F; fi++) if (!fDone[fi]) out.push({ class: 'unexpected', f: fi });
  for (let pi = 0; pi < P; pi++) {
    if (pDone[pi]) continue;
    const inScope = scope === null || cableInScope?.[pi] === 1 || scope.has(plan.aHost[pi]!) || scope.has(plan.bHost[pi]!);
    out.push(inScope ? { class: 'missing', p: pi } : { class: 'unaudited', p: pi });
  }
  return { matchedFound, differences: out };
}
