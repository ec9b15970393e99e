// NetBox cables for a plan, with NetBox 4.5+ cable profiles, and one NetBox cable per made
// assembly (a breakout harness, a multi-leg trunk) where a profile describes it.
//
// What NetBox's source says (github.com/netbox-community/netbox, read at tag v4.6.8):
// - dcim/choices.py CableProfileChoices and dcim/cable_profiles.py: a profile is the connectors at
//   each end and the positions of each: single-1cNp (one connector, N positions, N = 1, 2, 4, 6, 8,
//   12, 16), trunk-KcNp (K connectors of N positions each end, mapped connector k to k: 2c1p..2c12p,
//   4c1p..4c8p, 8c4p), breakout-1cNp-Nc1p (one connector of N positions at A, N single-position
//   connectors at B, position k of A to connector k of B: N = 4, 6 since 4.5.0, N = 2 since 4.5.7,
//   N = 8 since 4.6.4) and shuffles (not used here). Profiles came in 4.5.0; without one NetBox
//   traces the legacy way.
// - dcim/models/cables.py Cable.update_terminations: the k-th termination of a side (in list order)
//   is connector k; BaseCableProfile.clean refuses more terminations than the profile's connectors.
//   Cable.clean: every termination of one side must be of one type.
// - dcim/forms/bulk_import.py CableImportForm: a `profile` column (4.5+), but one termination per
//   side (side_x_name) up to 4.6.x; v4.7.0-beta1 takes several names in one cell, comma-separated,
//   with one device or one device per name (this form, the profiles and the cable serializer are
//   unchanged on the 4.7 `feature` branch at d7f79bd, 2026-08-20, the newest the mirror holds).
// - dcim/api/serializers_/cables.py CableSerializer: POST /api/dcim/cables/ takes `profile` and
//   `a_terminations` / `b_terminations` lists of {object_type, object_id} (4.5+).
// - models/cables.py CablePath.from_origin: without a profile, a cable with several rear ports on a
//   side sends every position to all of them (a split path), so a multi-leg trunk no profile fits
//   is written as one cable per leg (each traces by position); a profileless breakout (one port at
//   A, several at B) traces the legacy way, A to every leg. dcim/tests/test_cablepaths2.py
//   test_109 traces interface > single-1c4p > front port > two rear ports > trunk-2c2p > two rear
//   ports > front port > single-1c4p > interface end to end: the shape these profiles give.
import type { Cable, Id, Port } from '../model/entities.js';
import type { Channels } from '../routing/channel.js';
import type { ProjectIndex } from './project-index.js';

const SINGLE = new Set([1, 2, 4, 6, 8, 12, 16]);
const TRUNK: Record<number, number[]> = { 2: [1, 2, 4, 6, 8, 12], 4: [1, 2, 4, 6, 8], 8: [4] };
const BREAKOUT = new Set([2, 4, 6, 8]);

/** The NetBox version that first has a profile (release notes: 1C2P:2C1P #21760 in 4.5.7, 1C8P:8C1P #22279 in 4.6.4). */
export function profileSince(profile: string): string {
  if (profile === 'breakout-1c2p-2c1p') return '4.5.7';
  if (profile === 'breakout-1c8p-8c1p') return '4.6.4';
  return '4.5.0';
}

/** single-1cNp for N positions each end; '' when NetBox has none. */
export function singleProfile(positions: number): string {
  return SINGLE.has(positions) ? `single-1c${positions}p` : '';
}

/** trunk-KcNp for K connectors of N positions each end (K = 1: single); '' when NetBox has none. */
export function trunkProfile(connectors: number, positions: number): string {
  if (connectors === 1) return singleProfile(positions);
  return TRUNK[connectors]?.includes(positions) ? `trunk-${connectors}c${positions}p` : '';
}

/** breakout-1cNp-Nc1p for one connector at A split into N legs at B; '' when NetBox has none. */
export function breakoutProfile(legs: number): string {
  return BREAKOUT.has(legs) ? `breakout-1c${legs}p-${legs}c1p` : '';
}

export interface NetboxTermination {
  /** NetBox object type: dcim.interface, dcim.frontport, dcim.rearport. */
  type: string;
  device: string;
  name: string;
}

export interface NetboxCable {
  label: string;
  type: string;
  status: string;
  /** Ordered length, m (2 decimals); null when not routed yet. */
  lengthM: string | null;
  /** CableProfileChoices value, '' for none. */
  profile: string;
  a: NetboxTermination[];
  b: NetboxTermination[];
  /** The Trayline assembly it is made of (several legs), else null. */
  assembly: string | null;
}

export interface NetboxCableSet {
  /** One termination per side: NetBox's CSV import takes them (4.5+ with the profile column). */
  single: NetboxCable[];
  /** Several terminations on a side: one cable per made assembly (REST API 4.5+, CSV import 4.7+). */
  multi: NetboxCable[];
}

