// The comparison as a user reads it: one row per architecture (switches by tier, links, optics by
// type, cables by media, power, cost split, failure exposure), and one line saying why two
// architectures come out equal when they do. The CLI, the API and the panel all show these rows.
import { leafSplit } from '../fabric/clos-tiers.js';
import type { Arch } from '../fabric/inputs.js';
import type { FabricSummary } from '../fabric/plan.js';
import type { CostSplit } from './cost.js';
import type { FailureExposure } from './failures.js';

/** A comparison entry: the architecture's summary, or why it cannot be built from these inputs. */
export type CompareEntry = FabricSummary | { arch: Arch; error: string; field: string };

export interface CompareRow {
  arch: Arch;
  switches: number | null;
  switchesByTier: Record<string, number> | null;
  tiers: number | null;
  links: number | null;
  linksByTier: Record<string, number> | null;
  transceivers: number | null;
  opticsByType: Record<string, number> | null;
  cablesByMedia: Record<string, number> | null;
  /** Links per media ("optic over fibre", or the assembly). */
  linksByMedia: Record<string, number> | null;
  networkPowerW: number | null;
  powerPerGpuW: number | null;
  networkCostUsd: number | null;
  costPerGpuUsd: number | null;
  costComplete: boolean | null;
  cost: CostSplit | null;
  failures: FailureExposure | null;
  /** Set on the second of two architectures that come out equal. */
  sameAs?: Arch;
  explanation?: string;
  error?: string;
  field?: string;
  detail?: { racks: number; rows: number; hallM: [number, number]; notes: string[] };
}

/** Why a row's cost is incomplete: prices not known, links no catalog media carries (they are
 * priced at nothing); empty when it is complete. */
export function costGaps(r: Pick<CompareRow, 'cost' | 'linksByMedia'>): string[] {
  const out: string[] = [];
  if (r.cost?.missing.length) out.push(`no price for ${r.cost.missing.join(', ')}`);
  const n = r.linksByMedia?.unassigned;
  if (n) out.push(`${n.toLocaleString('en-US')} links have no catalog media`);
  return out;
}

export const ARCH_NAME: Record<Arch, string> = {
  clos: 'Clos',
  'rail-optimized': 'rail-optimized',
  'rail-only': 'rail-only',
  dragonfly: 'Dragonfly',
};

const fmt = (n: number) => n.toLocaleString('en-US');
const ok = (e: CompareEntry): e is FabricSummary => !('error' in e);

function sameCounts(a: FabricSummary, b: FabricSummary): boolean {
  return a.switches.total === b.switches.total && a.links.total === b.links.total && a.transceivers === b.transceivers;
}

const leafBlast = (s: FabricSummary) => s.failures.blastRadius.find((b) => b.tier === 'leaf');

function closEqualsRailOptimized(clos: FabricSummary, ro: FabricSummary): string {
  const leaves = 'leaf' in clos.switches ? clos.switches.leaf : 0;
  const { down } = leafSplit(clos.radix, clos.oversubscription ?? 1);
  const c = leafBlast(clos);
  const r = leafBlast(ro);
  const su = ro.scalableUnits ? Math.round(ro.servers / ro.scalableUnits) : down;
  return (
    `Clos and rail-optimized come out equal: both need ${fmt(leaves)} leaves (${fmt(clos.endpoints)} NICs / ${down} downlinks) under the same ` +
    `${clos.tiers}-tier fabric, and rail-optimized only wires NIC r of each scalable unit's ${su} servers to that unit's leaf r` +
    (c && r ? `; a leaf failure cuts off ${c.gpusCutOff} GPUs in both (all GPUs of ${c.serversTouched} servers in Clos, one GPU on each of ${r.serversTouched} servers in rail-optimized)` : '') +
    (clos.costUsd !== ro.costUsd ? '; the cost differs only by cable lengths.' : '.')
  );
}

