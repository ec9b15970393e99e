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
import { NO_VIOLATIONS, type CheckContext, type Rule, type Violation } from './types.js';

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
    const near = ctx.racksNear(rack.hallId, stripBeside(r, f.dx, f.dy, AISLE_REACH_MM + 1));
    for (let i = 0; i < near.length; i++) {
      if (near[i] === rackId) continue;
      const other = ctx.world.racks.get(near[i]!)!;
      const { gap, lateral } = gapAcross(r, rackRect(other), f.dx, f.dy);
      if (lateral <= 0 || gap < 0 || gap > AISLE_REACH_MM) continue;
      nearest = Math.min(nearest, gap);
      facing.push({ other, gap });
    }
    // the nearest line of racks in front, those facing the same way (showing it their rears);
    // plain loops, and the wording in a function of its own: the rule runs once per rack (1,000
    // in the bench hall), and compiled with its callbacks and wording inlined it cost ~26 ms of
    // compiling in every process's first check
    const rears: { other: Rack; gap: number }[] = [];
    for (let i = 0; i < facing.length; i++) {
      const x = facing[i]!;
      if (x.gap <= nearest + SAME_LINE_MM && x.other.rotationDeg === rack.rotationDeg) rears.push(x);
    }
    return rears.length === 0 ? NO_VIOLATIONS : [violation(ctx, rack, f.dx !== 0, rears)];
  },
};

function violation(ctx: CheckContext, rack: Rack, alongY: boolean, rears: { other: Rack; gap: number }[]): Violation {
  // named along the row, whatever order the floor index holds them in (it changes as racks move)
  if (rears.length > 1) rears.sort((a, b) => (alongY ? a.other.yMm - b.other.yMm : a.other.xMm - b.other.xMm) || a.other.id - b.other.id);
  const objects = [ctx.ref.rack(rack)];
  let names = '';
  let gap = Infinity;
  for (let i = 0; i < rears.length; i++) {
    objects.push(ctx.ref.rack(rears[i]!.other));
    names += (i ? ', ' : '') + rears[i]!.other.name;
    gap = Math.min(gap, rears[i]!.gap);
  }
  return {
    rule: 'aisle',
    severity: 'error',
    objects,
    message: `Rack ${rack.name}'s front (air intake) faces the rear (hot exhaust) of ${rears.length === 1 ? 'rack' : 'racks'} ${names} across a ${formatM(gap)} aisle.`,
    hint: 'Turn one of the two rows by 180 degrees, so fronts face fronts across a cold aisle and rears face rears across a hot aisle.',
  };
}
