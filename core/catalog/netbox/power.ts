// Power figures from a devicetype-library file. NetBox's power ports are PSU inlets: their
// `maximum_draw` is, in practice, the PSU's rating (a Q3400-RA lists 8 x 875 W, a 7,000 W "draw"
// for a switch whose optics alone are a fraction of that), so it is kept as a rating and never
// summed into a draw. `allocated_draw` is what the device is budgeted to draw: summed over the
// ports, it is the device's draw. Redundancy is not in NetBox; it is inferred from the count and
// said to be inferred.
import type { DeviceType, PsuRedundancy } from '../../model/entities.js';

export interface NetboxPowerPort {
  name: string;
  maximum_draw?: number | null;
  allocated_draw?: number | null;
}

export type PowerFigures = Pick<DeviceType, 'maxPowerW' | 'typicalPowerW'> & {
  psuCount: number | null;
  psuRatingW: number | null;
  psuRedundancy: PsuRedundancy | null;
  gaps: string[];
};

/** One PSU: no redundancy; two: 1+1; an even count: two equal sets (A/B feeds); odd: one spare. */
export function inferRedundancy(psuCount: number): PsuRedundancy {
  if (psuCount <= 1) return 'N';
  return psuCount % 2 === 0 ? 'N+N' : 'N+1';
}

/** `passive`: a patch panel (draws nothing); `pdu`: its power ports are inputs, not PSUs. */
export function powerFigures(ports: readonly NetboxPowerPort[], psuBayNames: readonly string[], kind: 'passive' | 'pdu' | 'active'): PowerFigures {
  const gaps: string[] = [];
  if (kind === 'passive' && ports.length === 0) return { maxPowerW: 0, typicalPowerW: 0, psuCount: null, psuRatingW: null, psuRedundancy: null, gaps };
  if (kind === 'pdu') {
    const allocated = ports.length > 0 && ports.every((p) => typeof p.allocated_draw === 'number');
    gaps.push('maxPowerW, typicalPowerW: a PDU distributes power; the maximum_draw of its inputs is their rating, not a draw');
    return { maxPowerW: null, typicalPowerW: allocated ? Math.round(ports.reduce((s, p) => s + p.allocated_draw!, 0)) : null, psuCount: null, psuRatingW: null, psuRedundancy: null, gaps };
  }

  const psuCount = ports.length > 0 ? ports.length : psuBayNames.length > 0 ? psuBayNames.length : null;
  const psuRedundancy = psuCount ? inferRedundancy(psuCount) : null;
  if (psuCount && psuCount > 1) gaps.push(`psuRedundancy: ${psuRedundancy} inferred from ${psuCount} PSUs (NetBox does not say); check the data sheet`);

  const allocated = ports.filter((p) => typeof p.allocated_draw === 'number');
  const rated = ports.filter((p) => typeof p.maximum_draw === 'number');
  const typicalPowerW = ports.length > 0 && allocated.length === ports.length ? Math.round(allocated.reduce((s, p) => s + p.allocated_draw!, 0)) : null;
  const ratings = [...new Set(rated.map((p) => p.maximum_draw!))];
  const psuRatingW = ratings.length > 0 ? Math.max(...ratings) : null;
  if (ratings.length > 1) gaps.push(`psuRatingW: the power ports give different maximum_draw (${ratings.join(', ')} W); the largest is kept`);

  if (ports.length === 0) {
    if (psuBayNames.length > 0) gaps.push(`maxPowerW: no power figures: PSUs are modelled as module bays (${psuBayNames.join(', ')})`);
    else gaps.push('maxPowerW: no power ports in the file');
    gaps.push('typicalPowerW: not in the file');
  } else if (typicalPowerW === null) {
    const rating = psuRatingW === null ? '' : `; the ${rated.length} x ${psuRatingW} W maximum_draw is the PSU rating (kept as psuRatingW), not the device's draw`;
    gaps.push(
      allocated.length > 0
        ? `typicalPowerW: allocated_draw on ${allocated.length} of ${ports.length} power ports only; draw left empty${rating}`
        : `typicalPowerW: power ports give no allocated_draw, draw left empty${rating}`,
    );
    gaps.push('maxPowerW: NetBox gives no device maximum');
  } else {
    gaps.push(`maxPowerW: NetBox gives no device maximum; typicalPowerW is the sum of allocated_draw${psuRatingW === null ? '' : `, psuRatingW the PSU rating (${psuRatingW} W)`}`);
  }
  return { maxPowerW: null, typicalPowerW, psuCount, psuRatingW, psuRedundancy, gaps };
}
