// Patch racks for structured cabling when a compute rack has no U left for a trunk panel (a
// rack-scale system such as a GB300 NVL72 fills its 48U): the row gets racks of panels only,
// next to its network racks, and each compute rack's jumpers run along the row tray to the one
// it is given (Placement.patchOf), as middle- or end-of-row patching does when the cabinets have
// no room for panels of their own.
import type { Cabling } from './inputs.js';
import type { PatchPanel, RunRack } from './layout.js';
import type { Topology } from './topology.js';

/** Whether compute racks of `perRack` servers of `serverU` each leave less than a panel free. */
export function needsPatchRacks(panel: PatchPanel, perRack: number, serverU: number, heightU: number): boolean {
  return heightU - perRack * serverU < panel.uHeight;
}

/** Per device: its links that run through panels under the cabling rule (structured.ts
 * structuredRule, before placement): every link under `structured`, under `auto` those that leave
 * the device's unit. */
export function panelLinksOf(topo: Topology, cabling: Cabling): Int32Array {
  const n = new Int32Array(topo.devices.length);
  if (cabling === 'direct') return n;
  for (let i = 0; i < topo.linkCount; i++) {
    if (cabling === 'auto' && !topo.leavesUnit(i)) continue;
    n[topo.a[i]!]!++;
    n[topo.b[i]!]!++;
  }
  return n;
}

/**
 * Adds to a row the patch racks its compute racks need and gives one to each compute rack with
 * links through panels (`panelLinks`): enough panels for one trunk entry per `positions` of those
 * links, and one more per network rack of each unit in the row (the part-filled trunk towards
 * it). Placed before the row's first network rack, or in the middle of a row without one.
 */
export function addPatchRacks(row: RunRack[], panel: PatchPanel, heightU: number): void {
  const compute = row.filter((r) => r.kind === 'compute' && (r.panelLinks ?? 0) > 0);
  if (compute.length === 0) return;
  let links = 0;
  const unitNet = new Map<number, number>();
  for (const r of compute) {
    links += r.panelLinks!;
    unitNet.set(r.unit ?? -1, r.unitNet ?? 0);
  }
  let entries = Math.ceil(links / panel.positions);
  for (const n of unitNet.values()) entries += n;
  const perRack = Math.floor(heightU / panel.uHeight) * panel.entries;
  const racks = Array.from({ length: Math.max(1, Math.ceil(entries / perRack)) }, (): RunRack => ({ kind: 'patch', devices: [] }));
  compute.forEach((r, j) => (r.patch = racks[Math.floor((j * racks.length) / compute.length)]));
  const net = row.findIndex((r) => r.kind === 'network');
  row.splice(net >= 0 ? net : Math.ceil(row.length / 2), 0, ...racks);
}
