// Which planned links an audit judges: the InfiniBand links when the sources are InfiniBand
// tools (they see no Ethernet), and the links of one bring-up wave when the audit is limited to
// it (the waves of the bring-up export, core/export/fabric-roles.ts). The plan's entries here are
// its end-to-end links (plan.ts plannedLinks), direct cables or channels through panels.
import { ApiError } from '../model/errors.js';
import { fabricRoles } from '../export/fabric-roles.js';
import { planView, type PlanLink } from '../export/plan-links.js';
import { ibPorts, isInfiniBandSwitch } from '../ib/ports.js';
import type { Id } from '../model/entities.js';
import { normHost } from './names.js';
import { plannedLinks, resolver, type PlanIndex, type PlannedCable } from './plan.js';
import type { AuditPlan } from './run.js';
import type { FoundLink } from './types.js';

/** 1 for each planned cable an InfiniBand tool sees: between two IB ports, at least one on an IB switch. */
export function ibCableScope(snap: AuditPlan['snapshot'], idx: PlanIndex): Uint8Array {
  const types = new Map((snap.deviceTypes ?? []).map((t) => [t.id, t]));
  const ibSwitch = (deviceId: Id) => {
    const t = types.get(idx.deviceById.get(deviceId)?.typeId ?? -1);
    // without device types every data link counts
    return t === undefined ? snap.deviceTypes === undefined : isInfiniBandSwitch(t);
  };
  const out = new Uint8Array(snap.cables.length);
  snap.cables.forEach((c, i) => {
    const a = idx.portById[c.aPortId];
    const b = idx.portById[c.bPortId];
    if (a && b && ibPorts([a, b]).length === 2 && (ibSwitch(a.deviceId) || ibSwitch(b.deviceId))) out[i] = 1;
  });
  return out;
}

/** The audit's planned entries as the links the bring-up waves are cut from. */
function asLinks(planned: readonly PlannedCable[]): PlanLink[] {
  return planned.map((c) => ({ id: c.id, label: c.label, aPortId: c.aPortId, bPortId: c.bPortId, mediaId: c.mediaId, cables: c.channel?.cables.map((x) => x.id) ?? [c.id], panels: c.channel?.panels ?? [] }));
}

function rolesOf(snap: AuditPlan['snapshot'], planned: readonly PlannedCable[]) {
  if (!snap.deviceTypes) throw new ApiError('internal', 'the wave filter needs the device types', 'wave');
  return fabricRoles(planView({ racks: [], devices: snap.devices, ports: snap.ports, cables: [] }, null, asLinks(planned)), new Map(snap.deviceTypes.map((t) => [t.id, t])));
}

/** The planned links of one wave (snap.cables: the audit's planned links), and which found links belong to it. */
export function waveFilter(snap: AuditPlan['snapshot'], idx: PlanIndex, wave: number): { cables: AuditPlan['snapshot']['cables']; keepsLink: (l: FoundLink) => boolean } {
  const roles = rolesOf(snap, snap.cables);
  if (!roles.waves.some((w) => w.wave === wave)) {
    throw new ApiError('bad-input', `wave ${wave} does not exist: the plan has waves ${roles.waves.map((w) => w.wave).join(', ')} (see the bring-up export)`, 'wave');
  }
  const cables = snap.cables.filter((c) => roles.waveOf(c) === wave);
  const ports = new Set<Id>();
  const devicesIn = new Set<Id>();
  const devicesOut = new Set<Id>();
  for (const c of snap.cables) {
    const inWave = roles.waveOf(c) === wave;
    for (const p of [c.aPortId, c.bPortId]) {
      if (inWave) ports.add(p);
      const d = idx.portById[p]?.deviceId;
      if (d !== undefined) (inWave ? devicesIn : devicesOut).add(d);
    }
  }
  const R = resolver(idx);
  // a found link stays when one of its ends is a port of the wave's cables, or a device all of whose cables are in it
  const endIn = (host: string, port: string) => {
    const p = R.port(host, port);
    if (p && ports.has(p.id)) return true;
    const d = idx.devices.get(normHost(host));
    return d !== undefined && devicesIn.has(d.id) && !devicesOut.has(d.id);
  };
  return { cables, keepsLink: (l) => endIn(l.a.host, l.a.port) || endIn(l.b.host, l.b.port) };
}

/** The waves of a plan with their link counts (the Audit panel's wave filter; `cables` counts links end to end). */
export function planWaves(snap: Required<Pick<AuditPlan['snapshot'], 'devices' | 'ports' | 'cables' | 'deviceTypes'>>): { wave: number; name: string; cables: number }[] {
  const links = plannedLinks(snap);
  const roles = rolesOf({ ...snap, media: [] }, links);
  const counts = new Map<number, number>();
  for (const c of links) {
    const w = roles.waveOf(c);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return roles.waves.map((w) => ({ wave: w.wave, name: w.name, cables: counts.get(w.wave) ?? 0 }));
}
