// The plan's structured cabling step (plan.ts): which links go through panels and trunks, where
// the panels stand, and the media of each group (structured-media.ts). Links whose ports take no
// transceiver over an MPO-12 cord (copper, AOC, duplex LC, MPO-16 optics: the generator's panel
// has MPO-12 adapters) stay direct, and a note says how many.
import { chooseChannelMedia, type MediaOption, type MediaPolicy } from '../routing/media-choice.js';
import { FabricInputError, type LogicalPort, type ServerFacts, type SwitchFacts } from './hardware.js';
import type { FabricInputs } from './inputs.js';
import type { PatchPanel, Placement } from './layout.js';
import type { LengthAllowances } from './path-estimate.js';
import type { ArchResult } from './archs.js';
import { chooseStructuredMedia } from './structured-media.js';
import { panelFacts, planStructured, structuredRule, TrunkCatalog, TRUNK_PANEL_SLUG, type StructuredPlan } from './structured.js';
import type { FabricCatalog } from './plan.js';
import { U_MM } from '../model/units.js';

export interface StructuredStepInput {
  inputs: FabricInputs;
  catalog: FabricCatalog;
  arch: ArchResult;
  placement: Placement;
  server: ServerFacts;
  sw: SwitchFacts;
  policy: MediaPolicy;
  allow: LengthAllowances;
  /** The ports at both ends of link i: one pair, overwritten by the next call (read it at once). */
  ports: (i: number) => [LogicalPort, LogicalPort];
  /** The link's pair of port kinds as a small non-negative integer (equal kinds, equal numbers). */
  kindOf: (i: number) => number;
  media: (MediaOption | null)[];
  lengthMm: Int32Array;
  trayArea: Float64Array;
  trayKg: Float64Array;
}

/** Trayline design default: a quarter more panel positions than a switch's ports, for the last,
 * partly filled trunk of each pair of racks. */
const PARTLY_FILLED = 1.25;

/**
 * Rack units of trunk panels to keep free per switch (its every fabric port may leave the rack),
 * so that placement puts fewer switches in a rack: 0 for direct cabling.
 */
export function panelUPerSwitch(inputs: FabricInputs, catalog: FabricCatalog, sw: SwitchFacts): number {
  if (inputs.cabling === 'direct') return 0;
  const type = catalog.deviceTypes.find((d) => d.slug === TRUNK_PANEL_SLUG);
  if (!type) return 0;
  const f = panelFacts(type);
  return (PARTLY_FILLED * sw.radix * f.uHeight) / (f.entries.length * f.positions);
}

/** The trunk panel as the layout sizes patch racks with it (none under direct cabling). */
export function patchPanel(inputs: FabricInputs, catalog: FabricCatalog): PatchPanel | undefined {
  if (inputs.cabling === 'direct') return undefined;
  const type = catalog.deviceTypes.find((d) => d.slug === TRUNK_PANEL_SLUG);
  if (!type) return undefined;
  const f = panelFacts(type);
  return { positions: f.positions, entries: f.entries.length, uHeight: f.uHeight };
}

