// The bring-up order of a hall: which devices to power and which links to cable in each wave
// (fabric-roles.ts FIXED_WAVES: out-of-band management, management core, spine and leaf, then
// the compute fabric one scalable unit at a time), so crews work in waves and each wave can be
// audited on its own (`trayline audit --wave N`).
import type { Id } from '../model/entities.js';
import { oriented, type FabricRoles, type Wave } from './fabric-roles.js';
import type { HallPlan } from './plan-links.js';
import { naturalKey } from './schedule.js';

export const BRINGUP_HEADERS = ['Wave', 'Phase', 'Step', 'Scalable Unit', 'Item', 'A Rack', 'A U', 'A Device', 'A Port', 'B Rack', 'B U', 'B Device', 'B Port', 'Media'] as const;
export type BringupRow = (string | number)[];

export interface BringupWave extends Wave {
  devices: number;
  links: number;
  rows: BringupRow[];
}

export function bringUp(plan: HallPlan, roles: FabricRoles): BringupWave[] {
  const rackOf = (id: Id) => plan.rack.get(plan.device.get(id)!.rackId)?.name ?? '';
  const byWave = new Map<number, { power: BringupRow[]; cables: { key: string; row: BringupRow }[] }>();
  const slot = (w: number) => byWave.get(w) ?? (byWave.set(w, { power: [], cables: [] }), byWave.get(w)!);
  const waveInfo = new Map(roles.waves.map((w) => [w.wave, w]));
  const suName = (w: number) => {
    const su = waveInfo.get(w)?.su;
    return su ? (roles.sus[su - 1]?.name ?? '') : '';
  };
  for (const d of plan.devices) {
    const w = roles.powerWave(d.id);
    if (w === null) continue;
    slot(w).power.push([w, waveInfo.get(w)?.name ?? '', 'power on', suName(w), d.name, rackOf(d.id), d.u, d.name, '', '', '', '', '', '']);
  }
  for (const l of plan.links) {
    const w = roles.waveOf(l);
    const [a, b] = oriented(plan, roles, l);
    const [da, db] = [plan.device.get(a.deviceId)!, plan.device.get(b.deviceId)!];
    const row: BringupRow = [w, waveInfo.get(w)?.name ?? '', 'cable', suName(w), l.label, rackOf(da.id), da.u, da.name, a.name, rackOf(db.id), db.u, db.name, b.name, l.mediaId ?? ''];
    slot(w).cables.push({ key: `${naturalKey(String(row[5]))}\t${String(da.u).padStart(4, '0')}\t${naturalKey(da.name)}\t${naturalKey(a.name)}`, row });
  }
  return roles.waves.map((w) => {
    const s = byWave.get(w.wave) ?? { power: [], cables: [] };
    const cables = s.cables.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((c) => c.row);
    return { ...w, devices: s.power.length, links: cables.length, rows: [...s.power, ...cables] };
  });
}
