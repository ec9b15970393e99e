// The four architectures as logical topologies. Port assignment (ordinals; see topology.ts):
//   clos            endpoint e = server * rails + rail -> leaf floor(e / down), port e mod down
//   rail-optimized  server s, NIC r -> leaf r of SU floor(s / suServers), port s mod suServers
//   rail-only       server s, NIC r -> rail switch r (or rail r's leaf floor(s / down)), port s (mod down)
//   dragonfly       endpoint e -> router floor(e / p), port e mod p; then local ports, then global
// Leaf uplinks and the tiers above them: clos-tiers.ts. Dragonfly global links: palm-tree
// arrangement (group G's global port q goes to group G + 1 + (q mod (g - 1))).
import type { FabricInputs } from './inputs.js';
import { FabricInputError } from './hardware.js';
import { addUpperTiers, leafSplit, maxLeavesFor } from './clos-tiers.js';
import { Topology, digits, pad } from './topology.js';

export interface ArchParams {
  /** Fabric ports per switch at the NIC speed. */
  radix: number;
  rails: number;
  gpusPerServer: number;
}

export interface ArchResult {
  topo: Topology;
  servers: number;
  endpoints: number;
  /** Tiers of switches actually built (1 = a single switch or rail switches only). */
  tiers: number;
  /** Leaf downlink:uplink ratio actually built (Clos family). */
  oversubscription: number | null;
  scalableUnits: number | null;
  dragonfly: { p: number; a: number; h: number; groups: number; linksPerGroupPair: number } | null;
  notes: string[];
}

const CLOS_TIERS = ['server-leaf', 'leaf-spine', 'spine-core'];

/** Servers asked for: from the GPU count, or scalable units of suServers (default: a leaf's downlinks). */
function serverCount(inputs: FabricInputs, hw: ArchParams): number {
  if (inputs.gpus !== undefined) return Math.ceil(inputs.gpus / hw.gpusPerServer);
  return inputs.scalableUnits! * (inputs.suServers ?? leafSplit(hw.radix, inputs.oversubscription).down);
}

function pickTiers(requested: FabricInputs['tiers'], leaves: number, radix: number): 2 | 3 {
  if (requested !== 'auto') return requested;
  return leaves <= maxLeavesFor(2, radix) ? 2 : 3;
}

function addServers(t: Topology, n: number, unitOf: (s: number) => number): number[] {
  const w = Math.max(4, digits(n));
  const out: number[] = [];
  for (let s = 0; s < n; s++) out.push(t.add(`gpu${pad(s + 1, w)}`, 'server', unitOf(s)));
  return out;
}

export function buildClos(inputs: FabricInputs, hw: ArchParams): ArchResult {
  const t = new Topology(CLOS_TIERS);
  const R = hw.radix;
  const servers = serverCount(inputs, hw);
  const E = servers * hw.rails;
  if (inputs.tiers === 'auto' && E <= R) {
    // Everything fits on one switch: no uplinks needed.
    const srv = addServers(t, servers, () => 0);
    const leaf = t.add('leaf01', 'leaf', 0);
    for (let e = 0; e < E; e++) t.link(srv[Math.floor(e / hw.rails)]!, e % hw.rails, leaf, e, 0);
    return { topo: t, servers, endpoints: E, tiers: 1, oversubscription: null, scalableUnits: null, dragonfly: null, notes: [] };
  }
  const { down, up } = leafSplit(R, inputs.oversubscription);
  const L = Math.ceil(E / down);
  const tiers = pickTiers(inputs.tiers, L, R);
  // A placement group: the leaves whose servers fill about eight racks.
  const serversPerLeaf = Math.max(1, Math.floor(down / hw.rails));
  const leavesPerUnit = Math.max(1, Math.floor((8 * inputs.serversPerRack) / serversPerLeaf));
  const leafOfServer = (s: number) => Math.floor((s * hw.rails) / down);
  const srv = addServers(t, servers, (s) => Math.floor(leafOfServer(s) / leavesPerUnit));
  const w = digits(L);
  const leaves: number[] = [];
  for (let l = 0; l < L; l++) leaves.push(t.add(`leaf${pad(l + 1, w)}`, 'leaf', Math.floor(l / leavesPerUnit)));
  for (let e = 0; e < E; e++) t.link(srv[Math.floor(e / hw.rails)]!, e % hw.rails, leaves[Math.floor(e / down)]!, e % down, 0);
  addUpperTiers(t, { leaves, down, up, radix: R, tiers, prefix: '', tierLeafSpine: 1, tierSpineCore: 2 });
  return { topo: t, servers, endpoints: E, tiers, oversubscription: down / up, scalableUnits: null, dragonfly: null, notes: [] };
}

