// Failure exposure of a fabric: expected link, optic and switch failures per month from the
// project's rates, and what one switch failure does (blast radius by tier): the GPUs it cuts off
// the fabric (their only path runs through it), the servers it touches, and the GPUs that keep a
// path but lose a share of their bandwidth.
import type { Role, Topology } from '../fabric/topology.js';
import { LLAMA3_NETWORK_PER_GPU_MONTH, type FailureRates } from './rates.js';

export interface TierBlast {
  tier: Exclude<Role, 'server'>;
  switches: number;
  /** Worst case over the tier's switches: GPUs with no path left. */
  gpusCutOff: number;
  /** Worst case: servers with at least one NIC on the failed switch. */
  serversTouched: number;
  /** Worst case: GPUs that keep a path but lose bandwidth. */
  gpusDegraded: number;
  /** Worst case: the share of their leaf's bandwidth to the rest of the fabric that GPUs under the switch lose, percent (for a core: out of their pod). */
  bandwidthLossPct: number;
}

export interface FailureExposure {
  linkFailuresPerMonth: number;
  opticFailuresPerMonth: number;
  switchFailuresPerMonth: number;
  /** GPUs cut off the fabric by one failure of a first-tier switch (leaf, rail switch, router). */
  gpusPerSwitchFailure: number;
  /** Failures per month that take a GPU off the fabric (its NIC link, or a switch it depends on): each stops a job spanning the cluster. */
  jobInterruptionsPerMonth: number;
  /** Expected GPUs cut off per month (each such failure counted with its GPUs). */
  gpusCutOffPerMonth: number;
  blastRadius: TierBlast[];
  linksPerGpu: number;
  opticsPerGpu: number;
  /** Mated optical connector pairs (a fibre into an optic at each end of an optical link) per GPU; patch panels would add more. */
  fibreConnectorsPerGpu: number;
  /** Network switch and cable interruptions a month at the rate Meta saw training Llama 3, for this many GPUs: a cross-check. */
  llama3NetworkInterruptionsPerMonth: number;
  rates: FailureRates;
}

export interface ExposureInputs {
  topo: Topology;
  gpus: number;
  /** GPUs behind one NIC (one in the DGX design). */
  gpusPerNic: number;
  opticModules: number;
  /** Links made of optics and fibre (not copper or AOC). */
  opticalLinks: number;
  rates: FailureRates;
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Per switch: GPUs cut off, servers touched, GPUs degraded and the bandwidth share lost. */
function perSwitch(t: Topology, gpusPerNic: number): Map<number, { cut: number; touched: number; degraded: number; lossPct: number }> {
  const n = t.devices.length;
  const gpusBelow = new Float64Array(n);
  const servers = new Map<number, Set<number>>();
  const up = new Map<number, Map<number, number>>();
  const upTotal = new Float64Array(n);
  const down = new Map<number, Set<number>>();
  const rank: Record<Role, number> = { server: 0, leaf: 1, router: 1, spine: 2, core: 3 };
  for (let i = 0; i < t.linkCount; i++) {
    let lo = t.a[i]!;
    let hi = t.b[i]!;
    if (rank[t.devices[lo]!.role] > rank[t.devices[hi]!.role]) [lo, hi] = [hi, lo];
    const loRole = t.devices[lo]!.role;
    if (loRole === 'server') {
      gpusBelow[hi]! += gpusPerNic;
      let s = servers.get(hi);
      if (!s) servers.set(hi, (s = new Set()));
      s.add(lo);
      continue;
    }
    if (rank[loRole] === rank[t.devices[hi]!.role]) continue; // Dragonfly router-to-router links
    let u = up.get(lo);
    if (!u) up.set(lo, (u = new Map()));
    u.set(hi, (u.get(hi) ?? 0) + 1);
    upTotal[lo]! += 1;
    let d = down.get(hi);
    if (!d) down.set(hi, (d = new Set()));
    d.add(lo);
  }
  // GPUs below a spine or core: the union of the leaves under it (a leaf hangs on many spines).
  const leavesUnder = (dev: number, acc: Set<number>): Set<number> => {
    for (const c of down.get(dev) ?? []) {
      if (t.devices[c]!.role === 'leaf') acc.add(c);
      else leavesUnder(c, acc);
    }
    return acc;
  };
  // The share of a switch's uplink bandwidth whose paths run through `dev`: direct links to it, plus
  // each parent's share of its own uplinks through it (so a core is what a leaf loses out of its pod).
  const shareThrough = (node: number, dev: number, memo: Map<number, number>): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    let share = 0;
    for (const [p, links] of up.get(node) ?? []) share += (links / upTotal[node]!) * (p === dev ? 1 : shareThrough(p, dev, memo));
    memo.set(node, share);
    return share;
  };
  const out = new Map<number, { cut: number; touched: number; degraded: number; lossPct: number }>();
  t.devices.forEach((d, i) => {
    if (d.role === 'server') return;
    if (d.role === 'leaf' || d.role === 'router') {
      out.set(i, { cut: gpusBelow[i]!, touched: servers.get(i)?.size ?? 0, degraded: 0, lossPct: 0 });
      return;
    }
    // A leaf is cut off when every path up runs through this switch; otherwise its GPUs keep a
    // path and lose that share of their bandwidth to the rest of the fabric.
    const memo = new Map<number, number>();
    let cut = 0;
    let degraded = 0;
    let lossPct = 0;
    for (const l of leavesUnder(i, new Set())) {
      const share = shareThrough(l, i, memo);
      if (share >= 1 - 1e-9) cut += gpusBelow[l]!;
      else if (share > 0) degraded += gpusBelow[l]!;
      lossPct = Math.max(lossPct, 100 * Math.min(1, share));
    }
    out.set(i, { cut, touched: 0, degraded, lossPct });
  });
  return out;
}

