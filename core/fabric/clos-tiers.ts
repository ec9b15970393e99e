// The tiers above the leaves of a folded Clos, shared by the Clos, rail-optimized and rail-only
// generators.
//
// Two tiers: S spines, S the smallest divisor of the leaf's uplink count u with S * R >= L * u, so
// that every leaf has the same number of links (u / S) to every spine. This is what NVIDIA's
// DGX SuperPOD tables do where the naive ceil(L * u / R) would not divide evenly (H100, 3 SU:
// 16 spines, not 12; B300 XDR, 4 SU: 18 spines, not 16).
//
// Three tiers: Al-Fares pods (spine-leaf groups, "SLG" in NVIDIA's bring-up guide) of R/2 leaves
// and u spines, each leaf one link to each spine of its pod; spine j of every pod joins core group
// j (NVIDIA's "CG"). A core group has the fewest cores that divide a spine's R/2 uplinks evenly and
// still offer every pod a port: ceil(pods / 2) for full pods, R/2 for the full k-ary fat tree, so
// k-ary trees give (k/2)^2 cores and SuperPOD 16 SU gives 64.
import { FabricInputError } from './hardware.js';
import { digits, pad, type Topology } from './topology.js';

export function smallestDivisorAtLeast(n: number, min: number): number {
  for (let s = Math.max(1, min); s <= n; s++) if (n % s === 0) return s;
  return n;
}

export interface UpperTierSpec {
  /** Device indexes of the leaves, in order. */
  leaves: number[];
  /** Uplink ports per leaf; uplink k is fabric port `down + k`. */
  down: number;
  up: number;
  radix: number;
  tiers: 2 | 3;
  /** Name prefix for spines and cores, e.g. "" or "r1-" for a rail of a rail-only fabric. */
  prefix: string;
  tierLeafSpine: number;
  tierSpineCore: number;
}

export function maxLeavesFor(tiers: 2 | 3, radix: number): number {
  const half = Math.floor(radix / 2);
  return tiers === 2 ? radix : half * radix;
}

export function addUpperTiers(t: Topology, s: UpperTierSpec): void {
  const L = s.leaves.length;
  const R = s.radix;
  if (L === 0 || s.up === 0) return;
  if (L > maxLeavesFor(s.tiers, R)) {
    throw new FabricInputError(
      `${L} leaves need more than ${s.tiers} tiers of radix-${R} switches (at most ${maxLeavesFor(s.tiers, R)} leaves)`,
      'tiers',
    );
  }
  if (s.tiers === 2) {
    const S = smallestDivisorAtLeast(s.up, Math.ceil((L * s.up) / R));
    const m = s.up / S;
    const w = digits(S);
    const spines: number[] = [];
    for (let j = 0; j < S; j++) spines.push(t.add(`${s.prefix}spine${pad(j + 1, w)}`, 'spine', -1));
    for (let l = 0; l < L; l++) {
      for (let j = 0; j < S; j++) {
        for (let k = 0; k < m; k++) t.link(s.leaves[l]!, s.down + j * m + k, spines[j]!, l * m + k, s.tierLeafSpine);
      }
    }
    return;
  }
  const half = Math.floor(R / 2);
  if (s.up > half) throw new FabricInputError(`a leaf with ${s.up} uplinks cannot feed radix-${R} spines in three tiers`, 'oversubscription');
  const podLeaves = half;
  const podSpines = s.up;
  const pods = Math.ceil(L / podLeaves);
  const groupCores = smallestDivisorAtLeast(half, Math.ceil((pods * half) / R));
  const n = half / groupCores;
  const spineCount = pods * podSpines;
  const ws = digits(spineCount);
  const spines: number[] = [];
  for (let i = 0; i < spineCount; i++) spines.push(t.add(`${s.prefix}spine${pad(i + 1, ws)}`, 'spine', -1));
  const coreCount = podSpines * groupCores;
  const wc = digits(coreCount);
  const cores: number[] = [];
  for (let i = 0; i < coreCount; i++) cores.push(t.add(`${s.prefix}core${pad(i + 1, wc)}`, 'core', -1));
  for (let l = 0; l < L; l++) {
    const pod = Math.floor(l / podLeaves);
    const local = l % podLeaves;
    for (let j = 0; j < podSpines; j++) t.link(s.leaves[l]!, s.down + j, spines[pod * podSpines + j]!, local, s.tierLeafSpine);
  }
  for (let pod = 0; pod < pods; pod++) {
    for (let j = 0; j < podSpines; j++) {
      const spine = spines[pod * podSpines + j]!;
      for (let c = 0; c < groupCores; c++) {
        for (let k = 0; k < n; k++) t.link(spine, half + c * n + k, cores[j * groupCores + c]!, pod * n + k, s.tierSpineCore);
      }
    }
  }
}

/** Leaf down/up split for an r:1 oversubscription: up = ceil(R / (1 + r)), down = R - up. */
export function leafSplit(radix: number, oversubscription: number): { down: number; up: number } {
  const up = Math.ceil(radix / (1 + oversubscription));
  return { down: radix - up, up };
}
