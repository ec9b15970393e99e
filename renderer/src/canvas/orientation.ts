// Which way a rack faces on the floor plan (core/geometry/facing.ts, shared with the aisle check),
// and the rotation the R key turns a rack to.
import type { Rotation } from '../../../core/model/entities.js';

export { frontDir } from '../../../core/geometry/facing.js';

export function nextRotation(r: Rotation): Rotation {
  return ((r + 90) % 360) as Rotation;
}
