// Structured cabling for a generated fabric (docs/structured-cabling.md, "Design note"): which
// links run jumper -> panel -> trunk -> panel -> jumper, the trunks between each pair of racks, the
// trunk panels at the top of each rack, and each link's trunk and position. Pure; the plan
// (plan.ts) chooses the optics, cords and trunk fibre counts for each group of links.
//
//  - Which links: `structured`: every link between two racks; `auto`: a link between racks that
//    leaves its scalable unit or pod (leaf-spine, spine-core, Dragonfly global), while servers
//    meet their leaves point to point inside a unit (NVIDIA DGX SuperPOD practice).
//  - Trunks: the links of one pair of racks (and one pair of port kinds), in link order: link k
//    goes to trunk floor(k / P), position k mod P + 1, P = the panel's positions per trunk entry
//    (12 MPO-12 legs: a 144-fibre trunk). The last trunk of a pair takes the smallest fibre count
//    that holds what is left (plan.ts).
//  - Panels: in the racks themselves, from the top U down, so that jumpers stay inside the rack
//    (stock cords of 1-3 m, no tray) and only trunks enter the trays. Each trunk end takes the
//    rack's next free trunk entry. A compute rack its servers fill (a rack-scale system) has its
//    panels in the patch rack the layout gave it (Placement.patchOf): its jumpers run along the row
//    tray to that rack, and its links share trunks with the other racks patched there.
import type { DeviceType, Media } from '../model/entities.js';
import { connectorFamily } from '../routing/channel-index.js';
import { FabricInputError } from './hardware.js';
import type { Cabling } from './inputs.js';
import type { Placement } from './layout.js';
import type { Topology } from './topology.js';

/** The panel the generator places (core/catalog/device-types/structured.ts): 4 trunk entries of 12
 * MPO-12 positions, 48 adapters in 1U. */
export const TRUNK_PANEL_SLUG = 'generic-mpo12-trunk-panel-1u';

export interface PanelFacts {
  type: DeviceType;
  /** Port index (in type.ports) of each trunk entry (rear port), in order. */
  entries: number[];
  /** Positions per entry: the legs of one trunk. */
  positions: number;
  /** Port index of the front port at entry e, position p: frontAt[e * positions + p - 1]. */
  frontAt: Int32Array;
  uHeight: number;
}

/** Reads a trunk panel's port map: rear ports of equal positions, each position's front port. */
export function panelFacts(t: DeviceType): PanelFacts {
  const rears = t.ports.map((p, i) => ({ p, i })).filter((x) => x.p.kind === 'rear-port');
  const positions = Math.min(...rears.map((x) => x.p.positions ?? 1));
  if (rears.length === 0 || !(positions > 1)) throw new FabricInputError(`${t.slug} has no trunk entries (rear ports with positions)`, 'cabling');
  const entryOf = new Map(rears.map((x, e) => [x.p.name, e]));
  const frontAt = new Int32Array(rears.length * positions).fill(-1);
  t.ports.forEach((p, i) => {
    const e = p.kind === 'front-port' && p.rearPort != null ? entryOf.get(p.rearPort) : undefined;
    const pos = p.rearPosition ?? 1;
    if (e !== undefined && pos <= positions) frontAt[e * positions + pos - 1] = i;
  });
  if (frontAt.includes(-1)) throw new FabricInputError(`${t.slug}: a trunk position has no front port`, 'cabling');
  return { type: t, entries: rears.map((x) => x.i), positions, frontAt, uHeight: Math.max(1, Math.ceil(t.uHeight)) };
}

/** The links of one pair of racks (and one pair of port kinds), and the trunks that carry them. */
export interface TrunkGroup {
  /** Racks (placement indexes) at the trunks' a- and b-end. */
  rackA: number;
  rackB: number;
  links: number[];
  firstTrunk: number;
  trunks: number;
}

