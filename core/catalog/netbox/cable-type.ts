// NetBox CableTypeChoices (NetBox v4.6, dcim/choices.py) for a medium. They are coarser than media
// ids: a 400G DR4 link over OS2 fibre is an "smf-os2" cable. Used both to write NetBox imports and
// to compare an as-built NetBox cable with the plan.
import type { Media } from '../../model/entities.js';

export function netboxCableType(m: Pick<Media, 'kind' | 'fiber'>): string | null {
  switch (m.kind) {
    case 'dac':
      return 'dac-passive';
    case 'acc':
    case 'aec':
      return 'dac-active';
    case 'aoc':
      return 'aoc';
    default:
      return m.fiber ? (m.fiber === 'OS2' ? 'smf-os2' : `mmf-${m.fiber.toLowerCase()}`) : null;
  }
}
