// Whether the cable a source reports is the media the plan chose, where the source says.
// NetBox cable types (CableTypeChoices, NetBox v4.6) are coarser than media ids: a planned
// 400G-OSFP-DR4 over OS2 fibre and a NetBox "smf-os2" cable agree.
import type { Media } from '../model/entities.js';
import { netboxCableType } from '../catalog/netbox/cable-type.js';

export { netboxCableType };

const NETBOX_TYPES = new Set([
  'dac-passive', 'dac-active', 'aoc', 'mmf', 'mmf-om1', 'mmf-om2', 'mmf-om3', 'mmf-om4', 'mmf-om5', 'smf', 'smf-os1', 'smf-os2',
  'cat3', 'cat5', 'cat5e', 'cat6', 'cat6a', 'cat7', 'cat7a', 'cat8', 'coaxial', 'mrj21-trunk', 'power', 'usb',
]);

export type Verdict = 'ok' | 'wrong' | 'unknown';

export function mediaVerdict(found: string, plannedId: string | null, media: ReadonlyMap<string, Media>): Verdict {
  if (!plannedId) return 'unknown';
  const f = found.trim().toLowerCase();
  if (f === plannedId.toLowerCase()) return 'ok';
  const planned = media.get(plannedId);
  if (NETBOX_TYPES.has(f)) {
    const want = planned ? netboxCableType(planned) : null;
    if (!want) return 'unknown';
    if (f === want || (f === 'mmf' && want.startsWith('mmf')) || (f === 'smf' && want.startsWith('smf'))) return 'ok';
    return 'wrong';
  }
  for (const id of media.keys()) if (id.toLowerCase() === f) return 'wrong';
  return 'unknown';
}

/**
 * The planned length to compare with and how: an ordered or fixed length must agree within 5 %
 * (at least 50 mm); a routed length only says how short a cable may be.
 */
export function lengthVerdict(foundMm: number, c: { orderedMm: number | null; lengthMm: number | null; routedMm: number | null }): Verdict {
  const fixed = c.orderedMm ?? c.lengthMm;
  if (fixed !== null) return Math.abs(foundMm - fixed) > Math.max(50, fixed * 0.05) ? 'wrong' : 'ok';
  if (c.routedMm !== null) return foundMm < c.routedMm ? 'wrong' : 'ok';
  return 'unknown';
}