export function buildRailOptimized(inputs: FabricInputs, hw: ArchParams): ArchResult {
  const t = new Topology(CLOS_TIERS);
  const R = hw.radix;
  const { down, up } = leafSplit(R, inputs.oversubscription);
  const su = inputs.suServers ?? down;
  if (su > down) throw new FabricInputError(`a scalable unit of ${su} servers needs ${su} leaf downlinks; the leaf has ${down}`, 'suServers');
  const servers = serverCount(inputs, hw);
  const sus = Math.ceil(servers / su);
  const L = sus * hw.rails;
  const tiers = pickTiers(inputs.tiers, L, R);
  const srv = addServers(t, servers, (s) => Math.floor(s / su));
  const ws = digits(sus);
  const leaves: number[] = [];
  for (let k = 0; k < sus; k++) for (let r = 0; r < hw.rails; r++) leaves.push(t.add(`su${pad(k + 1, ws)}-leaf-r${r + 1}`, 'leaf', k));
  for (let s = 0; s < servers; s++) {
    const k = Math.floor(s / su);
    for (let r = 0; r < hw.rails; r++) t.link(srv[s]!, r, leaves[k * hw.rails + r]!, s % su, 0);
  }
  addUpperTiers(t, { leaves, down, up, radix: R, tiers, prefix: '', tierLeafSpine: 1, tierSpineCore: 2 });
  const notes: string[] = [];
  if (servers % su !== 0) notes.push(`last scalable unit has ${servers % su} of ${su} servers; its leaves and uplinks are built in full, as the SuperPOD design asks`);
  return { topo: t, servers, endpoints: servers * hw.rails, tiers, oversubscription: down / up, scalableUnits: sus, dragonfly: null, notes };
}

export function buildRailOnly(inputs: FabricInputs, hw: ArchParams): ArchResult {
  const t = new Topology(CLOS_TIERS);
  const R = hw.radix;
  const servers = serverCount(inputs, hw);
  const notes = ['cross-rail traffic is forwarded through the servers\' NVLink domain (Wang et al.)'];
  if (inputs.tiers === 'auto' && servers <= R) {
    // One rail switch per rail: the whole rail on a single switch, no spine.
    const srv = addServers(t, servers, () => 0);
    const rails: number[] = [];
    for (let r = 0; r < hw.rails; r++) rails.push(t.add(`rail${r + 1}`, 'leaf', 0));
    for (let s = 0; s < servers; s++) for (let r = 0; r < hw.rails; r++) t.link(srv[s]!, r, rails[r]!, s, 0);
    return { topo: t, servers, endpoints: servers * hw.rails, tiers: 1, oversubscription: null, scalableUnits: null, dragonfly: null, notes };
  }
  // Each rail its own Clos (the paper's per-rail fabric), never joined to the other rails.
  const { down, up } = leafSplit(R, inputs.oversubscription);
  const perRailLeaves = Math.ceil(servers / down);
  const tiers = pickTiers(inputs.tiers, perRailLeaves, R);
  const srv = addServers(t, servers, (s) => Math.floor(s / down));
  const wl = digits(perRailLeaves);
  const railLeaves: number[][] = [];
  for (let r = 0; r < hw.rails; r++) railLeaves.push([]);
  for (let k = 0; k < perRailLeaves; k++) for (let r = 0; r < hw.rails; r++) railLeaves[r]!.push(t.add(`r${r + 1}-leaf${pad(k + 1, wl)}`, 'leaf', k));
  for (let s = 0; s < servers; s++) for (let r = 0; r < hw.rails; r++) t.link(srv[s]!, r, railLeaves[r]![Math.floor(s / down)]!, s % down, 0);
  for (let r = 0; r < hw.rails; r++) {
    addUpperTiers(t, { leaves: railLeaves[r]!, down, up, radix: R, tiers, prefix: `r${r + 1}-`, tierLeafSpine: 1, tierSpineCore: 2 });
  }
  return { topo: t, servers, endpoints: servers * hw.rails, tiers, oversubscription: down / up, scalableUnits: null, dragonfly: null, notes };
}

