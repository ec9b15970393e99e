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

/** Per switch: GPUs cut off, servers touched, GPUs degraded and the bandwidth share lost; and the
 * links that reach a server. */
function perSwitch(t: Topology, gpusPerNic: number): { each: Map<number, { cut: number; touched: number; degraded: number; lossPct: number }>; serverLinks: number } {
  const n = t.devices.length;
  const gpusBelow = new Float64Array(n);
  const servers = new Map<number, Set<number>>();
  const up = new Map<number, Map<number, number>>();
  const upTotal = new Float64Array(n);
  const rank: Record<Role, number> = { server: 0, leaf: 1, router: 1, spine: 2, core: 3 };
  // (ranks looked up once per device: this loop runs once per summary, over every link, mostly
  // before it is optimised)
  const rankOf = new Int8Array(n);
  t.devices.forEach((d, i) => (rankOf[i] = rank[d.role]));
  let serverLinks = 0;
  for (let i = 0; i < t.linkCount; i++) {
    let lo = t.a[i]!;
    let hi = t.b[i]!;
    if (rankOf[lo]! > rankOf[hi]!) {
      // (a swap by destructuring allocated an array per link)
      const x = lo;
      lo = hi;
      hi = x;
    }
    if (rankOf[lo] === 0) {
      serverLinks++;
      gpusBelow[hi]! += gpusPerNic;
      let s = servers.get(hi);
      if (!s) servers.set(hi, (s = new Set()));
      s.add(lo);
      continue;
    }
    if (rankOf[lo] === rankOf[hi]) continue; // Dragonfly router-to-router links
    let u = up.get(lo);
    if (!u) up.set(lo, (u = new Map()));
    u.set(hi, (u.get(hi) ?? 0) + 1);
    upTotal[lo]! += 1;
  }
  // The share of a leaf's uplink bandwidth whose paths run through `dev`: each switch below `dev`
  // sends that share of its uplinks through it, pushed down rank by rank from `dev` (share 1):
  // share(c) = sum over its parents x of links(c, x) / uplinks(c) x share(x). So a core is what a
  // leaf loses out of its pod. Typed arrays and one pass per switch: a 32k-GPU fabric has 1,536
  // switches above its leaves, each over the few thousand links below it.
  // The links below each switch as flat arrays (child, share of the child's uplinks), indexed
  // from start[hi]: a Map of tuple arrays walked 1,536 times over a 32k-GPU fabric was a second.
  const start = new Int32Array(n + 1);
  for (const ups of up.values()) for (const hi of ups.keys()) start[hi + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const child = new Int32Array(start[n]!);
  const frac = new Float64Array(start[n]!);
  const next = start.slice(0, n);
  for (const [lo, ups] of up) {
    for (const [hi, links] of ups) {
      const k = next[hi]!++;
      child[k] = lo;
      frac[k] = links / upTotal[lo]!;
    }
  }
  const share = new Float64Array(n);
  const seen = new Uint8Array(n);
  const visit = new Int32Array(n);
  const out = new Map<number, { cut: number; touched: number; degraded: number; lossPct: number }>();
  t.devices.forEach((d, i) => {
    if (d.role === 'server') return;
    if (d.role === 'leaf' || d.role === 'router') {
      out.set(i, { cut: gpusBelow[i]!, touched: servers.get(i)?.size ?? 0, degraded: 0, lossPct: 0 });
      return;
    }
    // Everything below `dev`, then shares pushed down rank by rank from the top: every parent of
    // a switch is done before the switch (leaves push nothing).
    let m = 0;
    visit[m++] = i;
    seen[i] = 1;
    for (let k = 0; k < m; k++) {
      const x = visit[k]!;
      for (let e = start[x]!; e < start[x + 1]!; e++) {
        const c = child[e]!;
        if (seen[c]) continue;
        seen[c] = 1;
        visit[m++] = c;
      }
    }
    share[i] = 1;
    for (let r = rankOf[i]!; r >= 2; r--) {
      for (let k = 0; k < m; k++) {
        const x = visit[k]!;
        if (rankOf[x] !== r) continue;
        for (let e = start[x]!; e < start[x + 1]!; e++) share[child[e]!]! += frac[e]! * share[x]!;
      }
    }
    // A leaf is cut off when every path up runs through this switch; otherwise its GPUs keep a
    // path and lose that share of their bandwidth to the rest of the fabric.
    let cut = 0;
    let degraded = 0;
    let lossPct = 0;
    for (let k = 0; k < m; k++) {
      const l = visit[k]!;
      if (t.devices[l]!.role === 'leaf') {
        const s = share[l]!;
        if (s >= 1 - 1e-9) cut += gpusBelow[l]!;
        else if (s > 0) degraded += gpusBelow[l]!;
        lossPct = Math.max(lossPct, 100 * Math.min(1, s));
      }
      share[l] = 0;
      seen[l] = 0;
    }
    out.set(i, { cut, touched: 0, degraded, lossPct });
  });
  return { each: out, serverLinks };
}

export function failureExposure(x: ExposureInputs): FailureExposure {
  const t = x.topo;
  const link = x.rates.linkPctPerMonth / 100;
  const optic = x.rates.opticPctPerMonth / 100;
  const sw = x.rates.switchPctPerMonth / 100;
  const { each, serverLinks } = perSwitch(t, x.gpusPerNic);
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
