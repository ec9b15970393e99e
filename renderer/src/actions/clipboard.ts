// Copy/paste and duplicate of racks with their devices and the cables between those devices.
// Pasted racks land at the first free place next to the originals (right, below, left, above) and
// get tile names from the server. Everything is one edit (one undo step): the new devices refer
// to the new racks, and the cables to the new devices' ports, by negative references.
import type { Cable, Device, Id, Rack } from '../../../core/model/entities.js';
import type { EditOp } from '../../../core/model/edits.js';
import { rackRect, type Rect } from '../../../core/geometry/footprint.js';
import type { Scene } from '../canvas/scene.js';
import { useDoc, devicesByRack } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { ensureFull } from '../store/detail.js';
import { useUi } from '../store/ui.js';
import { footprintBlocked } from './footprint.js';
import { provisionalName } from './place-rack.js';
import { currentHall, plural, selectedRacks } from './selection.js';
import { union } from '../canvas/bounds.js';

/** A cable end by device and port name, so it survives the copy. */
interface CopiedEnd {
  deviceId: Id;
  port: string;
}
interface CopiedCable {
  cable: Cable;
  a: CopiedEnd;
  b: CopiedEnd;
}
/** What was copied, as it was at copy time. */
export interface RackClip {
  racks: Rack[];
  /**
   * Copied floor first (store/detail.ts): only fetched devices and cables were in memory, so
   * they are read again at paste time, once the whole model is loaded.
   */
  partial?: boolean;
  devices: Device[];
  cables: CopiedCable[];
}

let clipboard: RackClip = { racks: [], devices: [], cables: [] };

/** The racks, their devices, and the cables whose both ends are on those devices. */
export function clipOf(racks: Rack[]): RackClip {
  const doc = useDoc.getState();
  const byRack = devicesByRack(doc.device);
  const devices = racks.flatMap((r) => byRack.get(r.id) ?? []);
  const ids = new Set(devices.map((d) => d.id));
  const cables: CopiedCable[] = [];
  for (const c of doc.cable.values()) {
    const pa = doc.port.get(c.aPortId), pb = doc.port.get(c.bPortId);
    if (!pa || !pb || !ids.has(pa.deviceId) || !ids.has(pb.deviceId)) continue;
    cables.push({ cable: c, a: { deviceId: pa.deviceId, port: pa.name }, b: { deviceId: pb.deviceId, port: pb.name } });
  }
  return { racks, devices, cables };
}

export function copySelection(): number {
  clipboard = { ...clipOf(selectedRacks()), partial: useDoc.getState().detail === 'floor' };
  const n = clipboard.racks.length;
  if (n) {
    const extra = clipboard.devices.length && !clipboard.partial ? ` with ${plural(clipboard.devices.length, 'device')} and ${plural(clipboard.cables.length, 'cable')}` : '';
    useUi.getState().toast('info', `Copied ${plural(n, 'rack')}${extra}`);
  }
  return n;
}

export function pasteClipboard(scene: Scene) {
  return pasteRacks(clipboard, scene);
}

export function duplicateSelection(scene: Scene) {
  return pasteRacks({ racks: selectedRacks(), devices: [], cables: [], partial: true }, scene);
}

/** Offsets to try, in tiles of the selection's size, so a copied row lands beside or behind itself. */
export function freeOffset(racks: Rack[], scene: Scene, tileMm: number): { dx: number; dy: number } | null {
  let box: Rect | null = null;
  for (const r of racks) box = union(box, rackRect(r));
  if (!box) return null;
  const w = Math.ceil((box.x1 - box.x0) / tileMm) * tileMm, d = Math.ceil((box.y1 - box.y0) / tileMm) * tileMm;
  const none = new Set<number>();
  for (let k = 1; k <= 20; k++) {
    for (const [dx, dy] of [[w * k, 0], [0, d * k], [-w * k, 0], [0, -d * k]] as const) {
      const ok = racks.every((r) => !footprintBlocked(scene, rackRect({ ...r, xMm: r.xMm + dx, yMm: r.yMm + dy }), none));
      if (ok) return { dx, dy };
    }
  }
  return null;
}

