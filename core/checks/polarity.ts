// Every channel must deliver each transmit fibre to a receive fibre (TIA-568.3-D methods A, B, C;
// core/routing/polarity.ts). A cable's polarity is the one it declares, else its media's.
import { defaultPolarity, fibreLayout, polarityProblem } from '../routing/polarity.js';
import type { Polarity } from '../model/entities.js';
import { linkName, linkObjects, linkParts, linkRule } from './link-parts.js';

export const polarityRule = linkRule('polarity', (ctx, link) => {
  if (link.b === null || link.legs.length > 0) return null;
  const parts = linkParts(ctx, link);
  if (!parts || !parts.opticA || !parts.opticB) return null;
  // assemblies with transceivers built in (AOC) have no polarity to get wrong
  if (parts.media.some((m) => m && m.kind !== 'fiber')) return null;
  const a = fibreLayout(parts.opticA);
  const b = fibreLayout(parts.opticB);
  if (!a || !b) return null;
  const polarities: Polarity[] = parts.cables.map((c, i) => c.polarity ?? defaultPolarity(parts.media[i]!));
  const problem = polarityProblem(a, b, polarities);
  if (!problem) return null;
  return {
    rule: 'polarity',
    severity: 'error',
    objects: linkObjects(ctx, link, parts.cables),
    message: `Link ${linkName(ctx, link)}: ${problem} (polarity along the channel: ${parts.cables.map((c, i) => `${c.label} ${polarities[i]}`).join(', ')}).`,
    hint: 'Use one TIA-568 method end to end: method B (type B trunk and cords), or method A (type A trunk, an A cord at one end and a B cord at the other).',
  };
});