export function planStructuredCabling(x: StructuredStepInput): { sp: StructuredPlan; notes: string[] } | null {
  if (x.inputs.cabling === 'direct') return null;
  const t = x.arch.topo;
  const p = x.placement;
  const type = x.catalog.deviceTypes.find((d) => d.slug === TRUNK_PANEL_SLUG);
  if (!type) throw new FabricInputError(`structured cabling needs the panel type ${TRUNK_PANEL_SLUG} in the catalog`, 'cabling');
  const panel = panelFacts(type);
  const trunks = new TrunkCatalog(x.catalog.media, 'MPO-12', panel.positions);
  // A pair of port kinds can be structured when some transceivers over an MPO-12 cord and trunk fit it.
  const viable = new Map<number, boolean>();
  const canPass = (i: number): boolean => {
    const k = x.kindOf(i);
    let v = viable.get(k);
    if (v === undefined) {
      const pp = x.ports(i);
      const a = pp[0];
      const b = pp[1];
      const c = chooseChannelMedia(x.catalog.media, a, b, 0, 0, x.policy, { trunkFor: (cord) => trunks.forCord(cord, panel.positions), shareUsd: () => 0 });
      viable.set(k, (v = c.choice !== null));
    }
    return v;
  };
  const rule = structuredRule(t, p, x.inputs.cabling);
  const heightU = (d: number) => Math.max(1, Math.ceil((t.devices[d]!.role === 'server' ? x.server : x.sw).type.uHeight));
  const topUsed = new Int32Array(p.racks.length);
  for (let d = 0; d < t.devices.length; d++) {
    const r = p.rackOf[d]!;
    topUsed[r] = Math.max(topUsed[r]!, p.uOf[d]! + heightU(d) - 1);
  }
  // A rack its devices fill (a rack-scale system: a GB300 NVL72 takes all 48U) has its panels in
  // the patch rack the layout gave it; one with none (a network rack, or the catalog's panel
  // changed) keeps its links direct under auto, and under structured is an error (planStructured).
  const full = new Uint8Array(p.racks.length);
  if (x.inputs.cabling === 'auto') for (let r = 0; r < p.racks.length; r++) full[r] = p.racks[r]!.heightU - topUsed[r]! < panel.uHeight && !(p.patchOf && p.patchOf[r]! >= 0) ? 1 : 0;
  let leftDirect = 0;
  let leftFull = 0;
  const isStructured = (i: number) => {
    if (!rule(i)) return false;
    if (full[p.rackOf[t.a[i]!]!] || full[p.rackOf[t.b[i]!]!]) {
      leftFull++;
      return false;
    }
    if (canPass(i)) return true;
    leftDirect++;
    return false;
  };
  const sp = planStructured(t, p, panel, isStructured, x.kindOf, topUsed, x.inputs.cabling);
  // each device's port height once (the media step reads it at both ends of every link)
  const portMm = new Float64Array(t.devices.length);
  for (let d = 0; d < t.devices.length; d++) portMm[d] = (p.uOf[d]! - 1 + (t.devices[d]!.role === 'server' ? x.server : x.sw).type.uHeight / 2) * U_MM;
  const failed = chooseStructuredMedia(
    {
      topo: t,
      placement: p,
      sp,
      catalog: x.catalog.media,
      policy: x.policy,
      allow: x.allow,
      ports: x.ports,
      kindOf: x.kindOf,
      portHeightMm: (d) => portMm[d]!,
    },
    x.media,
    x.lengthMm,
    x.trayArea,
    x.trayKg,
  );
  let links = 0;
  for (const g of sp.groups) links += g.links.length;
  const notes = [
    `${x.inputs.cabling} cabling: ${links} links through ${sp.trunkLinks.length} trunks and ${sp.panelRack.length} ${type.slug} panels (${panel.positions} links per ${panel.positions * 12}-fibre trunk)`,
  ];
  const patches = p.racks.filter((r) => r.kind === 'patch').length;
  if (patches) {
    const patched = p.patchOf!.reduce((k, h) => (h >= 0 ? k + 1 : k), 0);
    const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
    notes.push(`${many(patches, 'patch rack holds', 'patch racks hold')} the trunk panels of ${many(patched, 'compute rack', 'compute racks')} with no U left for a panel (jumpers run along the row tray to ${patches === 1 ? 'it' : 'them'})`);
  }
  if (leftFull) notes.push(`${leftFull} links stay direct: ${full.reduce((a, b) => a + b, 0)} racks their devices fill have no U for a panel`);
  if (leftDirect) notes.push(`${leftDirect} links between racks stay direct: their ports take no transceiver over an MPO-12 cord and trunk`);
  if (failed) notes.push(`${failed} groups of structured links found no transceivers that reach their channel`);
  return { sp, notes };
}