export function netboxTermination(kind: Port['kind'] | undefined): string {
  if (kind === 'front-port') return 'dcim.frontport';
  if (kind === 'rear-port') return 'dcim.rearport';
  return 'dcim.interface';
}

interface Describe {
  type(c: Cable): string;
  status(c: Cable): string;
}

/** Every cable of the plan as NetBox cables: single cables and legs no profile joins, and one cable per assembly a profile (or a legacy breakout) describes. */
export function netboxCables(index: ProjectIndex, channels: Channels, d: Describe): NetboxCableSet {
  const term = (portId: Id): NetboxTermination => {
    const p = index.place(portId);
    return { type: netboxTermination(p?.port.kind), device: p?.device.name ?? '', name: p?.port.name ?? '' };
  };
  // a rear port's positions (its own, else its type's); other ports are one position
  const positions = (portId: Id) => (index.ports.get(portId)?.kind === 'rear-port' ? Math.max(1, channels.positionsOf(portId)) : 1);
  const lengthM = (c: Cable) => {
    const mm = c.orderedMm ?? c.lengthMm ?? c.routedMm;
    return mm === null ? null : (mm / 1000).toFixed(2);
  };
  const one = (c: Cable): NetboxCable => {
    const pa = positions(c.aPortId);
    return {
      label: c.label.slice(0, 100),
      type: d.type(c),
      status: d.status(c),
      lengthM: lengthM(c),
      profile: pa === positions(c.bPortId) ? singleProfile(pa) : '',
      a: [term(c.aPortId)],
      b: [term(c.bPortId)],
      assembly: null,
    };
  };
  const single: NetboxCable[] = [];
  const multi: NetboxCable[] = [];
  const assemblies = new Map<string, Cable[]>();
  for (const c of index.snap.cables) {
    if (c.assemblyId == null) single.push(one(c));
    else {
      const legs = assemblies.get(c.assemblyId);
      if (legs) legs.push(c);
      else assemblies.set(c.assemblyId, [c]);
    }
  }
  for (const [id, legs] of assemblies) {
    legs.sort((x, y) => (x.leg ?? 1) - (y.leg ?? 1));
    const joined = assemblyCable(legs, positions, term);
    if (!joined) {
      single.push(...legs.map(one));
      continue;
    }
    // the assembly's length is its longest leg's (NetBox has one length per cable)
    const mm = legs.map((c) => c.orderedMm ?? c.lengthMm ?? c.routedMm);
    const known = mm.filter((x): x is number => x !== null);
    multi.push({
      label: legs[0]!.label.slice(0, 100),
      type: d.type(legs[0]!),
      status: d.status(legs[0]!),
      lengthM: known.length === mm.length ? (Math.max(...known) / 1000).toFixed(2) : null,
      ...joined,
      assembly: id,
    });
  }
  return { single, multi };
}

/** The terminations and profile of one assembly, or null when it must stay one cable per leg. */
function assemblyCable(
  legs: Cable[],
  positions: (p: Id) => number,
  term: (p: Id) => NetboxTermination,
): Pick<NetboxCable, 'profile' | 'a' | 'b'> | null {
  if (legs.length < 2) return null;
  // a breakout: every leg shares one port (the wide end); it becomes side A, the legs side B in leg order
  const sharedA = legs.every((c) => c.aPortId === legs[0]!.aPortId);
  const sharedB = legs.every((c) => c.bPortId === legs[0]!.bPortId);
  if (sharedA !== sharedB) {
    const wide = sharedA ? legs[0]!.aPortId : legs[0]!.bPortId;
    const far = legs.map((c) => (sharedA ? c.bPortId : c.aPortId));
    const b = far.map(term);
    if (b.some((t) => t.type !== b[0]!.type)) return null;
    return { profile: breakoutProfile(legs.length), a: [term(wide)], b };
  }
  // a multi-leg trunk: leg k is connector k at both ends, all of one position count
  const a = legs.map((c) => term(c.aPortId));
  const b = legs.map((c) => term(c.bPortId));
  if (a.some((t) => t.type !== a[0]!.type) || b.some((t) => t.type !== b[0]!.type)) return null;
  const p = positions(legs[0]!.aPortId);
  if (!legs.every((c) => positions(c.aPortId) === p && positions(c.bPortId) === p)) return null;
  const profile = trunkProfile(legs.length, p);
  return profile ? { profile, a, b } : null;
}

/** Bulk-import cells for one side: the device (one for all, else one per name) and the names, comma-separated (NetBox 4.7+ for several). */
export function sideCells(ts: NetboxTermination[]): { device: string; type: string; name: string } {
  const devices = [...new Set(ts.map((t) => t.device))];
  return { device: devices.length === 1 ? devices[0]! : ts.map((t) => t.device).join(','), type: ts[0]?.type ?? '', name: ts.map((t) => t.name).join(',') };
}
