// Hot and cold aisles: racks take air in at the front and blow it out at the rear, so rows face
// each other front to front across a cold aisle and rear to rear across a hot aisle. A rack whose
// front faces another rack's rear takes in that rack's exhaust. Checked per rack against the
// nearest racks in front of it (within AISLE_REACH_MM, overlapping it across the aisle): one that
// faces the same way shows it its rear. Each such pair is reported once, by the rack whose intake
// is at stake; racks side by side or at right angles are not in front of each other.
import { rackRect } from '../geometry/footprint.js';
import { frontDir, gapAcross, stripBeside } from '../geometry/facing.js';
import type { Rack } from '../model/entities.js';
import { formatM } from '../model/units.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

/**
 * How far in front of a rack another rack still shares its aisle, mm (inclusive): five 600 mm
 * floor tiles. Cold aisles are planned at 2 tiles (1.2 m) and hot aisles at 0.9-1.2 m on the
 * TIA-942 tile grid (docs/routing-and-checks.md), 1.8 m where equipment is moved in; racks farther
 * apart face each other across open floor (a gap where a short row ends), not a shared aisle.
 * Trayline's reading of those figures, not a published limit.
 */
export const AISLE_REACH_MM = 3000;
/** Racks of one row stand within a few millimetres of the same line. */
const SAME_LINE_MM = 50;

export const aisleRule: Rule = {
  id: 'aisle',
  owner: 'rack',
  check(ctx, rackId) {
    const rack = ctx.world.racks.get(rackId);
    if (!rack) return NO_VIOLATIONS;
    const f = frontDir(rack.rotationDeg);
    const r = rackRect(rack);
    let nearest = Infinity;
    const facing: { other: Rack; gap: number }[] = [];
    // (+1: a rack exactly AISLE_REACH_MM away touches the strip's far edge and still counts)
    for (const id of ctx.racksNear(rack.hallId, stripBeside(r, f.dx, f.dy, AISLE_REACH_MM + 1))) {
      if (id === rackId) continue;
      const other = ctx.world.racks.get(id)!;
      const { gap, lateral } = gapAcross(r, rackRect(other), f.dx, f.dy);
      if (lateral <= 0 || gap < 0 || gap > AISLE_REACH_MM) continue;
      nearest = Math.min(nearest, gap);
      facing.push({ other, gap });
    }
    const rears = facing.filter((x) => x.gap <= nearest + SAME_LINE_MM && x.other.rotationDeg === rack.rotationDeg);
    if (rears.length === 0) return NO_VIOLATIONS;
    // named along the row, whatever order the floor index holds them in (it changes as racks move)
    const along = (o: Rack) => (f.dx !== 0 ? o.yMm : o.xMm);
    rears.sort((a, b) => along(a.other) - along(b.other) || a.other.id - b.other.id);
    const names = rears.map((x) => x.other.name).join(', ');
    return [
      {
        rule: 'aisle',
        severity: 'error',
        objects: [ctx.ref.rack(rack), ...rears.map((x) => ctx.ref.rack(x.other))],
        message: `Rack ${rack.name}'s front (air intake) faces the rear (hot exhaust) of ${rears.length === 1 ? 'rack' : 'racks'} ${names} across a ${formatM(Math.min(...rears.map((x) => x.gap)))} aisle.`,
        hint: 'Turn one of the two rows by 180 degrees, so fronts face fronts across a cold aisle and rears face rears across a hot aisle.',
      },
    ];
  },
};
