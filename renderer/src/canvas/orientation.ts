// Which way a rack faces on the floor plan. At 0° the front faces +y (towards the bottom of the
// plan, the higher-numbered tile rows); each 90° turns it clockwise on screen: 90° faces -x,
// 180° faces -y, 270° faces +x. Cold aisles lie in front of racks, hot aisles behind them.
import type { Rotation } from '../../../core/model/entities.js';

export function frontDir(rotationDeg: Rotation): { dx: number; dy: number } {
  switch (rotationDeg) {
    case 0:
      return { dx: 0, dy: 1 };
    case 90:
      return { dx: -1, dy: 0 };
    case 180:
      return { dx: 0, dy: -1 };
    case 270:
      return { dx: 1, dy: 0 };
  }
}

export function nextRotation(r: Rotation): Rotation {
  return ((r + 90) % 360) as Rotation;
}