export interface StructuredPlan {
  panel: PanelFacts;
  groups: TrunkGroup[];
  /** Per link: its trunk, or -1 for a direct cable. */
  trunkOf: Int32Array;
  /** Per link: its position on the trunk, from 1. */
  posOf: Uint8Array;
  /** Per link: 1 when the link's a-end is at the trunk's b-end. */
  flipped: Uint8Array;
  /** Per trunk, two entries (a-end, b-end): the panel (index into panelRack) and its entry. */
  trunkPanel: Int32Array;
  trunkEntry: Int32Array;
  /** Per trunk: links it carries (its legs in use). */
  trunkLinks: Int32Array;
  /** Per trunk, set by the plan: catalog media and ordered length (estimate, then routed), mm. */
  trunkMedia: (Media | null)[];
  trunkMm: Float64Array;
  /** Per panel: its rack (placement index) and lowest U. */
  panelRack: Int32Array;
  panelU: Int32Array;
}

/** Whether link i runs through panels and a trunk under the cabling rule. */
export function structuredRule(topo: Topology, p: Placement, cabling: Cabling): (i: number) => boolean {
  if (cabling === 'direct') return () => false;
  return (i) => {
    const a = topo.a[i]!;
    const b = topo.b[i]!;
    if (p.rackOf[a] === p.rackOf[b]) return false;
    return cabling === 'structured' || topo.leavesUnit(i);
  };
}

/**
 * Groups the structured links by pair of racks and pair of port kinds (`kindOf(i)`, a small integer), cuts each
 * group into trunks and lands every trunk end on the next free entry of its rack's panels, placed
 * from the rack's top U down above `topUsed[rack]` (the highest U its devices take).
 */
export function planStructured(
  topo: Topology,
  p: Placement,
  panel: PanelFacts,
  isStructured: (i: number) => boolean,
  kindOf: (i: number) => number,
  topUsed: Int32Array,
  /** (for the hint when a rack has no room for its panels) */
  cabling: Cabling,
): StructuredPlan {
  const n = topo.linkCount;
  const P = panel.positions;
  // keyed by number (pair of racks, then kind): no string per link
  const R = p.racks.length;
  const byKey = new Map<number, TrunkGroup>();
  const groups: TrunkGroup[] = [];
  const patchOf = p.patchOf;
  // the rack whose panels take a rack's trunk ends
  const host = (r: number) => (patchOf && patchOf[r]! >= 0 ? patchOf[r]! : r);
  for (let i = 0; i < n; i++) {
    if (!isStructured(i)) continue;
    const ra = host(p.rackOf[topo.a[i]!]!);
    const rb = host(p.rackOf[topo.b[i]!]!);
    // (two racks patched in the same rack: a trunk there would loop back into it)
    if (ra === rb) continue;
    const lo = Math.min(ra, rb);
    const hi = Math.max(ra, rb);
    const key = (kindOf(i) * R + lo) * R + hi;
    let g = byKey.get(key);
    if (!g) {
      byKey.set(key, (g = { rackA: lo, rackB: hi, links: [], firstTrunk: 0, trunks: 0 }));
      groups.push(g);
    }
    g.links.push(i);
  }
  const trunkOf = new Int32Array(n).fill(-1);
  const posOf = new Uint8Array(n);
  const flipped = new Uint8Array(n);
  let trunks = 0;
  for (const g of groups) {
    g.firstTrunk = trunks;
    g.trunks = Math.ceil(g.links.length / P);
    trunks += g.trunks;
  }
  const trunkLinks = new Int32Array(trunks);
  const trunkPanel = new Int32Array(2 * trunks);
  const trunkEntry = new Int32Array(2 * trunks);
  const used = new Int32Array(p.racks.length);
  const E = panel.entries.length;
  // Entries are taken rack by rack in trunk order; panels are numbered once every rack's count is known.
  const local = new Int32Array(2 * trunks);
  for (const g of groups) {
    g.links.forEach((i, k) => {
      const t = g.firstTrunk + Math.floor(k / P);
      trunkOf[i] = t;
      posOf[i] = (k % P) + 1;
      flipped[i] = host(p.rackOf[topo.a[i]!]!) === g.rackA ? 0 : 1;
      trunkLinks[t]!++;
    });
    for (let t = g.firstTrunk; t < g.firstTrunk + g.trunks; t++) {
      local[2 * t] = used[g.rackA]!++;
      local[2 * t + 1] = used[g.rackB]!++;
    }
  }
  const firstPanel = new Int32Array(p.racks.length + 1);
  for (let r = 0; r < p.racks.length; r++) firstPanel[r + 1] = firstPanel[r]! + Math.ceil(used[r]! / E);
  const panels = firstPanel[p.racks.length]!;
  const panelRack = new Int32Array(panels);
  const panelU = new Int32Array(panels);
  for (let r = 0; r < p.racks.length; r++) {
    const count = firstPanel[r + 1]! - firstPanel[r]!;
    if (count === 0) continue;
    const rack = p.racks[r]!;
    const lowest = rack.heightU - count * panel.uHeight + 1;
    if (lowest <= topUsed[r]!) {
      if (rack.kind === 'patch') throw new FabricInputError(`patch rack ${rack.name} needs ${count * panel.uHeight}U of trunk panels (${used[r]} trunks) and has ${rack.heightU}U: use fewer servers per rack, or --cabling ${cabling === 'auto' ? 'direct' : 'auto'}`, 'cabling');
      throw new FabricInputError(
        `rack ${rack.name} needs ${count * panel.uHeight}U of trunk panels (${used[r]} trunks) above its devices (U1-U${topUsed[r]}) and has ${rack.heightU}U: use fewer servers or switches per rack, or --cabling ${cabling === 'auto' ? 'direct' : 'auto'}`,
        'cabling',
      );
    }
    for (let k = 0; k < count; k++) {
      panelRack[firstPanel[r]! + k] = r;
      panelU[firstPanel[r]! + k] = rack.heightU - (k + 1) * panel.uHeight + 1;
    }
  }
  for (const g of groups) {
    // (indexed, no pair per trunk end: this runs once per generation, before V8 optimises it)
    for (let t = g.firstTrunk; t < g.firstTrunk + g.trunks; t++) {
      for (let end = 0; end < 2; end++) {
        const k = local[2 * t + end]!;
        trunkPanel[2 * t + end] = firstPanel[end === 0 ? g.rackA : g.rackB]! + Math.floor(k / E);
        trunkEntry[2 * t + end] = k % E;
      }
    }
  }
  return {
    panel,
    groups,
    trunkOf,
    posOf,
    flipped,
    trunkPanel,
    trunkEntry,
    trunkLinks,
    trunkMedia: new Array<Media | null>(trunks).fill(null),
    trunkMm: new Float64Array(trunks),
    panelRack,
    panelU,
  };
}

