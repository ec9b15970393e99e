import { moveRacks } from './move-racks.js';
import { currentHall, selectedRacks, plural } from './selection.js';

/** Arrow keys: the selected racks one tile in that direction. */
export function nudge(dxTiles: number, dyTiles: number) {
  const hall = currentHall();
  const racks = selectedRacks();
  if (!hall || racks.length === 0) return Promise.resolve(null);
  return moveRacks(racks, dxTiles * hall.tileMm, dyTiles * hall.tileMm, `Nudge ${plural(racks.length, 'rack')}`);
}