function railOnlyEquals(only: FabricSummary, other: FabricSummary): string {
  const servers = only.servers;
  const R = only.radix;
  const two = Math.ceil(Math.sqrt(2 * servers));
  const tiersText = only.tiers === 3 ? `3 tiers (2 tiers hold at most ${R}²/2 = ${fmt((R * R) / 2)} servers per rail)` : `${only.tiers} tiers`;
  return (
    `Rail-only comes out equal to ${ARCH_NAME[other.arch]}: each of the ${only.rails} rails has ${fmt(servers)} servers, which on radix ${R} need ${tiersText}, ` +
    `as many as the whole fabric; rail-only saves tiers only when a rail fits fewer: one switch per rail needs radix >= ${fmt(servers)}` +
    (only.tiers > 2 ? `, two tiers need radix >= ${fmt(two)}.` : '.')
  );
}

/** One line per pair of architectures that come out equal (same switches, links and optics). */
export function explainEquals(entries: readonly CompareEntry[]): { arch: Arch; sameAs: Arch; text: string }[] {
  const rows = entries.filter(ok);
  const out: { arch: Arch; sameAs: Arch; text: string }[] = [];
  const explained = new Set<Arch>();
  for (let j = 1; j < rows.length; j++) {
    const b = rows[j]!;
    const a = rows.slice(0, j).find((x) => sameCounts(x, b));
    if (!a || explained.has(b.arch)) continue;
    explained.add(b.arch);
    let text: string;
    if (a.arch === 'clos' && b.arch === 'rail-optimized') text = closEqualsRailOptimized(a, b);
    else if (b.arch === 'rail-only') text = railOnlyEquals(b, a);
    else text = `${ARCH_NAME[a.arch]} and ${ARCH_NAME[b.arch]} come out equal: ${fmt(b.switches.total)} switches, ${fmt(b.links.total)} links and ${fmt(b.transceivers)} optics each.`;
    out.push({ arch: b.arch, sameAs: a.arch, text });
  }
  return out;
}

export function compareRow(e: CompareEntry): CompareRow {
  if (!ok(e)) {
    return {
      arch: e.arch,
      switches: null,
      switchesByTier: null,
      tiers: null,
      links: null,
      linksByTier: null,
      transceivers: null,
      opticsByType: null,
      cablesByMedia: null,
      linksByMedia: null,
      networkPowerW: null,
      powerPerGpuW: null,
      networkCostUsd: null,
      costPerGpuUsd: null,
      costComplete: null,
      cost: null,
      failures: null,
      error: e.error,
      field: e.field,
    };
  }
  const { total: _t, ...byTier } = e.switches;
  return {
    arch: e.arch,
    switches: e.switches.total,
    switchesByTier: byTier,
    tiers: e.tiers,
    links: e.links.total,
    linksByTier: e.links.byTier,
    transceivers: e.transceivers,
    opticsByType: e.optics,
    cablesByMedia: e.cables,
    linksByMedia: e.cablesByMedia,
    networkPowerW: e.powerW,
    powerPerGpuW: e.power.perGpuW,
    networkCostUsd: e.costUsd,
    costPerGpuUsd: e.costPerGpuUsd,
    costComplete: e.costComplete,
    cost: e.cost,
    failures: e.failures,
    detail: { racks: e.racks, rows: e.rows, hallM: [e.hall.widthMm / 1000, e.hall.depthMm / 1000], notes: e.notes },
  };
}

/** Rows for the entries, with the explanation on the second of each equal pair. */
export function compareRows(entries: readonly CompareEntry[]): { rows: CompareRow[]; explanations: string[] } {
  const lines = explainEquals(entries);
  const rows = entries.map((e) => {
    const r = compareRow(e);
    const line = lines.find((l) => l.arch === e.arch);
    return line ? { ...r, sameAs: line.sameAs, explanation: line.text } : r;
  });
  return { rows, explanations: lines.map((l) => l.text) };
}