/**
 * `base-copy`, then `base-copy2`, ... : the first not in `taken` (which it then joins). A name that
 * already ends in -copyN continues from its base, so copies of copies stay short.
 */
export function uniqueName(name: string, taken: Set<string>): string {
  const base = name.replace(/-copy\d*$/, '');
  for (let k = 1; ; k++) {
    const n = `${base}-copy${k === 1 ? '' : k}`;
    if (!taken.has(n)) {
      taken.add(n);
      return n;
    }
  }
}

/** The ops of one paste: racks (refs -1..), devices (refs after), cables by device ref and port name. */
export function pasteOps(clip: RackClip, hallId: Id, off: { dx: number; dy: number }, takenDevices: Set<string>, takenCables: Set<string>): EditOp[] {
  const ops: EditOp[] = [];
  const rackRef = new Map<Id, number>(), devRef = new Map<Id, number>();
  let ref = 0;
  const takenRacks = new Set([...useDoc.getState().rack.values()].map((r) => r.name));
  for (const rk of clip.racks) {
    const sameHall = rk.hallId === hallId;
    rackRef.set(rk.id, --ref);
    ops.push({
      op: 'create', kind: 'rack', ref,
      value: {
        // Rows, feeds and trays belong to a hall: a paste into another hall leaves them unset.
        hallId, rowId: sameHall ? rk.rowId : null, name: rk.nameAuto ? provisionalName() : uniqueName(rk.name, takenRacks),
        nameAuto: rk.nameAuto, xMm: rk.xMm + off.dx, yMm: rk.yMm + off.dy, rotationDeg: rk.rotationDeg,
        widthMm: rk.widthMm, depthMm: rk.depthMm, heightU: rk.heightU, powerBudgetW: rk.powerBudgetW,
        feedId: sameHall ? rk.feedId : null, dropTrayId: sameHall ? rk.dropTrayId : null,
      },
    });
  }
  for (const d of clip.devices) {
    const rackId = rackRef.get(d.rackId);
    if (rackId === undefined) continue;
    devRef.set(d.id, --ref);
    ops.push({ op: 'create', kind: 'device', ref, value: { rackId, name: uniqueName(d.name, takenDevices), typeId: d.typeId, u: d.u, face: d.face } });
  }
  for (const { cable: c, a, b } of clip.cables) {
    const da = devRef.get(a.deviceId), db = devRef.get(b.deviceId);
    if (da === undefined || db === undefined) continue;
    ops.push({
      op: 'create', kind: 'cable',
      value: {
        label: uniqueName(c.label, takenCables), aPortId: { deviceId: da, name: a.port }, bPortId: { deviceId: db, name: b.port },
        mediaId: c.mediaId, opticA: c.opticA, opticB: c.opticB, lengthMm: c.lengthMm,
        // Routed lengths belong to the original's place on the floor; the copy is routed anew.
        routedMm: null, orderedMm: null, route: null, status: 'planned',
      },
    });
  }
  return ops;
}

async function pasteRacks(clip: RackClip, scene: Scene) {
  const hall = currentHall();
  if (!hall || clip.racks.length === 0) return null;
  // New device names and cable labels must be free across the whole project: the whole model is
  // needed (loaded once, floor first; a no-op otherwise).
  await ensureFull();
  if (clip.partial) clip = clipOf(clip.racks);
  const off = freeOffset(clip.racks, scene, hall.tileMm);
  if (!off) {
    useUi.getState().toast('error', 'No free floor space next to the copied racks');
    return null;
  }
  const doc = useDoc.getState();
  const ops = pasteOps(clip, hall.id, off, new Set([...doc.device.values()].map((d) => d.name)), new Set([...doc.cable.values()].map((c) => c.label)));
  const nd = ops.filter((o) => o.kind === 'device').length, nc = ops.filter((o) => o.kind === 'cable').length;
  const r = await applyEdit({
    label: `Paste ${plural(clip.racks.length, 'rack')}${nd ? ` with ${plural(nd, 'device')}` : ''}${nc ? ` and ${plural(nc, 'cable')}` : ''}`,
    ops,
  });
  const ids = r?.patch.put.rack?.map((x) => x.id) ?? [];
  if (ids.length) useUi.getState().select(ids.map((id) => ({ kind: 'rack' as const, id })));
  return r;
}
