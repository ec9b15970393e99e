import { nextRotation } from '../canvas/orientation.js';
import { applyEdit } from '../store/edits.js';
import { snapCentre } from './footprint.js';
import { currentHall, plural, selectedRacks } from './selection.js';

/** R: each selected rack turns 90° clockwise about its centre, its footprint kept on the tile grid. */
export function rotateSelected() {
  const hall = currentHall();
  const racks = selectedRacks();
  if (!hall || racks.length === 0) return Promise.resolve(null);
  return applyEdit({
    label: racks.length === 1 ? `Rotate rack ${racks[0]!.name}` : `Rotate ${plural(racks.length, 'rack')}`,
    ops: racks.map((r) => {
      const rotationDeg = nextRotation(r.rotationDeg);
      const c = snapCentre({ ...r, rotationDeg }, r.xMm, r.yMm, hall);
      return { op: 'update' as const, kind: 'rack' as const, id: r.id, patch: { rotationDeg, ...c } };
    }),
  });
}
