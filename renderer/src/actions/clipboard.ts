// Copy/paste and duplicate of racks. Pasted racks land at the first free place next to the
// originals (right, below, left, above) and get tile names from the server.
import type { Rack } from '../../../core/model/entities.js';
import { rackRect, type Rect } from '../../../core/geometry/footprint.js';
import type { Scene } from '../canvas/scene.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';
import { footprintBlocked } from './footprint.js';
import { provisionalName } from './place-rack.js';
import { currentHall, plural, selectedRacks } from './selection.js';
import { union } from '../canvas/bounds.js';

let clipboard: Rack[] = [];

export function copySelection(): number {
  clipboard = selectedRacks();
  if (clipboard.length) useUi.getState().toast('info', `Copied ${plural(clipboard.length, 'rack')}`);
  return clipboard.length;
}

export function pasteClipboard(scene: Scene) {
  return pasteRacks(clipboard, scene);
}

export function duplicateSelection(scene: Scene) {
  return pasteRacks(selectedRacks(), scene);
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

async function pasteRacks(racks: Rack[], scene: Scene) {
  const hall = currentHall();
  if (!hall || racks.length === 0) return null;
  const off = freeOffset(racks, scene, hall.tileMm);
  if (!off) {
    useUi.getState().toast('error', 'No free floor space next to the copied racks');
    return null;
  }
  const r = await applyEdit({
    label: `Paste ${plural(racks.length, 'rack')}`,
    ops: racks.map((rk) => ({
      op: 'create' as const,
      kind: 'rack' as const,
      value: {
        hallId: hall.id, rowId: rk.rowId, name: rk.nameAuto ? provisionalName() : `${rk.name}-copy-${Date.now().toString(36)}`,
        nameAuto: rk.nameAuto, xMm: rk.xMm + off.dx, yMm: rk.yMm + off.dy, rotationDeg: rk.rotationDeg,
        widthMm: rk.widthMm, depthMm: rk.depthMm, heightU: rk.heightU, powerBudgetW: rk.powerBudgetW,
        feedId: rk.feedId, dropTrayId: rk.dropTrayId,
      },
    })),
  });
  const ids = r?.patch.put.rack?.map((x) => x.id) ?? [];
  if (ids.length) useUi.getState().select(ids.map((id) => ({ kind: 'rack' as const, id })));
  return r;
}
