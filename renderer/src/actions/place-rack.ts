import type { Rotation } from '../../../core/model/entities.js';
import { applyEdit } from '../store/edits.js';
import { useUi, type RackPreset } from '../store/ui.js';

let seq = 0;
/** A unique placeholder: the server replaces it with the tile name (nameAuto). */
export const provisionalName = () => `new-rack-${Date.now().toString(36)}-${++seq}`;

export async function placeRack(hallId: number, preset: RackPreset, xMm: number, yMm: number, rotationDeg: Rotation) {
  const r = await applyEdit({
    label: `Place rack (${preset.widthMm}×${preset.depthMm} mm, ${preset.heightU}U)`,
    ops: [
      {
        op: 'create',
        kind: 'rack',
        value: {
          hallId, rowId: null, name: provisionalName(), nameAuto: true, xMm, yMm, rotationDeg,
          widthMm: preset.widthMm, depthMm: preset.depthMm, heightU: preset.heightU,
          powerBudgetW: preset.powerBudgetW, feedId: null, dropTrayId: null,
        },
      },
    ],
  });
  const id = r?.patch.put.rack?.[0]?.id;
  if (id != null) useUi.getState().select([{ kind: 'rack', id }]);
  return r;
}