/** The catalog's MPO trunks by fibre class, fewest legs first (core/catalog/media/trunks.ts). */
export class TrunkCatalog {
  private byFibre = new Map<string, Media[]>();
  constructor(
    media: readonly Media[],
    private readonly formFactor: string,
    fibresPerLeg: number,
  ) {
    for (const m of media) {
      const a = m.assembly;
      if (m.kind !== 'fiber' || a?.role !== 'trunk' || !m.fiber || a.fibresPerLeg !== fibresPerLeg || connectorFamily(m.formFactor) !== connectorFamily(formFactor)) continue;
      let list = this.byFibre.get(m.fiber);
      if (!list) this.byFibre.set(m.fiber, (list = []));
      list.push(m);
    }
    for (const list of this.byFibre.values()) list.sort((x, y) => x.assembly!.legs - y.assembly!.legs || (x.id < y.id ? -1 : 1));
  }
  /** The trunk with the fewest legs that still carries `legs` links of this fibre class. */
  withLegs(fiber: string, legs: number): Media | null {
    return this.byFibre.get(fiber)?.find((m) => m.assembly!.legs >= legs) ?? null;
  }
  /** The trunk a jumper cord's links continue on: the cord's connector and fibre class, `legs` legs. */
  forCord(cord: Media, legs: number): Media | null {
    return cord.fiber && connectorFamily(cord.formFactor) === connectorFamily(this.formFactor) ? this.withLegs(cord.fiber, legs) : null;
  }
}