export function failureExposure(x: ExposureInputs): FailureExposure {
  const t = x.topo;
  const link = x.rates.linkPctPerMonth / 100;
  const optic = x.rates.opticPctPerMonth / 100;
  const sw = x.rates.switchPctPerMonth / 100;
  const each = perSwitch(t, x.gpusPerNic);
  const tiers = new Map<TierBlast['tier'], TierBlast>();
  let cutOffs = 0;
  let interrupting = 0;
  for (const [dev, b] of each) {
    const role = t.devices[dev]!.role as TierBlast['tier'];
    let tb = tiers.get(role);
    if (!tb) tiers.set(role, (tb = { tier: role, switches: 0, gpusCutOff: 0, serversTouched: 0, gpusDegraded: 0, bandwidthLossPct: 0 }));
    tb.switches++;
    tb.gpusCutOff = Math.max(tb.gpusCutOff, b.cut);
    tb.serversTouched = Math.max(tb.serversTouched, b.touched);
    tb.gpusDegraded = Math.max(tb.gpusDegraded, b.degraded);
    tb.bandwidthLossPct = Math.max(tb.bandwidthLossPct, r3(b.lossPct));
    cutOffs += sw * b.cut;
    if (b.cut > 0) interrupting += sw;
  }
  let serverLinks = 0;
  for (let i = 0; i < t.linkCount; i++) if (t.devices[t.a[i]!]!.role === 'server' || t.devices[t.b[i]!]!.role === 'server') serverLinks++;
  const order: TierBlast['tier'][] = ['leaf', 'router', 'spine', 'core'];
  const blastRadius = order.flatMap((k) => (tiers.has(k) ? [tiers.get(k)!] : []));
  const switches = each.size;
  const per = (v: number) => (x.gpus > 0 ? r3(v / x.gpus) : 0);
  return {
    linkFailuresPerMonth: r3(t.linkCount * link),
    opticFailuresPerMonth: r3(x.opticModules * optic),
    switchFailuresPerMonth: r3(switches * sw),
    gpusPerSwitchFailure: blastRadius[0]?.gpusCutOff ?? 0,
    jobInterruptionsPerMonth: r3(serverLinks * link + interrupting),
    gpusCutOffPerMonth: r3(serverLinks * link * x.gpusPerNic + cutOffs),
    blastRadius,
    linksPerGpu: per(t.linkCount),
    opticsPerGpu: per(x.opticModules),
    fibreConnectorsPerGpu: per(2 * x.opticalLinks),
    llama3NetworkInterruptionsPerMonth: r3(x.gpus * LLAMA3_NETWORK_PER_GPU_MONTH),
    rates: x.rates,
  };
}
