// "Make a row of N racks": the rack plus N - 1 copies side by side along its row (perpendicular to
// the way it faces), starting next to it, so the row holds N racks as the user asked.
import { rackRect } from '../../../core/geometry/footprint.js';
import type { Rack } from '../../../core/model/entities.js';
import { frontDir } from '../canvas/orientation.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';
import { provisionalName } from './place-rack.js';

/** Centres of `n` racks continuing the row of `seed` in direction `side` (+1: to the right on the plan/down, -1: left/up). */
export function rowPositions(seed: Rack, n: number, side: 1 | -1): { xMm: number; yMm: number }[] {
  const f = frontDir(seed.rotationDeg);
  const rect = rackRect(seed);
  // Along the row = perpendicular to the front.
  const ax = f.dy !== 0 ? 1 : 0, ay = f.dx !== 0 ? 1 : 0;
  const pitch = ax ? rect.x1 - rect.x0 : rect.y1 - rect.y0;
  return Array.from({ length: n }, (_, i) => ({ xMm: seed.xMm + ax * side * pitch * (i + 1), yMm: seed.yMm + ay * side * pitch * (i + 1) }));
}

/** A row of `n` racks in all: the seed and `n - 1` copies. */
export async function addRow(seed: Rack, n: number, side: 1 | -1) {
  if (n < 2) return null;
  const r = await applyEdit({
    label: `Make a row of ${n} racks from ${seed.name}`,
    ops: rowPositions(seed, n - 1, side).map((p) => ({
      op: 'create' as const,
      kind: 'rack' as const,
      value: {
        hallId: seed.hallId, rowId: seed.rowId, name: provisionalName(), nameAuto: true, ...p, rotationDeg: seed.rotationDeg,
        widthMm: seed.widthMm, depthMm: seed.depthMm, heightU: seed.heightU, powerBudgetW: seed.powerBudgetW,
        feedId: seed.feedId, dropTrayId: seed.dropTrayId,
      },
    })),
  });
  const ids = r?.patch.put.rack?.filter((x) => x.id !== seed.id).map((x) => x.id) ?? [];
  if (ids.length) useUi.getState().select([seed.id, ...ids].map((id) => ({ kind: 'rack' as const, id })));
  return r;
}