/** Balanced Dragonfly (a = 2p = 2h) for a router radix: the largest h with 4h - 1 <= R. */
export function balancedDragonfly(radix: number): { p: number; a: number; h: number } {
  const h = Math.max(1, Math.floor((radix + 1) / 4));
  return { p: h, a: 2 * h, h };
}

export function buildDragonfly(inputs: FabricInputs, hw: ArchParams): ArchResult {
  const t = new Topology(['terminal', 'local', 'global']);
  const R = hw.radix;
  const base = balancedDragonfly(R);
  const given = inputs.p ?? inputs.h ?? (inputs.a !== undefined ? Math.max(1, Math.floor(inputs.a / 2)) : undefined);
  const p = inputs.p ?? given ?? base.p;
  const h = inputs.h ?? given ?? base.h;
  const a = inputs.a ?? 2 * Math.max(p, h);
  const k = p + a - 1 + h;
  if (k > R) throw new FabricInputError(`p + a - 1 + h = ${k} router ports, more than the switch's ${R}`, 'a');
  const servers = serverCount(inputs, hw);
  const E = servers * hw.rails;
  const routersNeeded = Math.ceil(E / p);
  const g = Math.max(1, Math.ceil(routersNeeded / a));
  if (g > a * h + 1) {
    throw new FabricInputError(`${E} endpoints need ${g} groups; a Dragonfly with a=${a}, h=${h} has at most a*h+1 = ${a * h + 1}`, 'h');
  }
  const serversPerGroup = (a * p) / hw.rails;
  const srv = addServers(t, servers, (s) => Math.floor(s / Math.max(1, serversPerGroup)));
  const wg = digits(g);
  const wr = digits(a);
  const routers: number[] = [];
  for (let G = 0; G < g; G++) for (let r = 0; r < a; r++) routers.push(t.add(`g${pad(G + 1, wg)}-r${pad(r + 1, wr)}`, 'router', G));
  for (let e = 0; e < E; e++) t.link(srv[Math.floor(e / hw.rails)]!, e % hw.rails, routers[Math.floor(e / p)]!, e % p, 0);
  for (let G = 0; G < g; G++) {
    for (let r1 = 0; r1 < a; r1++) {
      for (let r2 = r1 + 1; r2 < a; r2++) {
        // Local port of r1 toward r2 is p + (r2 - 1); of r2 toward r1 is p + r1.
        t.link(routers[G * a + r1]!, p + r2 - 1, routers[G * a + r2]!, p + r1, 1);
      }
    }
  }
  const m = g > 1 ? Math.floor((a * h) / (g - 1)) : 0;
  const gp = p + a - 1;
  for (let G = 0; G < g; G++) {
    for (let q = 0; q < m * (g - 1); q++) {
      const d = q % (g - 1);
      const c = Math.floor(q / (g - 1));
      const T = (G + d + 1) % g;
      if (T < G) continue;
      const q2 = c * (g - 1) + (g - 2 - d);
      t.link(routers[G * a + Math.floor(q / h)]!, gp + (q % h), routers[T * a + Math.floor(q2 / h)]!, gp + (q2 % h), 2);
    }
  }
  const notes: string[] = [];
  if (g > 1 && g < a * h + 1) notes.push(`${g} groups of a possible ${a * h + 1}: each pair of groups gets ${m} global links`);
  if (g > 1 && (a * h) % (g - 1) !== 0) notes.push(`${(a * h) % (g - 1)} global ports per group stay free`);
  return { topo: t, servers, endpoints: E, tiers: 1, oversubscription: null, scalableUnits: null, dragonfly: { p, a, h, groups: g, linksPerGroupPair: m }, notes };
}

export function buildArch(inputs: FabricInputs, hw: ArchParams): ArchResult {
  switch (inputs.arch) {
    case 'clos':
      return buildClos(inputs, hw);
    case 'rail-optimized':
      return buildRailOptimized(inputs, hw);
    case 'rail-only':
      return buildRailOnly(inputs, hw);
    case 'dragonfly':
      return buildDragonfly(inputs, hw);
  }
}
